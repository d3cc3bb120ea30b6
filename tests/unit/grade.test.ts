import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/content/schemas';
import {
  correctResponse,
  emptyResponse,
  grade,
  isAnswered,
  pairsInOrder,
  type QuizResponse,
} from '@/lib/quiz/grade';
import { layoutFor } from '@/lib/quiz/present';

const base = { lesson: '01-pareto', objective: 1, prompt: 'p', explanation: 'e' };
const single: Question = {
  ...base,
  id: 'm01-s',
  type: 'single',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
  answer: 'b',
};
const multiple: Question = {
  ...base,
  id: 'm01-m',
  type: 'multiple',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  answers: ['a', 'c'],
};
const trueFalse: Question = { ...base, id: 'm01-t', type: 'truefalse', answer: false };
const ordering: Question = {
  ...base,
  id: 'm01-o',
  type: 'ordering',
  items: ['1', '2', '3', '4'].map((id) => ({ id, text: id })),
};
const matching: Question = {
  ...base,
  id: 'm01-x',
  type: 'matching',
  pairs: ['p', 'q', 'r', 's'].map((id) => ({ id, left: `L${id}`, right: `R${id}` })),
};
const categorising: Question = {
  ...base,
  id: 'm01-c',
  type: 'categorising',
  groups: [
    { id: 'g1', text: 'G1' },
    { id: 'g2', text: 'G2' },
  ],
  items: [
    { id: 'i1', text: 'a', group: 'g1' },
    { id: 'i2', text: 'b', group: 'g2' },
    { id: 'i3', text: 'c', group: 'g2' },
    { id: 'i4', text: 'd', group: 'g1' },
  ],
};
const all = [single, multiple, trueFalse, ordering, matching, categorising];

describe('grade', () => {
  it.each<{ name: string; question: Question; response: QuizResponse; score: number }>([
    { name: 'single right', question: single, response: { type: 'single', choice: 'b' }, score: 1 },
    { name: 'single wrong', question: single, response: { type: 'single', choice: 'a' }, score: 0 },
    { name: 'single unanswered', question: single, response: { type: 'single', choice: null }, score: 0 },
    {
      name: 'true/false right',
      question: trueFalse,
      response: { type: 'truefalse', value: false },
      score: 1,
    },
    { name: 'true/false wrong', question: trueFalse, response: { type: 'truefalse', value: true }, score: 0 },
    {
      name: 'multiple all right',
      question: multiple,
      response: { type: 'multiple', choices: ['c', 'a'] },
      score: 1,
    },
    {
      name: 'multiple half right',
      question: multiple,
      response: { type: 'multiple', choices: ['a'] },
      score: 0.5,
    },
    {
      name: 'multiple one right one wrong',
      question: multiple,
      response: { type: 'multiple', choices: ['a', 'b'] },
      score: 0,
    },
    {
      name: 'multiple everything ticked',
      question: multiple,
      response: { type: 'multiple', choices: ['a', 'b', 'c', 'd'] },
      score: 0,
    },
    {
      name: 'ordering right',
      question: ordering,
      response: { type: 'ordering', order: ['1', '2', '3', '4'] },
      score: 1,
    },
    {
      name: 'ordering reversed',
      question: ordering,
      response: { type: 'ordering', order: ['4', '3', '2', '1'] },
      score: 0,
    },
    {
      name: 'ordering one swap',
      question: ordering,
      response: { type: 'ordering', order: ['2', '1', '3', '4'] },
      score: 5 / 6,
    },
    {
      name: 'matching half',
      question: matching,
      response: { type: 'matching', matches: { p: 'p', q: 'q', r: 's', s: 'r' } },
      score: 0.5,
    },
    {
      name: 'categorising three of four',
      question: categorising,
      response: { type: 'categorising', placements: { i1: 'g1', i2: 'g2', i3: 'g2', i4: 'g2' } },
      score: 0.75,
    },
    {
      name: 'a response of another type',
      question: single,
      response: { type: 'truefalse', value: true },
      score: 0,
    },
  ])('$name scores $score', ({ question, response, score }) => {
    const result = grade(question, response);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.correct).toBe(score === 1);
  });

  it('gives full marks to the correct response of every type', () => {
    for (const question of all)
      expect(grade(question, correctResponse(question))).toEqual({ score: 1, max: 1, correct: true });
  });

  it('knows when every part is answered', () => {
    expect(isAnswered(matching, { type: 'matching', matches: { p: 'p' } })).toBe(false);
    expect(isAnswered(matching, correctResponse(matching))).toBe(true);
    expect(isAnswered(single, emptyResponse(single))).toBe(false);
    expect(isAnswered(ordering, emptyResponse(ordering))).toBe(true);
  });

  const arbitraryResponse = (question: Question): fc.Arbitrary<QuizResponse> => {
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    switch (question.type) {
      case 'single':
        return fc
          .option(fc.constantFrom(...ids(question.options)), { nil: null })
          .map((choice) => ({ type: 'single', choice }));
      case 'multiple':
        return fc.subarray(ids(question.options)).map((choices) => ({ type: 'multiple', choices }));
      case 'truefalse':
        return fc.option(fc.boolean(), { nil: null }).map((value) => ({ type: 'truefalse', value }));
      case 'ordering':
        return fc
          .shuffledSubarray(ids(question.items), { minLength: question.items.length })
          .map((order) => ({ type: 'ordering', order }));
      case 'matching': {
        const pairIds = ids(question.pairs);
        return fc
          .tuple(...pairIds.map(() => fc.option(fc.constantFrom(...pairIds), { nil: undefined })))
          .map((rights) => ({
            type: 'matching',
            matches: Object.fromEntries(pairIds.flatMap((id, i) => (rights[i] ? [[id, rights[i]]] : []))),
          }));
      }
      case 'categorising': {
        const groups = ids(question.groups);
        return fc.tuple(...question.items.map(() => fc.constantFrom(...groups))).map((chosen) => ({
          type: 'categorising',
          placements: Object.fromEntries(question.items.map((item, i) => [item.id, chosen[i] ?? ''])),
        }));
      }
    }
  };

  it('always scores between 0 and the maximum (property)', () => {
    for (const question of all) {
      fc.assert(
        fc.property(arbitraryResponse(question), (response) => {
          const result = grade(question, response);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(result.max);
        }),
      );
    }
  });

  it('grades a shuffled presentation the same as the original (property)', () => {
    for (const question of all) {
      fc.assert(
        fc.property(arbitraryResponse(question), fc.string(), (response, seed) => {
          // Shuffling changes only the display order; responses name ids, so the grade is unchanged.
          const layout = layoutFor(question, seed);
          const reshown: Question =
            question.type === 'single' || question.type === 'multiple'
              ? {
                  ...question,
                  options: layout.options.map((id) => question.options.find((o) => o.id === id)!),
                }
              : question.type === 'categorising'
                ? { ...question, items: layout.items.map((id) => question.items.find((i) => i.id === id)!) }
                : question;
          expect(grade(reshown, response)).toEqual(grade(question, response));
        }),
      );
    }
  });
});

describe('pairsInOrder', () => {
  it('is 1 for one item and for the reference itself', () => {
    expect(pairsInOrder(['a'], ['a'])).toBe(1);
    expect(pairsInOrder(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(pairsInOrder(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(0);
  });
});
