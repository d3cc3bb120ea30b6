/**
 * Schemas of what the two sales-method exercises save in the progress record, in zod/mini so the
 * islands that read them stay small (the content schemas, used at build time, use full zod).
 */
import * as z from 'zod/mini';
import { stageIds } from './stages';

const short = z.string().check(z.maxLength(40));
const answer = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal('unknown'),
]);
const yesNo = z.union([z.literal('yes'), z.literal('no')]);

/** A learner's opportunity assessment, saved under the tool id `opportunity`. */
export const savedAssessmentSchema = z.object({
  version: z.literal(1),
  /** The prepared deal it assesses, or null for the learner's own deal. */
  dealId: z.nullable(short),
  /** The deal's name as the learner typed it. */
  name: z.string().check(z.maxLength(200)),
  answers: z.record(short, answer),
  /** One note per step, by step id. */
  notes: z.record(short, z.string().check(z.maxLength(2000))),
});

export const assessmentRecordSchema = z.object({
  /** ISO date-time of the assessment (from the clock passed in). */
  date: short,
  /** Yes or no per indicator of src/lib/exercises/relationshipIndicators.ts. */
  answers: z.record(short, yesNo),
  stage: z.enum(stageIds),
});

/**
 * One account of the relationship diagnostic, saved under the tool id `relationship`. Version 2
 * answers the yes/no indicator table; version 1 (16 statements scored 0–4 and averaged) cannot be
 * carried over: its statements were split and its stages came from a rule the course dropped.
 */
export const savedAccountSchema = z.object({
  version: z.literal(2),
  name: z.string().check(z.maxLength(200)),
  history: z.array(assessmentRecordSchema).check(z.maxLength(100)),
});

/** Just enough of a version-1 account to name it in the message that it was set aside. */
export const legacyAccountSchema = z.object({
  version: z.literal(1),
  name: z.string().check(z.maxLength(200)),
});

export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export type SavedAccount = z.infer<typeof savedAccountSchema>;
export type YesNo = z.infer<typeof yesNo>;
