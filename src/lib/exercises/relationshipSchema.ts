/**
 * Zod schemas of the relationship-stage diagnostic: the content in
 * `content/exercises/relationship/{zh,en}.yaml`: the stages' names, KPIs and actions, and the prepared
 * accounts. The indicators themselves are one table for both languages and for lesson 7.1, in
 * ./relationshipIndicators.ts. What a learner saves: ./savedExercises.ts.
 */
import { z } from 'zod';
import { indicatorIds } from './relationshipIndicators';
import { stageIds } from './stages';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]{1,40}$/, 'id of lowercase letters, digits and hyphens');

export { stageIds, type StageId } from './stages';

/** Yes or no for one indicator of the table in ./relationshipIndicators.ts. */
export const yesNoSchema = z.enum(['yes', 'no']);
export type YesNo = z.infer<typeof yesNoSchema>;

export const stageSchema = z.object({
  id: z.enum(stageIds),
  /** The course's name for the stage, as in the lessons. */
  name: text,
  /** Millman & Wilson's equivalent. */
  equivalent: text,
  /** What the stage looks like, in one line. */
  description: text,
  /** Indicators to watch at this stage (module 7, lesson 4). */
  kpis: z.array(text).min(2).max(5),
  /** What to do to reach the next stage; for the last stage, how to keep it. */
  actions: z.array(text).min(2).max(5),
});

export const preparedAccountSchema = z.object({
  id,
  name: text,
  /** A short description of the account, for the learner to read before answering. */
  description: text,
  /** The indicators answered "yes"; every other indicator is "no". */
  yes: z.array(id),
  /** The stage the prepared answers place the account in; a unit test checks it. */
  stage: z.enum(stageIds),
});

/** Every indicator answered: yes if listed, no otherwise. */
function withAnswers<T extends { yes: string[] }>(account: T): T & { answers: Record<string, YesNo> } {
  const answers = Object.fromEntries(
    indicatorIds.map((i): [string, YesNo] => [i, account.yes.includes(i) ? 'yes' : 'no']),
  );
  return { ...account, answers };
}

export const relationshipContentSchema = z
  .object({
    stages: z.array(stageSchema).length(5),
    accounts: z.array(preparedAccountSchema.transform(withAnswers)).min(2),
  })
  .superRefine((content, ctx) => {
    content.stages.forEach((stage, index) => {
      if (stage.id !== stageIds[index])
        ctx.addIssue({ code: 'custom', message: `stage ${index + 1} must be ${stageIds[index]}` });
    });
    for (const account of content.accounts) {
      const unknown = account.yes.filter((s) => !indicatorIds.includes(s));
      if (unknown.length)
        ctx.addIssue({
          code: 'custom',
          message: `account ${account.id}: no indicator ${unknown.join(', ')}`,
        });
    }
  });

export type RelationshipContent = z.infer<typeof relationshipContentSchema>;
export type Stage = z.infer<typeof stageSchema>;
