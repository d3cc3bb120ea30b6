/**
 * The learner's progress as plain data: which lessons are complete and when. Stored in the browser
 * as JSON; everything read back is validated, and anything unreadable becomes an empty state with a
 * reason, so a damaged value never breaks a page. zod/mini keeps the client bundle small.
 */
import * as z from 'zod/mini';

export const PROGRESS_VERSION = 1;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** Completed lessons by language-independent key (`m01-key-accounts/01-pareto`). */
  lessons: z.record(
    z.string().check(z.regex(/^m\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/)),
    z.object({ completedAt: isoDate }),
  ),
});

export type Progress = z.infer<typeof progressSchema>;

export type ProgressProblem = 'not-json' | 'not-progress' | 'newer-version';

export interface ParsedProgress {
  progress: Progress;
  /** Why the saved value was discarded; absent when it was read as it was (or there was none). */
  problem?: ProgressProblem;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

/** Reads a stored string. Never throws: a bad value gives an empty state and names the problem. */
export function parseProgress(raw: string | null | undefined): ParsedProgress {
  if (raw === null || raw === undefined || raw === '') return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'not-json' };
  }
  const version =
    typeof data === 'object' && data !== null && 'version' in data
      ? (data as { version: unknown }).version
      : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), problem: 'newer-version' };
  }
  const result = progressSchema.safeParse(data);
  return result.success ? { progress: result.data } : { progress: emptyProgress(), problem: 'not-progress' };
}

export function serialiseProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export function isComplete(progress: Progress, key: string): boolean {
  return Object.hasOwn(progress.lessons, key);
}

/** Marks a lesson complete at `now` (an ISO date the caller supplies), or clears it. */
export function setComplete(progress: Progress, key: string, complete: boolean, now: string): Progress {
  const lessons = { ...progress.lessons };
  if (complete) lessons[key] = lessons[key] ?? { completedAt: now };
  else delete lessons[key];
  return { ...progress, lessons };
}

/** How many of the given lesson keys are complete. */
export function countComplete(progress: Progress, keys: readonly string[]): number {
  return keys.filter((key) => isComplete(progress, key)).length;
}
