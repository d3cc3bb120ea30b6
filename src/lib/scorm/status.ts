/**
 * What the LMS is told about the learner: `cmi.core.lesson_status` and the exam score.
 * incomplete until every lesson is done, then completed; once the final exam has been taken,
 * passed or failed by its best attempt. A result the LMS already holds is never lowered.
 */
import { attemptScore, isFinished, passed, type Attempt } from '../quiz/attempts';
import { percentScore } from './cmiValues';

export type ReportedStatus = 'incomplete' | 'completed' | 'failed' | 'passed';

export interface CourseResult {
  status: ReportedStatus;
  /** Best final-exam score in percent (0–100), once an exam has been finished. */
  score?: number;
}

/** The course's result from completed lesson keys and readable quiz attempts. */
export function courseResult(
  completed: ReadonlySet<string> | readonly string[],
  attempts: readonly Attempt[],
  lessonKeys: readonly string[],
): CourseResult {
  const done = new Set(completed);
  const exams = attempts.filter((attempt) => attempt.kind === 'exam' && isFinished(attempt));
  if (exams.length > 0) {
    const best = exams.reduce((a, b) => (attemptScore(b).fraction > attemptScore(a).fraction ? b : a));
    return {
      status: exams.some(passed) ? 'passed' : 'failed',
      score: percentScore(attemptScore(best).fraction),
    };
  }
  const allDone = lessonKeys.length > 0 && lessonKeys.every((key) => done.has(key));
  return { status: allDone ? 'completed' : 'incomplete' };
}

const RANK: Record<string, number> = { incomplete: 1, completed: 2, failed: 3, passed: 4 };

/**
 * The status to report given what the LMS holds: never lower than it (a learner who passed stays
 * passed even if the saved progress was lost), and 'incomplete' at the least once the course ran.
 */
export function statusToReport(fromLms: string, computed: ReportedStatus): ReportedStatus {
  const rank = (status: string) => RANK[status] ?? 0;
  return rank(fromLms) > rank(computed) ? (fromLms as ReportedStatus) : computed;
}

/** The score to report: the computed one unless the LMS already holds a higher one. */
export function scoreToReport(fromLms: number | undefined, computed: number | undefined): number | undefined {
  if (computed === undefined) return undefined;
  return fromLms !== undefined && fromLms >= computed ? undefined : computed;
}
