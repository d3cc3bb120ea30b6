/**
 * The learner's progress as plain data: completed lessons and quiz attempts. Stored in the browser
 * as JSON; everything read back is validated, older versions are migrated forward, and anything
 * unreadable becomes an empty state with a reason, so a damaged value never breaks a page.
 * Quiz attempts are kept here as they were stored and validated one by one by the quiz code that
 * reads them (./attemptRecords.ts), so a corrupt attempt is dropped without losing the rest and
 * lesson pages do not ship the attempt schema. zod/mini keeps the client bundle small.
 */
import * as z from 'zod/mini';

export const PROGRESS_VERSION = 2;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));
const lessonKeyPattern = /^m\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/;

const lessonsSchema = z.record(
  z.string().check(z.regex(lessonKeyPattern)),
  z.object({ completedAt: isoDate }),
);

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Completed lessons by language-independent key (`m01-key-accounts/01-pareto`). */
  lessons: Record<string, { completedAt: string }>;
  /** Quiz attempts as stored; read them through readAttempts() in ./attemptRecords.ts. */
  attempts: unknown[];
  /** The name the learner typed for the certificate. */
  certificateName?: string | undefined;
}

const progressV2Shape = z.object({
  version: z.literal(2),
  lessons: lessonsSchema,
  attempts: z.array(z.unknown()),
  certificateName: z.optional(z.string().check(z.maxLength(200))),
});

const progressV1Shape = z.object({ version: z.literal(1), lessons: lessonsSchema });

export type ProgressProblem = 'not-json' | 'not-progress' | 'newer-version';

export interface ParsedProgress {
  progress: Progress;
  /** Why the saved value was discarded; absent when it was read (or there was none). */
  problem?: ProgressProblem;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, attempts: [] };
}

/**
 * Migrations, one per version step: each takes the data of version N (already validated) and
 * returns version N + 1. Add one here whenever PROGRESS_VERSION goes up.
 */
export const migrations: Record<number, (data: unknown) => unknown> = {
  // v1 (foundation) had only lessons; v2 adds quiz attempts.
  1: (data) => ({ ...(data as z.infer<typeof progressV1Shape>), version: 2, attempts: [] }),
};

function migrate(data: unknown): unknown {
  let current = data;
  for (;;) {
    const version = (current as { version?: unknown }).version;
    if (version === 1 && progressV1Shape.safeParse(current).success) current = migrations[1]?.(current);
    else return current;
  }
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
  if (typeof data !== 'object' || data === null)
    return { progress: emptyProgress(), problem: 'not-progress' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), problem: 'newer-version' };
  }
  const result = progressV2Shape.safeParse(migrate(data));
  if (!result.success) return { progress: emptyProgress(), problem: 'not-progress' };
  const progress: Progress = {
    version: PROGRESS_VERSION,
    lessons: result.data.lessons,
    attempts: result.data.attempts,
  };
  if (result.data.certificateName !== undefined) progress.certificateName = result.data.certificateName;
  return { progress };
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

export function setCertificateName(progress: Progress, name: string): Progress {
  return { ...progress, certificateName: name.slice(0, 200) };
}
