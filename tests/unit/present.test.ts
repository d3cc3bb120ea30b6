import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '@/lib/content/schemas';
import { describeAnswer, displayOrder } from '@/lib/quiz/present';

const labels = { true: 'True', false: 'False' };
const letter = (i: number) => String.fromCharCode(65 + i);
const base = { lesson: '01-pareto', objective: 1, prompt: 'p', explanation: 'e' };

describe('describeAnswer', () => {
  it.each<{ question: Question; expected: string }>([
    {
      question: {
        ...base,
        id: 'm01-a',
        type: 'single',
        options: [
          { id: 'a', text: 'x' },
          { id: 'b', text: 'y' },
        ],
        answer: 'b',
      },
      expected: 'B. y',
    },
    {
      question: {
        ...base,
        id: 'm01-b',
        type: 'multiple',
        options: [
          { id: 'a', text: 'x' },
          { id: 'b', text: 'y' },
          { id: 'c', text: 'z' },
        ],
        answers: ['c', 'a'],
      },
      expected: 'A. x; C. z',
    },
    { question: { ...base, id: 'm01-c', type: 'truefalse', answer: false }, expected: 'False' },
    {
      question: {
        ...base,
        id: 'm01-d',
        type: 'ordering',
        items: [
          { id: '1', text: 'first' },
          { id: '2', text: 'second' },
        ],
      },
      expected: 'first → second',
    },
    {
      question: {
        ...base,
        id: 'm01-e',
        type: 'categorising',
        groups: [
          { id: 'g1', text: 'G1' },
          { id: 'g2', text: 'G2' },
        ],
        items: [
          { id: 'i1', text: 'a', group: 'g2' },
          { id: 'i2', text: 'b', group: 'g1' },
        ],
      },
      expected: 'G1: b | G2: a',
    },
  ])('$question.type', ({ question, expected }) => {
    expect(describeAnswer(question, labels, letter)).toBe(expected);
  });

  it('matches each left item with the letter of its right item as displayed', () => {
    const question: Question = {
      ...base,
      id: 'm01-f',
      type: 'matching',
      pairs: [
        { id: '1', left: 'L1', right: 'R1' },
        { id: '2', left: 'L2', right: 'R2' },
        { id: '3', left: 'L3', right: 'R3' },
      ],
    };
    const shown = displayOrder(question);
    expect(shown).not.toEqual(['R1', 'R2', 'R3']);
    const answer = describeAnswer(question, labels, letter);
    question.pairs.forEach((pair, index) => {
      expect(answer).toContain(
        `${index + 1}–${letter(shown.indexOf(pair.right))} (${pair.left} – ${pair.right})`,
      );
    });
  });
});

describe('questionSchema', () => {
  it('rejects an answer that is not an option', () => {
    const result = questionSchema.safeParse({
      ...base,
      id: 'm01-g',
      type: 'single',
      options: [
        { id: 'a', text: 'x' },
        { id: 'b', text: 'y' },
      ],
      answer: 'c',
    });
    expect(result.success).toBe(false);
  });

  it('rejects an item in an unknown group', () => {
    const result = questionSchema.safeParse({
      ...base,
      id: 'm01-h',
      type: 'categorising',
      groups: [
        { id: 'g1', text: 'G1' },
        { id: 'g2', text: 'G2' },
      ],
      items: [
        { id: 'i1', text: 'a', group: 'g3' },
        { id: 'i2', text: 'b', group: 'g1' },
      ],
    });
    expect(result.success).toBe(false);
  });
});
