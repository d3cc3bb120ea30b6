/**
 * Grading. Every question is worth one point; partial credit is a share of that point:
 * - single choice, true/false: all or nothing;
 * - multiple choice: (right options chosen − wrong options chosen) ÷ number of right options, never below 0;
 * - ordering: the share of item pairs placed in the right relative order;
 * - matching: the share of left-hand items matched to the right partner;
 * - categorising: the share of items placed in the right group.
 * A response is correct when it earns the whole point.
 */
import type { Question } from '../content/schemas';

export type QuizResponse =
  | { type: 'single'; choice: string | null }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'ordering'; order: string[] }
  | { type: 'matching'; matches: Record<string, string> }
  | { type: 'categorising'; placements: Record<string, string> };

export interface Grade {
  /** Points earned, 0–1. */
  score: number;
  /** Points available: always 1. */
  max: 1;
  correct: boolean;
}

const EPSILON = 1e-9;

function result(score: number): Grade {
  const clamped = Math.min(1, Math.max(0, score));
  return { score: clamped, max: 1, correct: clamped > 1 - EPSILON };
}

/** The response nobody has touched yet; `initialOrder` is the order an ordering question shows first. */
export function emptyResponse(question: Question, initialOrder?: string[]): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'ordering':
      return { type: 'ordering', order: initialOrder ?? question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'categorising':
      return { type: 'categorising', placements: {} };
  }
}

/** The full-marks response (for reviews and tests). */
export function correctResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: [...question.answers] };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id) };
    case 'matching':
      return {
        type: 'matching',
        matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])),
      };
    case 'categorising':
      return {
        type: 'categorising',
        placements: Object.fromEntries(question.items.map((item) => [item.id, item.group])),
      };
  }
}

/** Whether the learner has given an answer to every part (ordering always counts as answered). */
export function isAnswered(question: Question, response: QuizResponse): boolean {
  switch (response.type) {
    case 'single':
      return response.choice !== null;
    case 'multiple':
      return response.choices.length > 0;
    case 'truefalse':
      return response.value !== null;
    case 'ordering':
      return true;
    case 'matching':
      return question.type === 'matching' && question.pairs.every((pair) => pair.id in response.matches);
    case 'categorising':
      return (
        question.type === 'categorising' && question.items.every((item) => item.id in response.placements)
      );
  }
}

/** The share of pairs (i, j) whose relative order in `order` matches `reference`. */
export function pairsInOrder(reference: readonly string[], order: readonly string[]): number {
  const position = new Map(order.map((id, index) => [id, index]));
  let total = 0;
  let right = 0;
  for (let i = 0; i < reference.length; i += 1) {
    for (let j = i + 1; j < reference.length; j += 1) {
      total += 1;
      const a = position.get(reference[i] ?? '');
      const b = position.get(reference[j] ?? '');
      if (a !== undefined && b !== undefined && a < b) right += 1;
    }
  }
  return total === 0 ? 1 : right / total;
}

/** Grades a response; a response of another question type scores 0. */
export function grade(question: Question, response: QuizResponse): Grade {
  if (question.type !== response.type) return result(0);
  switch (question.type) {
    case 'single':
      return result(response.type === 'single' && response.choice === question.answer ? 1 : 0);
    case 'truefalse':
      return result(response.type === 'truefalse' && response.value === question.answer ? 1 : 0);
    case 'multiple': {
      if (response.type !== 'multiple') return result(0);
      const chosen = new Set(response.choices);
      const right = question.answers.filter((id) => chosen.has(id)).length;
      const wrong = [...chosen].filter((id) => !question.answers.includes(id)).length;
      return result((right - wrong) / question.answers.length);
    }
    case 'ordering':
      if (response.type !== 'ordering') return result(0);
      return result(
        pairsInOrder(
          question.items.map((item) => item.id),
          response.order,
        ),
      );
    case 'matching': {
      if (response.type !== 'matching') return result(0);
      const right = question.pairs.filter((pair) => response.matches[pair.id] === pair.id).length;
      return result(right / question.pairs.length);
    }
    case 'categorising': {
      if (response.type !== 'categorising') return result(0);
      const right = question.items.filter((item) => response.placements[item.id] === item.group).length;
      return result(right / question.items.length);
    }
  }
}
