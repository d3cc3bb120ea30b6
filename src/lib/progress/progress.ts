/**
 * The learner's progress as plain data: completed lessons, quiz attempts, where they were reading
 * and what the simulators saved. Stored in the browser as JSON; everything read back is
 * validated, older versions are migrated forward, and anything unreadable becomes an empty state
 * with a reason, so a damaged value never breaks a page.
 * Quiz attempts and saved tool items are kept here as they were stored and validated one by one
 * by the code that reads them (./attemptRecords.ts, ./savedItems.ts), so a corrupt record is
 * dropped without losing the rest and lesson pages do not ship those schemas. zod/mini keeps the
 * client bundle small.
 */
import * as z from 'zod/mini';
import type { Attempt } from '../quiz/attempts';
import {
  ANSWER_SOURCES,
  historyFromAttempt,
  mergeEntries,
  mergeHistories,
  type AnswerHistory,
  type AnswerSource,
} from '../mastery/history';

export const PROGRESS_VERSION = 4;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));
const shortText = z.string().check(z.maxLength(200));
const lessonKeyPattern = /^m\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/;
const lessonKey = z.string().check(z.regex(lessonKeyPattern));
const itemId = z.string().check(z.minLength(1), z.maxLength(100));

const lessonsSchema = z.record(lessonKey, z.object({ completedAt: isoDate }));

/** Where the learner last was in a lesson: when, and the id of the heading they were reading. */
export interface LessonVisit {
  at: string;
  heading?: string | undefined;
}

/** Something a simulator or exercise saved: its settings, or one of the learner's assessments. */
export interface SavedItem {
  savedAt: string;
  /** What the progress page shows for it (a deal's name, "settings"); rendered as text. */
  title?: string | undefined;
  /** The tool's own data, validated by the tool when it reads it back. */
  data: unknown;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Completed lessons by language-independent key (`m01-key-accounts/01-pareto`). */
  lessons: Record<string, { completedAt: string }>;
  /** Quiz attempts as stored; read them through readAttempts() in ./attemptRecords.ts. */
  attempts: unknown[];
  /** The name the learner typed for the certificate. */
  certificateName?: string | undefined;
  /** The last visit to each lesson, for "continue where you left off". */
  visits: Record<string, LessonVisit>;
  /** Saved simulator settings and assessments: tool id → item id → item. */
  saved: Record<string, Record<string, SavedItem>>;
  /**
   * Answers per question, [epoch seconds, right 1/0, source], the newest few (see
   * ../mastery/history.ts): what mastery and the review schedule are computed from.
   */
  answers: AnswerHistory;
  /** The learner's study plan, when they set one. */
  plan?: StudyPlan | undefined;
}

export interface StudyPlan {
  /** 'YYYY-MM-DD'. */
  target: string;
  minutesPerDay: number;
  /** When it was set: the newer plan wins a merge. */
  setAt: string;
}

const visitsSchema = z.record(lessonKey, z.object({ at: isoDate, heading: z.optional(shortText) }));
const savedSchema = z.record(
  itemId,
  z.record(itemId, z.object({ savedAt: isoDate, title: z.optional(shortText), data: z.unknown() })),
);

/**
 * One history entry, [epoch seconds, right 1/0, source], checked by a plain predicate: zod's tuple,
 * union and enum parsers would add about 0.3 KB (gzipped) to every page, which all load this file.
 */
function isAnswerEntry(value: unknown): value is [number, 0 | 1, AnswerSource] {
  if (!Array.isArray(value) || value.length !== 3) return false;
  const [seconds, right, source] = value as unknown[];
  return (
    typeof seconds === 'number' &&
    seconds >= 0 &&
    seconds <= 1e11 &&
    (right === 0 || right === 1) &&
    (ANSWER_SOURCES as readonly unknown[]).includes(source)
  );
}
const answersSchema = z.record(
  itemId,
  z.array(z.custom<[number, 0 | 1, AnswerSource]>(isAnswerEntry)).check(z.maxLength(100)),
);
const planSchema = z.object({
  target: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  minutesPerDay: z.int().check(z.gte(1), z.lte(1440)),
  setAt: isoDate,
});

const progressV4Shape = z.object({
  version: z.literal(4),
  lessons: lessonsSchema,
  attempts: z.array(z.unknown()),
  certificateName: z.optional(shortText),
  visits: visitsSchema,
  saved: savedSchema,
  answers: answersSchema,
  plan: z.optional(planSchema),
});

const progressV3Shape = z.object({
  version: z.literal(3),
  lessons: lessonsSchema,
  attempts: z.array(z.unknown()),
  certificateName: z.optional(shortText),
  visits: visitsSchema,
  saved: savedSchema,
});

const progressV2Shape = z.object({
  version: z.literal(2),
  lessons: lessonsSchema,
  attempts: z.array(z.unknown()),
  certificateName: z.optional(shortText),
});

const progressV1Shape = z.object({ version: z.literal(1), lessons: lessonsSchema });

export type ProgressProblem = 'not-json' | 'not-progress' | 'newer-version';

export interface ParsedProgress {
  progress: Progress;
  /** Why the saved value was discarded; absent when it was read (or there was none). */
  problem?: ProgressProblem;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, attempts: [], visits: {}, saved: {}, answers: {} };
}

/**
 * Migrations, one per version step: each takes the data of version N (validated by its shape)
 * and returns version N + 1. Add one here, with its shape, whenever PROGRESS_VERSION goes up.
 */
export const migrations: Record<number, { shape: z.ZodMiniType; up: (data: unknown) => unknown }> = {
  // v1 (foundation) had only lessons; v2 adds quiz attempts.
  1: {
    shape: progressV1Shape,
    up: (data) => ({ ...(data as z.infer<typeof progressV1Shape>), version: 2, attempts: [] }),
  },
  // v3 adds the last visit to each lesson and the simulators' saved items.
  2: {
    shape: progressV2Shape,
    up: (data) => ({ ...(data as z.infer<typeof progressV2Shape>), version: 3, visits: {}, saved: {} }),
  },
  // v4 adds the answer history per question (mastery, review) and the study plan; the history
  // starts from the finished attempts already kept, so nothing learnt so far is lost.
  3: {
    shape: progressV3Shape,
    up: (data) => {
      const v3 = data as z.infer<typeof progressV3Shape>;
      return { ...v3, version: 4, answers: answersFromStoredAttempts(v3.attempts) };
    },
  },
};

/**
 * The history of stored attempts, read defensively (attempts are validated by quiz code only, see
 * ./attemptRecords.ts): only finished attempts, and only the question ids that carry a numeric
 * score, go to historyFromAttempt (right = fully right, all at the finish time).
 */
function answersFromStoredAttempts(attempts: readonly unknown[]): AnswerHistory {
  let answers: AnswerHistory = {};
  for (const candidate of attempts) {
    const a = candidate as Partial<Record<string, unknown>> | null;
    if (!a || typeof a.finishedAt !== 'string' || !Array.isArray(a.questionIds)) continue;
    const scores = a.scores as Record<string, unknown> | null | undefined;
    if (typeof scores !== 'object' || scores === null) continue;
    const questionIds = a.questionIds.filter(
      (id): id is string =>
        typeof id === 'string' &&
        id.length <= 100 &&
        Object.hasOwn(scores, id) &&
        typeof scores[id] === 'number',
    );
    answers = mergeHistories(
      answers,
      historyFromAttempt({ ...a, scores, questionIds } as unknown as Attempt),
    );
  }
  return answers;
}

/** Runs the migrations from the data's version up to the current one; stops at the first misfit. */
export function migrate(data: unknown): unknown {
  let current = data;
  for (;;) {
    const version = (current as { version?: unknown }).version;
    const step = typeof version === 'number' ? migrations[version] : undefined;
    if (!step || !step.shape.safeParse(current).success) return current;
    current = step.up(current);
  }
}

/**
 * Validates plain data as progress of any known version, migrated to the current one. Used for
 * what is stored and for imported files alike.
 */
export function toProgress(data: unknown): { progress: Progress } | { problem: ProgressProblem } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: 'not-progress' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) return { problem: 'newer-version' };
  const result = progressV4Shape.safeParse(migrate(data));
  if (!result.success) return { problem: 'not-progress' };
  const { lessons, attempts, certificateName, visits, saved, plan } = result.data;
  // The cap is applied on read too, so a hand-edited or older long history cannot grow the record.
  const answers: AnswerHistory = {};
  for (const [id, entries] of Object.entries(result.data.answers)) answers[id] = mergeEntries(entries, []);
  const progress: Progress = { version: PROGRESS_VERSION, lessons, attempts, visits, saved, answers };
  if (certificateName !== undefined) progress.certificateName = certificateName;
  if (plan !== undefined) progress.plan = plan;
  return { progress };
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
  const result = toProgress(data);
  return 'problem' in result ? { progress: emptyProgress(), problem: result.problem } : result;
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

/** Remembers that the learner was reading `key` at `now`, at the heading with id `heading`. */
export function recordVisit(progress: Progress, key: string, now: string, heading?: string): Progress {
  if (!lessonKeyPattern.test(key)) return progress;
  const visit: LessonVisit = { at: now };
  if (heading) visit.heading = heading.slice(0, 200);
  return { ...progress, visits: { ...progress.visits, [key]: visit } };
}

/** Adds answers to the history (deduplicated, the newest few per question kept). */
export function addAnswers(progress: Progress, answers: AnswerHistory): Progress {
  const merged = { ...progress.answers };
  for (const [id, entries] of Object.entries(answers)) {
    merged[id] = mergeEntries(Object.hasOwn(merged, id) ? merged[id]! : [], entries);
  }
  return { ...progress, answers: merged };
}

export function setPlan(progress: Progress, plan: StudyPlan | undefined): Progress {
  const next = { ...progress };
  if (plan) next.plan = plan;
  else delete next.plan;
  return next;
}
