/**
 * Per-objective results across a class, from the learners' workshop results. A result code holds
 * only the latest finished attempt per quiz (one answer per question, one finish time), not the
 * answer history that mastery levels need (right on two different days, then in a review), so the
 * trainer sees the share of answers fully right per objective, and how many learners answered it.
 */
import { isRight } from './history';

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
