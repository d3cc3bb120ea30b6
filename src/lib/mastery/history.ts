/**
 * The learner's answer history per question, kept compact inside the progress record so mastery
 * and the review schedule can be recomputed anywhere (also from SCORM suspend_data): one entry per
 * answer, [epoch seconds, right (1) or not (0), source], the newest HISTORY_CAP per question.
 * Merging two histories is a set union (deduplicated by time and source) in time order, then the
 * cap: commutative and idempotent, so an import never depends on which side came first.
 */
import type { Attempt } from '../quiz/attempts';

/**
 * q = module quiz, x = final exam, r = a mixed review (Review today, or the review of mistakes),
 * k = a knowledge check inside a lesson (added later: records without it still read).
 */
export const ANSWER_SOURCES = ['q', 'x', 'r', 'k'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];
export type AnswerEntry = [seconds: number, right: 0 | 1, source: AnswerSource];
export type AnswerHistory = Record<string, AnswerEntry[]>;

/** Answers kept per question: enough for every mastery rule and a stable FSRS card. */
export const HISTORY_CAP = 8;

function compare(a: AnswerEntry, b: AnswerEntry): number {
  return a[0] - b[0] || a[2].localeCompare(b[2]) || a[1] - b[1];
}

/** One question's entries together: deduplicated by (time, source), time order, the newest `cap`. */
export function mergeEntries(
  a: readonly AnswerEntry[],
  b: readonly AnswerEntry[],
  cap = HISTORY_CAP,
): AnswerEntry[] {
  const byKey = new Map<string, AnswerEntry>();
  for (const entry of [...a, ...b]) {
    const key = `${entry[0]}|${entry[2]}`;
    const other = byKey.get(key);
    // Same moment and source twice with different verdicts cannot happen in one browser; keep the
    // lower one so the choice does not depend on the order of the two sides.
    if (!other || entry[1] < other[1]) byKey.set(key, [entry[0], entry[1], entry[2]]);
  }
  return [...byKey.values()].sort(compare).slice(-cap);
}

export function mergeHistories(a: AnswerHistory, b: AnswerHistory, cap = HISTORY_CAP): AnswerHistory {
  const result: AnswerHistory = {};
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    result[id] = mergeEntries(Object.hasOwn(a, id) ? a[id]! : [], Object.hasOwn(b, id) ? b[id]! : [], cap);
  }
  return result;
}

/** A question counts as right only when fully right (partial credit is not yet mastery). */
export function isRight(score: number): 0 | 1 {
  return score >= 1 - 1e-9 ? 1 : 0;
}

export function sourceOf(attempt: Pick<Attempt, 'kind' | 'scope'>): AnswerSource {
  if (attempt.kind === 'exam') return 'x';
  return attempt.scope === 'review' ? 'r' : 'q';
}

/**
 * The answers of a finished attempt, all at its finish time (attempts do not time each answer).
 * An unfinished attempt gives nothing yet: its answers count once it is handed in.
 */
export function historyFromAttempt(attempt: Attempt): AnswerHistory {
  if (!attempt.finishedAt) return {};
  const seconds = Math.floor(Date.parse(attempt.finishedAt) / 1000);
  if (!Number.isFinite(seconds)) return {};
  const source = sourceOf(attempt);
  const result: AnswerHistory = {};
  for (const id of attempt.questionIds) {
    if (!Object.hasOwn(attempt.scores, id)) continue;
    result[id] = [[seconds, isRight(attempt.scores[id]!), source]];
  }
  return result;
}

export function historyFromAttempts(attempts: readonly Attempt[]): AnswerHistory {
  return attempts.reduce<AnswerHistory>((all, a) => mergeHistories(all, historyFromAttempt(a)), {});
}

/**
 * Records a lesson's knowledge-check answers, the first check of each question only: after the
 * explanation a retry is no evidence of knowing, so until the page is reloaded (a new recorder)
 * later checks of the same question give nothing. Returns the history entries to add.
 */
export function knowledgeCheckRecorder(): (
  questionId: string,
  right: boolean,
  seconds: number,
) => AnswerHistory {
  const checked = new Set<string>();
  return (questionId, right, seconds) => {
    if (checked.has(questionId)) return {};
    checked.add(questionId);
    return { [questionId]: [[Math.floor(seconds), right ? 1 : 0, 'k']] };
  };
}
