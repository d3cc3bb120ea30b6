import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customersForShare, paretoCurve, topShare } from '@/lib/analysis/pareto';

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
    { name: 'nobody holds nothing', values: [3, 2, 1], fraction: 0, expected: { count: 0, share: 0 } },
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
      name: 'losses add nothing to the top',
      values: [10, -5, 0],
      fraction: 1 / 3,
      expected: { count: 1, share: 1 },
    },
    { name: 'no positive value', values: [0, -1], fraction: 0.5, expected: { count: 1, share: 0 } },
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
    expect(result.share).toBeCloseTo(expected.share, 10);
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
    expect(customersForShare([], 0.5)).toEqual({ count: 0, share: 0 });
  });
});
