import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customersForShare, paretoCurve, topCount, topShare } from '@/lib/analysis/pareto';
import { analyseCustomers } from '@/lib/analysis/customerAnalysis';
import { abcSummary } from '@/lib/analysis/abc';
import { gini } from '@/lib/analysis/lorenz';

describe('topShare', () => {
  const cases = [
    {
      name: 'ten customers, top 20%',
      values: [50, 20, 10, 5, 5, 4, 3, 1, 1, 1],
      fraction: 0.2,
      expected: { count: 2, share: 0.7 },
    },
    {
      name: 'order of input does not matter',
      values: [1, 5, 50, 3, 20, 1, 4, 10, 5, 1],
      fraction: 0.2,
      expected: { count: 2, share: 0.7 },
    },
    { name: 'everyone holds everything', values: [3, 2, 1], fraction: 1, expected: { count: 3, share: 1 } },
    // At least one customer: the largest, 3 of the net total 6.
    {
      name: 'a fraction of 0 still takes one customer',
      values: [3, 2, 1],
      fraction: 0,
      expected: { count: 1, share: 0.5 },
    },
    {
      name: 'rounds to the nearest customer',
      values: [6, 3, 1],
      fraction: 0.5,
      expected: { count: 2, share: 0.9 },
    },
    {
      name: 'equal customers: share equals fraction',
      values: [1, 1, 1, 1],
      fraction: 0.25,
      expected: { count: 1, share: 0.25 },
    },
    {
      // Net total 10 − 5 + 0 = 5, so the top customer holds 10 / 5 = 200% of it.
      name: 'shares are of the net total, returns included',
      values: [10, -5, 0],
      fraction: 1 / 3,
      expected: { count: 1, share: 2 },
    },
    { name: 'no positive value', values: [0, -1], fraction: 0.5, expected: { count: 1, share: undefined } },
    { name: 'fraction above 1 is clamped', values: [2, 2], fraction: 3, expected: { count: 2, share: 1 } },
    {
      name: 'non-finite values are ignored',
      values: [4, Number.NaN, 1],
      fraction: 0.5,
      expected: { count: 1, share: 0.8 },
    },
  ];
  it.each(cases)('$name', ({ values, fraction, expected }) => {
    const result = topShare(values, fraction);
    expect(result.count).toBe(expected.count);
    if (expected.share === undefined) expect(result.share).toBeUndefined();
    else expect(result.share).toBeCloseTo(expected.share, 10);
  });
});

describe('paretoCurve', () => {
  it('starts at the origin and ends at (1, 1), largest customers first', () => {
    expect(paretoCurve([1, 3])).toEqual([
      { customerShare: 0, valueShare: 0 },
      { customerShare: 0.5, valueShare: 0.75 },
      { customerShare: 1, valueShare: 1 },
    ]);
  });

  it('is empty when nothing is positive', () => {
    expect(paretoCurve([])).toEqual([]);
    expect(paretoCurve([0, -3])).toEqual([]);
  });

  const positiveLists = fc.array(fc.double({ min: 0.01, max: 1e9, noNaN: true }), {
    minLength: 1,
    maxLength: 200,
  });

  it('is non-decreasing, concave, within [0, 1] and ends at 1 (property)', () => {
    fc.assert(
      fc.property(positiveLists, (values) => {
        const curve = paretoCurve(values);
        expect(curve).toHaveLength(values.length + 1);
        expect(curve.at(-1)?.valueShare).toBeCloseTo(1, 9);
        for (let i = 1; i < curve.length; i += 1) {
          const step = (curve[i]?.valueShare ?? 0) - (curve[i - 1]?.valueShare ?? 0);
          expect(step).toBeGreaterThanOrEqual(-1e-12);
          if (i > 1) {
            const before = (curve[i - 1]?.valueShare ?? 0) - (curve[i - 2]?.valueShare ?? 0);
            expect(step).toBeLessThanOrEqual(before + 1e-12);
          }
        }
      }),
    );
  });

  it('always lies on or above the line of equality (property)', () => {
    fc.assert(
      fc.property(positiveLists, (values) => {
        for (const point of paretoCurve(values)) {
          expect(point.valueShare).toBeGreaterThanOrEqual(point.customerShare - 1e-9);
        }
      }),
    );
  });

  it('agrees with topShare at every whole customer (property)', () => {
    fc.assert(
      fc.property(positiveLists, (values) => {
        const curve = paretoCurve(values);
        curve.forEach((point, index) => {
          // Index 0 is the origin; the top count is never below one customer.
          if (index > 0)
            expect(topShare(values, index / values.length).share).toBeCloseTo(point.valueShare, 9);
        });
      }),
    );
  });
});

describe('customersForShare', () => {
  it('finds the fewest customers holding the target share', () => {
    expect(customersForShare([50, 20, 10, 5, 5, 4, 3, 1, 1, 1], 0.8)).toEqual({ count: 3, share: 0.8 });
    expect(customersForShare([1, 1, 1, 1], 0.5)).toEqual({ count: 2, share: 0.5 });
    expect(customersForShare([], 0.5)).toEqual({ count: 0, share: undefined });
  });
});

describe('issue 16: finance-team definitions', () => {
  // topCount: ceil(X% × n), at least 1, integer-safe.
  it.each([
    [1, 0.2, 1], // 0.2 customers → ceil = 1 (never 0)
    [10, 0.2, 2], // 0.2 × 10 = 2.0000000000000004 in floating point; must stay 2
    [4372, 0.2, 875], // 874.4 → 875, as a spreadsheet's ROUNDUP
    [12, 0.2, 3], // 2.4 → 3
    [3, 0.01, 1],
    [5, 1, 5],
    [0, 0.2, 0],
  ])('topCount(%i, %f) = %i', (n, f, expected) => {
    expect(topCount(n, f)).toBe(expected);
  });

  it('one customer: the top 20% is that customer, 100% of revenue', () => {
    expect(topShare([500], 0.2)).toEqual({ count: 1, share: 1 });
    expect(analyseCustomers([500]).topShare(0.2)).toEqual({ count: 1, share: 1 });
  });

  it('all revenues zero: no share can be computed', () => {
    expect(topShare([0, 0, 0], 0.2)).toEqual({ count: 1, share: undefined });
    const a = analyseCustomers([0, 0, 0]);
    expect(a.total).toBe(0);
    expect(a.topShare(0.5).share).toBeUndefined();
    expect(a.nonPositive).toEqual({ count: 3, total: 0 });
  });

  it('a net-negative list: no share, total stated', () => {
    // 100 − 150 − 50 = −100
    expect(topShare([100, -150, -50], 0.5).share).toBeUndefined();
    const a = analyseCustomers([100, -150, -50]);
    expect(a.total).toBe(-100);
    expect(a.nonPositive).toEqual({ count: 2, total: -200 });
    expect(a.pareto).toEqual([]);
  });

  it('a list with returns: shares of the NET total', () => {
    // values 600, 300, 200, −100 → net 1000; top 25% = ceil(1) = 1 customer = 600/1000 = 60%
    // (the old positive-only base gave 600/1100 = 54.5%). Top 50%: 900/1000 = 90%.
    const v = [300, -100, 600, 200];
    expect(topShare(v, 0.25)).toEqual({ count: 1, share: 0.6 });
    expect(topShare(v, 0.5)).toEqual({ count: 2, share: 0.9 });
    // top 75%: 1100/1000 = 110%, above 100% before the returns bring it back to 100%.
    expect(topShare(v, 0.75).share).toBeCloseTo(1.1, 12);
    const a = analyseCustomers(v);
    expect(a.total).toBe(1000);
    expect(a.topShare(0.75).share).toBeCloseTo(1.1, 12);
    expect(a.topShare(1).share).toBeCloseTo(1, 12);
    expect(a.nonPositive).toEqual({ count: 1, total: -100 });
    // ABC over the net total: 600 has 0% before → A; 300 has 60% before → A; 200 has 90% → B;
    // −100 → C. Shares: A 90%, B 20%, C −10% (sum 100%).
    const abc = abcSummary(v);
    expect(abc.counts).toEqual({ A: 2, B: 1, C: 1 });
    expect(abc.shares.A).toBeCloseTo(0.9, 12);
    expect(abc.shares.B).toBeCloseTo(0.2, 12);
    expect(abc.shares.C).toBeCloseTo(-0.1, 12);
    // Gini over all 4 customers, returns counted as 0: ascending 0, 200, 300, 600, sum 1100,
    // Σ i·x = 2·200 + 3·300 + 4·600 = 3700 → 2·3700/(4·1100) − 5/4 = 1.681818… − 1.25 = 0.431818…
    expect(gini(v)).toBeCloseTo(0.431818, 5);
  });

  it('ties at a boundary: the count is by position', () => {
    // 5 customers, values 50, 20, 20, 5, 5 (net 100). Top 40% = ceil(2) = 2 customers: 50 and one
    // of the tied 20s → 70%, whichever 20 it is.
    expect(topShare([20, 5, 50, 20, 5], 0.4)).toEqual({ count: 2, share: 0.7 });
    expect(analyseCustomers([20, 5, 50, 20, 5]).topShare(0.4)).toEqual({ count: 2, share: 0.7 });
  });

  it('property: 1 ≤ count ≤ n, monotone in X, share equals the cumulative curve', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 100000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 100 }),
        (values, x) => {
          const n = values.length;
          const count = topCount(n, x / 100);
          expect(count).toBeGreaterThanOrEqual(1);
          expect(count).toBeLessThanOrEqual(n);
          expect(count).toBeGreaterThanOrEqual((x * n) / 100 - 1e-9);
          expect(count - 1).toBeLessThan((x * n) / 100);
          if (x < 100) expect(topCount(n, (x + 1) / 100)).toBeGreaterThanOrEqual(count);
          const a = analyseCustomers(values);
          const t = a.topShare(x / 100);
          const curve = paretoCurve(values);
          if (a.total > 0) {
            expect(t.share).toBeCloseTo(curve[count]!.valueShare, 9);
          } else {
            expect(t.share).toBeUndefined();
            expect(curve).toEqual([]);
          }
        },
      ),
    );
  });
});
