import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseColumn } from '@/lib/analysis/normalise';
import { explainScore, normaliseAll, weightedScores } from '@/lib/analysis/weightedScore';
import { apportion, defaultWeights, normaliseWeights, setWeight } from '@/lib/analysis/weights';
import type { Criterion } from '@/lib/analysis/tierCriteria';

const col = (...values: number[]) => Float64Array.from(values);
const round = (values: Float64Array) => [...values].map((v) => Math.round(v * 1000) / 1000);

describe('normalisation', () => {
  it.each([
    {
      name: 'min–max',
      values: [400, 250, 150, 100],
      method: 'minmax',
      invert: false,
      expected: [1, 0.5, 0.167, 0],
    },
    {
      name: 'min–max turned round',
      values: [10, 20, 30],
      method: 'minmax',
      invert: true,
      expected: [1, 0.5, 0],
    },
    {
      name: 'min–max, no spread',
      values: [7, 7, 7],
      method: 'minmax',
      invert: false,
      expected: [0.5, 0.5, 0.5],
    },
    {
      name: 'min–max, missing value',
      values: [10, Number.NaN, 30],
      method: 'minmax',
      invert: false,
      expected: [0, 0, 1],
    },
    {
      name: 'rank',
      values: [400, 250, 150, 100],
      method: 'rank',
      invert: false,
      expected: [1, 0.667, 0.333, 0],
    },
    {
      name: 'rank, a giant does not flatten the rest',
      values: [1e9, 3, 2, 1],
      method: 'rank',
      invert: false,
      expected: [1, 0.667, 0.333, 0],
    },
    {
      name: 'rank, ties share the average',
      values: [5, 5, 1, 9],
      method: 'rank',
      invert: false,
      expected: [0.5, 0.5, 0, 1],
    },
    { name: 'rank, turned round', values: [1, 2, 3], method: 'rank', invert: true, expected: [1, 0.5, 0] },
  ] as const)('$name', ({ values, method, invert, expected }) => {
    expect(round(normaliseColumn(col(...values), method, invert))).toEqual(expected);
  });

  it('keeps every value in 0–1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('minmax', 'rank'),
        (values, method) => {
          for (const v of normaliseColumn(Float64Array.from(values), method as 'minmax' | 'rank')) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

describe('weights', () => {
  const active: Criterion[] = ['revenue', 'grossProfit', 'collections', 'orders'];

  it.each([
    { raw: [1, 1, 1], total: 100, expected: [34, 33, 33] },
    { raw: [0, 0], total: 100, expected: [50, 50] },
    { raw: [3, 1], total: 60, expected: [45, 15] },
    { raw: [1, 1, 1, 1, 1, 1], total: 100, expected: [17, 17, 17, 17, 16, 16] },
  ])('apportions $raw over $total', ({ raw, total, expected }) => {
    expect(apportion(raw, total)).toEqual(expected);
  });

  it.each([
    // The lesson's weights: moving revenue to 50 takes 20 from the other 70 in proportion (40:20:10).
    { key: 'revenue', value: 50, expected: { revenue: 50, grossProfit: 29, collections: 14, orders: 7 } },
    { key: 'grossProfit', value: 100, expected: { revenue: 0, grossProfit: 100, collections: 0, orders: 0 } },
    { key: 'orders', value: 0, expected: { revenue: 33, grossProfit: 45, collections: 22, orders: 0 } },
    { key: 'collections', value: -5, expected: { revenue: 38, grossProfit: 50, collections: 0, orders: 12 } },
  ] as const)('setting $key to $value adjusts the others proportionally', ({ key, value, expected }) => {
    expect(
      setWeight({ revenue: 30, grossProfit: 40, collections: 20, orders: 10 }, active, key, value),
    ).toEqual(expected);
  });

  it('shares evenly when all the others are at zero', () => {
    expect(setWeight({ revenue: 100 }, active, 'revenue', 40)).toEqual({
      revenue: 40,
      grossProfit: 20,
      collections: 20,
      orders: 20,
    });
  });

  it('uses the lesson weights, with customer profit standing in for a missing gross profit', () => {
    expect(defaultWeights(active)).toEqual({ revenue: 30, grossProfit: 40, collections: 20, orders: 10 });
    expect(defaultWeights(['revenue', 'profit'])).toEqual({ revenue: 43, profit: 57 });
    expect(defaultWeights(['growthPotential', 'strategicValue'])).toEqual({
      growthPotential: 50,
      strategicValue: 50,
    });
    expect(normaliseWeights({ revenue: 30, costToServe: 70 }, ['revenue'])).toEqual({ revenue: 100 });
  });

  it('always sums to 100 after any move (property)', () => {
    const all: Criterion[] = [
      'revenue',
      'grossProfit',
      'profit',
      'collections',
      'orders',
      'growthPotential',
      'strategicValue',
      'costToServe',
    ];
    fc.assert(
      fc.property(
        fc.subarray(all, { minLength: 1 }),
        fc.array(fc.tuple(fc.nat(7), fc.integer({ min: -20, max: 130 })), { maxLength: 12 }),
        (active, moves) => {
          let weights = defaultWeights(active);
          for (const [k, value] of moves) {
            weights = setWeight(weights, active, active[k % active.length] as Criterion, value);
            const values = Object.values(weights);
            expect(values.reduce((a, b) => a + b, 0)).toBe(100);
            expect(values.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('weighted score', () => {
  // Lesson 1's four customers, normalised min–max here (the lesson divides by the largest value).
  const data = {
    ids: ['A', 'B', 'C', 'D'],
    names: ['A', 'B', 'C', 'D'],
    columns: {
      revenue: col(400, 250, 150, 100),
      grossProfit: col(24, 30, 18, 6),
      collections: col(192, 240, 144, 72),
      orders: col(12, 24, 48, 12),
    },
  };
  const weights = { revenue: 30, grossProfit: 40, collections: 20, orders: 10 };

  it('adds each criterion’s normalised value times its weight', () => {
    const scores = weightedScores(normaliseAll(data, 'minmax'), weights, 4);
    // B: revenue 150/300 × 30 + 1 × 40 + 1 × 20 + 12/36 × 10 = 15 + 40 + 20 + 3.333
    expect(round(scores)).toEqual(
      [30 + 30 + 14.286 + 0, 78.333, 5 + 20 + 8.571 + 10, 0].map((v) => Math.round(v * 1000) / 1000),
    );
  });

  it('says which criteria drove a score, largest first', () => {
    const why = explainScore(normaliseAll(data, 'minmax'), weights, 1);
    expect(why.map((c) => c.criterion)).toEqual(['grossProfit', 'collections', 'revenue', 'orders']);
    expect(why[0]?.points).toBeCloseTo(40);
    expect(why.reduce((a, c) => a + c.points, 0)).toBeCloseTo(78.333, 2);
  });
});
