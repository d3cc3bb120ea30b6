/** Grading the SPIN sorter, and the sorter's content. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sorterBankSchema } from '@/lib/exercises/spinSchemas';
import { gradeSort, type SorterQuestion } from '@/lib/exercises/spinSorter';

const q = (id: string, type: SorterQuestion['type']): SorterQuestion => ({ id, type, text: id, why: id });
const questions = [
  q('a', 'situation'),
  q('b', 'problem'),
  q('c', 'implication'),
  q('d', 'need-payoff'),
  q('e', 'implication'),
];

describe('gradeSort', () => {
  it('marks each item right, wrong or unanswered', () => {
    const result = gradeSort(questions, { a: 'situation', b: 'implication', c: 'implication', e: 'problem' });
    expect(result.items.map((i) => i.status)).toEqual(['correct', 'wrong', 'correct', 'unanswered', 'wrong']);
    expect([result.correct, result.wrong, result.unanswered, result.total]).toEqual([2, 2, 1, 5]);
    expect(result.byType).toEqual({
      situation: { total: 1, correct: 1 },
      problem: { total: 1, correct: 0 },
      implication: { total: 2, correct: 1 },
      'need-payoff': { total: 1, correct: 0 },
    });
  });

  it('finds the most frequent confusion', () => {
    const result = gradeSort(questions, { b: 'implication', c: 'problem', e: 'problem', d: 'implication' });
    expect(result.commonMistake).toEqual({ expected: 'implication', chosen: 'problem', count: 2 });
  });

  it('has no mistake to report when all are right or unanswered', () => {
    expect(gradeSort(questions, {}).commonMistake).toBeUndefined();
    expect(gradeSort(questions, {}).unanswered).toBe(5);
    const all = gradeSort(questions, Object.fromEntries(questions.map((x) => [x.id, x.type])));
    expect(all.correct).toBe(5);
    expect(all.commonMistake).toBeUndefined();
  });

  it('ignores answers to questions that are not in the list', () => {
    expect(gradeSort(questions, { zz: 'problem' }).wrong).toBe(0);
  });
});

describe('the sorter content', () => {
  const read = (lang: string) =>
    sorterBankSchema.parse(
      load(
        readFileSync(
          new URL(`../../content/exercises/spin-sorter/${lang}/questions.yaml`, import.meta.url),
          'utf8',
        ),
      ),
    );
  it('has at least 24 questions, the same ids and types in both languages, six of each type', () => {
    const zh = read('zh');
    const en = read('en');
    expect(en.questions.length).toBeGreaterThanOrEqual(24);
    expect(zh.questions.map((x) => [x.id, x.type])).toEqual(en.questions.map((x) => [x.id, x.type]));
    expect(new Set(en.questions.map((x) => x.id)).size).toBe(en.questions.length);
    const result = gradeSort(en.questions, {});
    for (const type of ['situation', 'problem', 'implication', 'need-payoff'] as const)
      expect(result.byType[type].total).toBe(6);
  });
});
