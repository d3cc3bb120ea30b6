/**
 * Grading the SPIN sorter: the learner puts each question into situation, problem, implication or
 * need-payoff; every item is marked right, wrong or unanswered, with a count per type so the
 * feedback can say which type was confused with which.
 */
import { spinTypes, type SpinType } from './spinTypes';

export interface SorterQuestion {
  id: string;
  type: SpinType;
  text: string;
  why: string;
}

export type SortAnswers = Readonly<Record<string, SpinType | undefined>>;

export interface SortedItem {
  id: string;
  expected: SpinType;
  chosen: SpinType | undefined;
  status: 'correct' | 'wrong' | 'unanswered';
}

export interface SortResult {
  items: SortedItem[];
  correct: number;
  wrong: number;
  unanswered: number;
  total: number;
  /** Per expected type: how many there are and how many the learner put there correctly. */
  byType: Record<SpinType, { total: number; correct: number }>;
  /** The most frequent mistake, as expected → chosen, if any. */
  commonMistake: { expected: SpinType; chosen: SpinType; count: number } | undefined;
}

export function gradeSort(questions: readonly SorterQuestion[], answers: SortAnswers): SortResult {
  const byType = Object.fromEntries(spinTypes.map((t) => [t, { total: 0, correct: 0 }])) as Record<
    SpinType,
    { total: number; correct: number }
  >;
  const mistakes = new Map<string, { expected: SpinType; chosen: SpinType; count: number }>();
  const items = questions.map((q): SortedItem => {
    const chosen = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const status = chosen === undefined ? 'unanswered' : chosen === q.type ? 'correct' : 'wrong';
    byType[q.type].total += 1;
    if (status === 'correct') byType[q.type].correct += 1;
    if (status === 'wrong' && chosen) {
      const key = `${q.type}>${chosen}`;
      const entry = mistakes.get(key) ?? { expected: q.type, chosen, count: 0 };
      entry.count += 1;
      mistakes.set(key, entry);
    }
    return { id: q.id, expected: q.type, chosen, status };
  });
  const count = (s: SortedItem['status']) => items.filter((i) => i.status === s).length;
  let commonMistake: SortResult['commonMistake'];
  for (const m of mistakes.values()) if (!commonMistake || m.count > commonMistake.count) commonMistake = m;
  return {
    items,
    correct: count('correct'),
    wrong: count('wrong'),
    unanswered: count('unanswered'),
    total: questions.length,
    byType,
    commonMistake,
  };
}
