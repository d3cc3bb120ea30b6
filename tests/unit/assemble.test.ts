import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, assembleExam, moduleQuizSet } from '@/lib/quiz/assemble';

describe('allocate', () => {
  it.each([
    { sizes: [10, 10, 10], total: 30, expected: [10, 10, 10] },
    { sizes: [20, 10, 10], total: 8, expected: [4, 2, 2] },
    { sizes: [19, 16, 16, 14, 16, 14, 20, 15], total: 30, expected: [4, 4, 4, 3, 4, 3, 5, 3] },
    { sizes: [1, 1, 100], total: 30, expected: [0, 0, 30] },
    { sizes: [2, 3], total: 10, expected: [2, 3] },
    { sizes: [0, 5], total: 3, expected: [0, 3] },
    { sizes: [], total: 5, expected: [] },
  ])('$sizes, $total → $expected', ({ sizes, total, expected }) => {
    expect(allocate(sizes, total)).toEqual(expected);
  });

  it('hands out exactly min(total, available), never more than a bank holds, close to proportion (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 10 }), fc.nat({ max: 120 }), (sizes, total) => {
        const counts = allocate(sizes, total);
        const available = sizes.reduce((a, b) => a + b, 0);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(Math.min(total, available));
        counts.forEach((count, i) => {
          expect(count).toBeGreaterThanOrEqual(0);
          expect(count).toBeLessThanOrEqual(sizes[i] ?? 0);
          if (total <= available && available > 0) {
            expect(Math.abs(count - ((sizes[i] ?? 0) / available) * total)).toBeLessThan(1 + 1e-9);
          }
        });
      }),
    );
  });
});

describe('assembleExam', () => {
  const banks = ['m01', 'm02', 'm03'].map((module, index) => ({
    module,
    questionIds: Array.from({ length: 10 + index * 5 }, (_, i) => `${module}-q${i}`),
  }));

  it('never repeats a question and respects the proportions (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 45 }), (seed, total) => {
        const paper = assembleExam(banks, total, seed);
        expect(new Set(paper).size).toBe(paper.length);
        expect(paper).toHaveLength(total);
        const counts = allocate(
          banks.map((b) => b.questionIds.length),
          total,
        );
        banks.forEach((bank, i) =>
          expect(paper.filter((id) => id.startsWith(`${bank.module}-`))).toHaveLength(counts[i] ?? 0),
        );
      }),
    );
  });

  it('is the same paper for the same seed and another for another', () => {
    expect(assembleExam(banks, 30, 's1')).toEqual(assembleExam(banks, 30, 's1'));
    expect(assembleExam(banks, 30, 's1')).not.toEqual(assembleExam(banks, 30, 's2'));
  });

  it('ignores duplicate ids within a bank', () => {
    expect(assembleExam([{ module: 'm01', questionIds: ['a', 'a', 'b'] }], 5, 'x').sort()).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('moduleQuizSet', () => {
  const ids = Array.from({ length: 16 }, (_, i) => `q${i}`);
  it('takes all questions or a seeded set of ten', () => {
    expect(moduleQuizSet(ids, 'all', 's').sort()).toEqual([...ids].sort());
    const ten = moduleQuizSet(ids, 10, 's');
    expect(ten).toHaveLength(10);
    expect(new Set(ten).size).toBe(10);
    expect(moduleQuizSet(ids, 10, 's')).toEqual(ten);
  });
});
