/**
 * Zod schemas of the SPIN exercises' content (content/exercises/spin-sorter, spin-roleplay): used
 * by src/content.config.ts for the build and by the unit tests. A role-play whose graph breaks a
 * rule (see ./spinGraph) fails validation with every problem named.
 */
import { z } from 'zod';
import { describeIssue, validateGraph } from './spinGraph';
import { moveTypes, spinTypes } from './spinTypes';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id with digits and hyphens');

export const sorterQuestionSchema = z.object({
  id,
  type: z.enum(spinTypes),
  text,
  /** Why it is this type: shown after checking. */
  why: text,
});

export const sorterBankSchema = z.object({
  title: text,
  intro: text,
  questions: z.array(sorterQuestionSchema).min(24),
});
export type SorterBank = z.infer<typeof sorterBankSchema>;

export const CHOICES_PER_TURN = 3;
export const MIN_TURNS = 8;

const choiceSchema = z.object({
  id,
  type: z.enum(moveTypes),
  aimless: z.boolean().optional(),
  discloses: id.optional(),
  statesNeed: z.boolean().optional(),
  holdReply: text.optional(),
  question: text,
  reply: text,
  feedback: text,
  next: id,
});

const nodeSchema = z.object({
  id,
  scene: text.optional(),
  choices: z.array(choiceSchema),
});

export const roleplayScenarioSchema = z
  .object({
    title: text,
    order: z.number().int().min(1),
    buyer: z.object({ name: text, role: text }),
    brief: text,
    opening: text,
    start: id,
    nodes: z.array(nodeSchema).min(1),
    endings: z.object({ advance: text, continuation: text, refusal: text }),
  })
  .superRefine((scenario, ctx) => {
    const issues = validateGraph(scenario, { choicesPerNode: CHOICES_PER_TURN, minTurns: MIN_TURNS });
    for (const issue of issues)
      ctx.addIssue({ code: 'custom', message: describeIssue(issue), path: ['nodes'] });
  });
export type RoleplayScenarioData = z.infer<typeof roleplayScenarioSchema>;
