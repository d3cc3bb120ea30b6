/**
 * Mastery per learning objective, from the answers to its questions (./history.ts): in lesson
 * knowledge checks (the first check per visit), module quizzes, the exam and reviews. The rules,
 * stated once (the pages and the README show MASTERY_RULES' text in each language):
 *
 * - not-started: no answer to any of the objective's questions yet;
 * - attempted: at least one answer, and the most recent one was wrong;
 * - familiar: the most recent answer was right;
 * - proficient: the right answers since the last wrong one span two different calendar days
 *   (the learner's local days), so the last two right answers fell on different days;
 * - mastered: proficient, and after it became proficient answered right again in a mixed review
 *   (Review today, review of mistakes) or the final exam; a knowledge check or module quiz does
 *   not confirm it, as those come right after reading the lesson.
 *
 * A wrong answer drops the objective to attempted; a right answer never lowers a level, because
 * right answers only lengthen the run of right answers that every level above attempted reads.
 */
import type { AnswerEntry } from './history';

export const MASTERY_LEVELS = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/** The learner's local calendar day of an epoch-seconds time, e.g. '2026-12-07'. */
export type DayOf = (seconds: number) => string;

export const localDay: DayOf = (seconds) => {
  const d = new Date(seconds * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function levelRank(level: MasteryLevel): number {
  return MASTERY_LEVELS.indexOf(level);
}

/** The level of one objective from all answers to its questions (any order). */
export function masteryLevel(entries: readonly AnswerEntry[], dayOf: DayOf = localDay): MasteryLevel {
  if (entries.length === 0) return 'not-started';
  const sorted = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Right answers since the last wrong one.
  let start = sorted.length;
  while (start > 0 && sorted[start - 1]![1] === 1) start -= 1;
  const run = sorted.slice(start);
  if (run.length === 0) return 'attempted';
  const firstDay = dayOf(run[0]![0]);
  const proficientAt = run.findIndex((entry) => dayOf(entry[0]) !== firstDay);
  if (proficientAt < 0) return 'familiar';
  const confirmed = run.slice(proficientAt + 1).some((entry) => entry[2] === 'r' || entry[2] === 'x');
  return confirmed ? 'mastered' : 'proficient';
}

/** An objective's key: `module/lesson#n` (n is the 1-based position in the lesson's objectives). */
export function objectiveKey(module: string, lesson: string, objective: number): string {
  return `${module}/${lesson}#${objective}`;
}

/** Levels of every objective in `objectiveOf` (question id → objective key) from a history. */
export function masteryByObjective(
  history: Readonly<Record<string, readonly AnswerEntry[]>>,
  objectiveOf: Readonly<Record<string, string>>,
  dayOf: DayOf = localDay,
): Record<string, MasteryLevel> {
  const entries = new Map<string, AnswerEntry[]>();
  for (const [question, objective] of Object.entries(objectiveOf)) {
    const list = entries.get(objective) ?? [];
    list.push(...(Object.hasOwn(history, question) ? history[question]! : []));
    entries.set(objective, list);
  }
  return Object.fromEntries([...entries].map(([key, list]) => [key, masteryLevel(list, dayOf)]));
}

/** How many objectives sit at each level: the at-a-glance view per module. */
export function countLevels(levels: readonly MasteryLevel[]): Record<MasteryLevel, number> {
  const counts = Object.fromEntries(MASTERY_LEVELS.map((l) => [l, 0])) as Record<MasteryLevel, number>;
  for (const level of levels) counts[level] += 1;
  return counts;
}
