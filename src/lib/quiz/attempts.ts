/**
 * Quiz attempts as plain data, and what the pages show from them: best and latest score per
 * module, the exam result, and the questions to review (those last answered wrongly).
 */
import type { QuizResponse } from './grade';

export type AttemptKind = 'module' | 'exam';

export interface Attempt {
  /** Unique per attempt (the seed doubles as the id). */
  id: string;
  kind: AttemptKind;
  /** Module slug, or 'exam'. */
  scope: string;
  /** Seed of the question set and the option orders, so a review shows the same paper. */
  seed: string;
  questionIds: string[];
  responses: Record<string, QuizResponse>;
  /** Points per question, 0–1, for the questions answered. */
  scores: Record<string, number>;
  startedAt: string;
  finishedAt?: string | undefined;
  /** Exam only: the time limit the learner chose, in minutes. */
  timeLimitMinutes?: number | undefined;
}

export const PASS_MARK = 0.8;

export function attemptScore(attempt: Attempt): { score: number; max: number; fraction: number } {
  const max = attempt.questionIds.length;
  const score = attempt.questionIds.reduce((sum, id) => sum + (attempt.scores[id] ?? 0), 0);
  return { score, max, fraction: max === 0 ? 0 : score / max };
}

export function isFinished(attempt: Attempt): boolean {
  return attempt.finishedAt !== undefined;
}

export function passed(attempt: Attempt): boolean {
  return isFinished(attempt) && attemptScore(attempt).fraction >= PASS_MARK - 1e-9;
}

/** Best and latest finished attempt of a scope (latest by finish time). */
export function summarise(
  attempts: readonly Attempt[],
  scope: string,
): { best?: Attempt; latest?: Attempt; count: number } {
  const finished = attempts
    .filter((a) => a.scope === scope && isFinished(a))
    .sort((a, b) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''));
  const result: { best?: Attempt; latest?: Attempt; count: number } = { count: finished.length };
  const latest = finished.at(-1);
  if (latest) result.latest = latest;
  for (const attempt of finished) {
    if (!result.best || attemptScore(attempt).fraction > attemptScore(result.best).fraction)
      result.best = attempt;
  }
  return result;
}

/**
 * The questions to review: those whose most recent answer (over all finished attempts) was not
 * fully right, most recently answered first. Optionally only within one scope.
 */
export function mistakes(attempts: readonly Attempt[], scope?: string): string[] {
  const lastAnswer = new Map<string, { at: string; score: number }>();
  for (const attempt of attempts) {
    if (!isFinished(attempt) || (scope && attempt.scope !== scope)) continue;
    const at = attempt.finishedAt ?? '';
    for (const id of attempt.questionIds) {
      const score = attempt.scores[id] ?? 0;
      const previous = lastAnswer.get(id);
      if (!previous || previous.at <= at) lastAnswer.set(id, { at, score });
    }
  }
  return [...lastAnswer.entries()]
    .filter(([, answer]) => answer.score < 1 - 1e-9)
    .sort((a, b) => b[1].at.localeCompare(a[1].at) || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}

/**
 * The mistakes that can still be reviewed: saved attempts may name questions since removed from
 * the bank (ids are kept where a question survives, but not every question does), and those are
 * skipped rather than shown empty.
 */
export function reviewableMistakes(
  attempts: readonly Attempt[],
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  scope?: string,
): string[] {
  return mistakes(attempts, scope).filter((id) => known.has(id));
}

/** Share of each lesson's questions answered right in one attempt: the per-lesson breakdown. */
export function byLesson(
  attempt: Attempt,
  lessonOf: (questionId: string) => string | undefined,
): { lesson: string; score: number; max: number }[] {
  const totals = new Map<string, { score: number; max: number }>();
  for (const id of attempt.questionIds) {
    const lesson = lessonOf(id) ?? '';
    const total = totals.get(lesson) ?? { score: 0, max: 0 };
    total.score += attempt.scores[id] ?? 0;
    total.max += 1;
    totals.set(lesson, total);
  }
  return [...totals.entries()].map(([lesson, total]) => ({ lesson, ...total }));
}

/** Seconds left of a timed attempt at `now` (never below 0); undefined when untimed. */
export function secondsLeft(
  attempt: Pick<Attempt, 'startedAt' | 'timeLimitMinutes'>,
  now: Date,
): number | undefined {
  if (!attempt.timeLimitMinutes) return undefined;
  const end = Date.parse(attempt.startedAt) + attempt.timeLimitMinutes * 60_000;
  return Math.max(0, Math.ceil((end - now.getTime()) / 1000));
}

/** `mm:ss` (or `h:mm:ss`) for a countdown. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${String(m).padStart(2, '0')}:${rest}`;
}

/** The unfinished attempt of a scope to resume, if any (the newest). */
export function unfinished(attempts: readonly Attempt[], scope: string): Attempt | undefined {
  return attempts.filter((a) => a.scope === scope && !isFinished(a)).at(-1);
}
