/**
 * Quiz attempts inside the progress record: validated one by one when read (a corrupt one is
 * dropped, the rest kept) and saved back as they go. Only quiz code imports this, so lesson pages
 * do not carry the attempt schema.
 */
import * as z from 'zod/mini';
import type { Attempt } from '../quiz/attempts';
import { historyFromAttempt } from '../mastery/history';
import { addAnswers, type Progress } from './progress';

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));
const id = z.string().check(z.minLength(1), z.maxLength(200));

export const responseSchema = z.union([
  z.object({ type: z.literal('single'), choice: z.nullable(id) }),
  z.object({ type: z.literal('multiple'), choices: z.array(id) }),
  z.object({ type: z.literal('truefalse'), value: z.nullable(z.boolean()) }),
  z.object({ type: z.literal('ordering'), order: z.array(id) }),
  z.object({ type: z.literal('matching'), matches: z.record(id, id) }),
  z.object({ type: z.literal('categorising'), placements: z.record(id, id) }),
]);

export const attemptSchema = z.object({
  id,
  kind: z.enum(['module', 'exam']),
  scope: id,
  seed: id,
  questionIds: z.array(id).check(z.maxLength(500)),
  responses: z.record(id, responseSchema),
  scores: z.record(id, z.number().check(z.gte(0), z.lte(1))),
  startedAt: isoDate,
  finishedAt: z.optional(isoDate),
  timeLimitMinutes: z.optional(z.number().check(z.gt(0), z.lte(600))),
});

/** The readable attempts of a progress record and how many were dropped as unreadable. */
export function readAttempts(progress: Progress): { attempts: Attempt[]; dropped: number } {
  const attempts: Attempt[] = [];
  for (const candidate of progress.attempts) {
    const parsed = attemptSchema.safeParse(candidate);
    if (parsed.success) attempts.push(parsed.data as Attempt);
  }
  return { attempts, dropped: progress.attempts.length - attempts.length };
}

/**
 * Adds an attempt, or replaces the one with the same id (an attempt is saved as it goes); drops
 * unreadable records on the way; keeps the newest `keep` attempts so storage stays bounded. Once
 * the attempt is finished its answers go into the answer history (saving it again adds nothing).
 */
export function saveAttempt(progress: Progress, attempt: Attempt, keep = 200): Progress {
  const others = readAttempts(progress).attempts.filter((a) => a.id !== attempt.id);
  const saved = { ...progress, attempts: [...others, attempt].slice(-keep) };
  return attempt.finishedAt ? addAnswers(saved, historyFromAttempt(attempt)) : saved;
}
