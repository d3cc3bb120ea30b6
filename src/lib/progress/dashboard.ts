/**
 * What the course home shows from the progress record: where to continue, and how many minutes
 * are left. Lessons are given in reading order as plain `{ key, minutes }` rows.
 */
import { isComplete, type Progress } from './progress';

export interface LessonRow {
  key: string;
  minutes: number;
}

export type ContinueTarget =
  /** Nothing done or visited yet: start at the first lesson. */
  | { kind: 'start'; key: string }
  /** Open this lesson, at the heading the learner was reading if there is one. */
  | { kind: 'continue'; key: string; heading?: string | undefined }
  /** Every lesson is complete. */
  | { kind: 'finished' };

/**
 * The lesson to continue with: the most recently visited lesson if it is unfinished (at the
 * heading they were reading); if that one is done, the next unfinished lesson after it in
 * reading order (wrapping round); with no visits, the first unfinished lesson.
 */
export function continueTarget(progress: Progress, lessons: readonly LessonRow[]): ContinueTarget {
  const unfinished = lessons.filter((lesson) => !isComplete(progress, lesson.key));
  const first = unfinished[0];
  if (!first) return { kind: 'finished' };
  const known = new Set(lessons.map((lesson) => lesson.key));
  const last = Object.entries(progress.visits)
    .filter(([key]) => known.has(key))
    .sort(([ka, a], [kb, b]) => b.at.localeCompare(a.at) || ka.localeCompare(kb))[0];
  const at = (key: string) => ({ kind: 'continue' as const, key, heading: progress.visits[key]?.heading });
  if (!last) return Object.keys(progress.lessons).length ? at(first.key) : { kind: 'start', key: first.key };
  const [lastKey] = last;
  if (!isComplete(progress, lastKey)) return at(lastKey);
  const index = lessons.findIndex((lesson) => lesson.key === lastKey);
  const after = [...lessons.slice(index + 1), ...lessons.slice(0, index)].find(
    (lesson) => !isComplete(progress, lesson.key),
  );
  return at((after ?? first).key);
}

/** Minutes of the lessons not yet complete. */
export function minutesLeft(progress: Progress, lessons: readonly LessonRow[]): number {
  return lessons.reduce((sum, lesson) => (isComplete(progress, lesson.key) ? sum : sum + lesson.minutes), 0);
}
