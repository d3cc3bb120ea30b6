/**
 * Per-objective results across a class, from the learners' workshop results: the share of answers
 * fully right per objective in the latest quiz attempts (every result version), and, from the
 * answer history a version 2 result carries (../trainer/resultHistory.ts), how many learners are
 * at each mastery level, by the same rule the learner sees (./mastery.ts).
 */
import { decodeHistory, type CodedHistory } from '../trainer/resultHistory';
import { isRight } from './history';
import { MASTERY_LEVELS, masteryByObjective, type MasteryLevel } from './mastery';

interface QuizAnswers {
  questionIds: readonly string[];
  scores: Readonly<Record<string, number>>;
}

export interface ObjectiveRate {
  key: string;
  learners: number;
  answered: number;
  right: number;
  /** right / answered. */
  rate: number;
}

export function objectiveRates(
  participants: readonly { quizzes: readonly QuizAnswers[] }[],
  objectiveOf: Readonly<Record<string, string>>,
): ObjectiveRate[] {
  const totals = new Map<string, { learners: number; answered: number; right: number }>();
  for (const person of participants) {
    const seen = new Set<string>();
    for (const quiz of person.quizzes) {
      for (const id of quiz.questionIds) {
        const key = Object.hasOwn(objectiveOf, id) ? objectiveOf[id] : undefined;
        if (!key || !Object.hasOwn(quiz.scores, id)) continue;
        const total = totals.get(key) ?? { learners: 0, answered: 0, right: 0 };
        total.answered += 1;
        total.right += isRight(quiz.scores[id]!);
        if (!seen.has(key)) {
          seen.add(key);
          total.learners += 1;
        }
        totals.set(key, total);
      }
    }
  }
  return [...totals.entries()]
    .map(([key, t]) => ({ key, ...t, rate: t.right / t.answered }))
    .sort((a, b) => a.rate - b.rate || a.key.localeCompare(b.key));
}

/** What classObjectives reads of a workshop result. */
interface Participant {
  quizzes: readonly QuizAnswers[];
  history?: CodedHistory | undefined;
}

export interface ObjectiveRow {
  key: string;
  /** Learners (with an answer history) at each level. */
  levels: Record<MasteryLevel, number>;
  /** The share of answers right in the latest quiz attempts, when any were answered. */
  rate?: ObjectiveRate | undefined;
}

export interface ClassObjectives {
  /** Learners whose result carries an answer history (version 2 and later). */
  withHistory: number;
  /** Learners with an older result: in the share-right figures only. */
  withoutHistory: number;
  rows: ObjectiveRow[];
}

/**
 * Mastery per objective across the room: each learner's level per objective worked out from the
 * history in their result with masteryByObjective, the learner's own rule (their local days
 * travel in the code), counted per level. Objectives nobody has answered are left out. Order,
 * those to re-teach first: most learners at attempted (their latest answer was wrong), then fewest
 * at proficient or mastered, then the lowest share right, then course order (`order`, objective
 * keys in course order).
 */
export function classObjectives(
  participants: readonly Participant[],
  objectiveOf: Readonly<Record<string, string>>,
  order: readonly string[] = [],
): ClassObjectives {
  const counts = new Map<string, Record<MasteryLevel, number>>();
  const empty = () => Object.fromEntries(MASTERY_LEVELS.map((l) => [l, 0])) as Record<MasteryLevel, number>;
  let withHistory = 0;
  const levelsOf: Record<string, MasteryLevel>[] = [];
  for (const person of participants) {
    const decoded = person.history ? decodeHistory(person.history) : undefined;
    if (!decoded) continue;
    withHistory += 1;
    levelsOf.push(masteryByObjective(decoded.history, objectiveOf, decoded.dayOf));
  }
  const started = new Set(
    levelsOf.flatMap((levels) => Object.keys(levels).filter((k) => levels[k] !== 'not-started')),
  );
  for (const key of started) {
    const row = empty();
    for (const levels of levelsOf) row[levels[key] ?? 'not-started'] += 1;
    counts.set(key, row);
  }
  const rates = new Map(objectiveRates(participants, objectiveOf).map((rate) => [rate.key, rate]));
  const position = new Map(order.map((key, i) => [key, i]));
  const keys = [...new Set([...counts.keys(), ...rates.keys()])];
  const rows: ObjectiveRow[] = keys.map((key) => ({
    key,
    levels: counts.get(key) ?? empty(),
    rate: rates.get(key),
  }));
  rows.sort(
    (a, b) =>
      b.levels.attempted - a.levels.attempted ||
      a.levels.proficient + a.levels.mastered - (b.levels.proficient + b.levels.mastered) ||
      (a.rate?.rate ?? 2) - (b.rate?.rate ?? 2) ||
      (position.get(a.key) ?? Infinity) - (position.get(b.key) ?? Infinity) ||
      a.key.localeCompare(b.key),
  );
  return { withHistory, withoutHistory: participants.length - withHistory, rows };
}
