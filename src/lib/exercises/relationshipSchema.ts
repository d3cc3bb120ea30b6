/**
 * Zod schemas of the relationship-stage diagnostic: the content in
 * `content/exercises/relationship/{zh,en}.yaml`. What a learner saves: ./savedExercises.ts.
 */
import { z } from 'zod';
import { stageIds } from './stages';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]{1,40}$/, 'id of lowercase letters, digits and hyphens');

export { stageIds, type StageId } from './stages';

/** How far a statement is true of the account: 0 not at all … 4 fully. */
export const agreementSchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
]);
export type Agreement = z.infer<typeof agreementSchema>;

export const statementSchema = z.object({
  id,
  /** The statement about the account. */
  text,
  /** The first stage at which this is normally true: early (1) … alliance (4). */
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

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
  answers: z.record(z.string(), agreementSchema),
  /** The stage the prepared answers place the account in; a unit test checks it. */
  stage: z.enum(stageIds),
});

export const relationshipContentSchema = z
  .object({
    statements: z.array(statementSchema).min(12).max(20),
    stages: z.array(stageSchema).length(5),
    accounts: z.array(preparedAccountSchema).min(2),
  })
  .superRefine((content, ctx) => {
    content.stages.forEach((stage, index) => {
      if (stage.id !== stageIds[index])
        ctx.addIssue({ code: 'custom', message: `stage ${index + 1} must be ${stageIds[index]}` });
    });
    const ids = content.statements.map((s) => s.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', message: 'statement ids must be unique' });
    for (const level of [1, 2, 3, 4]) {
      if (!content.statements.some((s) => s.level === level)) {
        ctx.addIssue({ code: 'custom', message: `no statement for level ${level}` });
      }
    }
    for (const account of content.accounts) {
      const missing = ids.filter((s) => !(s in account.answers));
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          message: `account ${account.id}: no answer for ${missing.join(', ')}`,
        });
    }
  });

export type RelationshipContent = z.infer<typeof relationshipContentSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Stage = z.infer<typeof stageSchema>;
