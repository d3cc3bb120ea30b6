import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcClasses, abcSummary } from '@/lib/analysis/abc';
import { analyseCustomers } from '@/lib/analysis/customerAnalysis';
import { downsampleCurve } from '@/lib/analysis/downsample';
import { generateCustomers } from '@/lib/analysis/generate';
import { gini, lorenzCurve } from '@/lib/analysis/lorenz';
import { paretoCurve, topShare } from '@/lib/analysis/pareto';
import { profitabilityMap } from '@/lib/analysis/profitMap';
import { whaleCurve } from '@/lib/analysis/whale';

const positive = fc.array(fc.double({ min: 0.01, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 300 });

describe('gini', () => {
  it.each([
    { values: [5, 5, 5, 5], expected: 0 },
    { values: [0, 0, 0, 1], expected: 0.75 },
    { values: [1, 2, 3, 4], expected: 0.25 },
    { values: [4, 1, 3, 2], expected: 0.25 },
    { values: [10], expected: 0 },
    { values: [], expected: 0 },
    { values: [-3, 0, 0, 3], expected: 0.75 },
  ])('$values → $expected', ({ values, expected }) => {
    expect(gini(values)).toBeCloseTo(expected, 12);
  });

  it('is within [0, 1) and unchanged by scaling (property)', () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0.001, max: 1000, noNaN: true }), (values, k) => {
        const g = gini(values);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        expect(gini(values.map((v) => v * k))).toBeCloseTo(g, 9);
      }),
    );
  });
});

describe('lorenz', () => {
  it('is the mirror of the Pareto curve (property)', () => {
    fc.assert(
      fc.property(positive, (values) => {
        const lorenz = lorenzCurve(values);
        const pareto = paretoCurve(values);
        lorenz.forEach((point, i) => {
          const mirror = pareto[pareto.length - 1 - i];
          expect(point.customerShare).toBeCloseTo(1 - (mirror?.customerShare ?? 0), 9);
          expect(point.valueShare).toBeCloseTo(1 - (mirror?.valueShare ?? 0), 9);
        });
      }),
    );
  });
});

describe('ABC', () => {
  // Ranked: 50 20 10 8 5 4 2 1 → cumulative before: 0 .5 .7 .8 .88 .93 .97 .99
  const values = [4, 50, 1, 10, 8, 20, 2, 5];

  it('classes by the share held by the customers above (A under 80%, B under 95%)', () => {
    expect(abcClasses(values)).toEqual(['B', 'A', 'C', 'A', 'B', 'A', 'C', 'B']);
    // Imported columns are typed arrays: the same classes, as letters.
    expect(abcClasses(Float64Array.from(values))).toEqual(['B', 'A', 'C', 'A', 'B', 'A', 'C', 'B']);
    const summary = abcSummary(values);
    expect(summary.counts).toEqual({ A: 3, B: 3, C: 2 });
    expect(summary.shares.A).toBeCloseTo(0.8, 12);
    expect(summary.shares.B).toBeCloseTo(0.17, 12);
    expect(summary.shares.C).toBeCloseTo(0.03, 12);
  });

  it('puts zero and negative customers in C and counts everyone once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 200 }), (list) => {
        const classes = abcClasses(list);
        const summary = abcSummary(list);
        expect(summary.counts.A + summary.counts.B + summary.counts.C).toBe(list.length);
        list.forEach((value, i) => {
          if (value <= 0) expect(classes[i]).toBe('C');
        });
        expect(classes.filter((c) => c === 'A').length).toBeGreaterThanOrEqual(summary.counts.A);
      }),
    );
  });
});

describe('whale curve', () => {
  it('rises above 100% with loss-makers and peaks where the last profitable customer is', () => {
    // Profits 60, 30, 20, -5, -5 → total 100; cumulative 60, 90, 110, 105, 100.
    const whale = whaleCurve([-5, 20, 60, -5, 30]);
    expect(whale.total).toBe(100);
    expect(whale.lossMakers).toBe(2);
    expect(whale.points.map((p) => p.valueShare)).toEqual([0, 0.6, 0.9, 1.1, 1.05, 1]);
    expect(whale.peak).toEqual({ valueShare: 1.1, customerShare: 0.6, count: 3 });
  });

  it('is empty when the list makes no profit in total', () => {
    expect(whaleCurve([-5, 3]).points).toEqual([]);
  });
});

describe('profitability map', () => {
  it('places customers by the average lines and picks out loss-makers', () => {
    const map = profitabilityMap([
      { id: 'a', name: 'A', revenue: 100, profit: 20 },
      { id: 'b', name: 'B', revenue: 80, profit: -4 },
      { id: 'c', name: 'C', revenue: 20, profit: 8 },
      { id: 'd', name: 'D', revenue: 0, profit: -4 },
    ]);
    expect(map.averageRevenue).toBe(50);
    expect(map.averageProfit).toBe(5);
    expect(map.customers.map((c) => c.quadrant)).toEqual([
      'bigProfitable',
      'bigUnprofitable',
      'smallProfitable',
      'smallUnprofitable',
    ]);
    expect(map.lossMakers).toBe(2);
    expect(map.extent).toEqual({ revenue: [0, 100], profit: [-4, 20] });
  });
});

describe('downsampling', () => {
  it('keeps at most the limit, the ends and the requested points, with a bounded error (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 50, maxLength: 3000 }),
        fc.integer({ min: 10, max: 500 }),
        (values, max) => {
          const curve = paretoCurve(values);
          const keepIndex = Math.floor(curve.length / 3);
          const { points, maxError } = downsampleCurve(curve, max, [keepIndex]);
          expect(points.length).toBeLessThanOrEqual(
            Math.max(max, curve.length <= max ? curve.length : max) + 1,
          );
          expect(points[0]).toEqual(curve[0]);
          expect(points.at(-1)).toEqual(curve.at(-1));
          if (curve.length > max) expect(points).toContainEqual(curve[keepIndex]);
          // Every dropped point lies within maxError of the straight line between its kept neighbours.
          let k = 0;
          for (const point of curve) {
            while (k < points.length - 1 && (points[k + 1]?.customerShare ?? 1) < point.customerShare) k += 1;
            const left = points[k];
            const right = points[Math.min(k + 1, points.length - 1)];
            if (!left || !right) continue;
            const span = right.customerShare - left.customerShare;
            const t = span > 0 ? (point.customerShare - left.customerShare) / span : 0;
            const line = left.valueShare + Math.min(1, Math.max(0, t)) * (right.valueShare - left.valueShare);
            expect(Math.abs(point.valueShare - line)).toBeLessThanOrEqual(maxError + 1e-9);
          }
        },
      ),
    );
  });
});

describe('analyseCustomers', () => {
  it('agrees with the single-purpose functions and draws at most 2,000 points (property)', () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0, max: 1, noNaN: true }), (values, fraction) => {
        const analysis = analyseCustomers(values);
        expect(analysis.gini).toBeCloseTo(gini(values), 9);
        const exact = topShare(values, fraction);
        expect(analysis.topShare(fraction).count).toBe(exact.count);
        // Positive values: the net total is positive, so the share is defined on both sides.
        expect(exact.share).toBeDefined();
        expect(analysis.topShare(fraction).share).toBeCloseTo(exact.share ?? Number.NaN, 9);
        expect(analysis.pareto.length).toBeLessThanOrEqual(2001);
      }),
      { numRuns: 60 },
    );
  });

  it('finds the fewest customers for a share', () => {
    const analysis = analyseCustomers([50, 20, 10, 5, 5, 4, 3, 1, 1, 1]);
    expect(analysis.customersFor(0.8)).toEqual({ count: 3, share: 0.8 });
    expect(analysis.customersFor(0.5)).toEqual({ count: 1, share: 0.5 });
    expect(analysis.customersFor(1)).toEqual({ count: 10, share: 1 });
  });

  it('keeps the whale peak when it downsamples a million-point curve', () => {
    const customers = generateCustomers({ n: 100_000, seed: 3, distribution: 'lognormal', shape: 1.2 });
    const analysis = analyseCustomers(
      customers.map((c) => c.revenue),
      customers.map((c) => c.profit),
    );
    expect(analysis.pareto.length).toBeLessThanOrEqual(2001);
    expect(analysis.whale?.points.length).toBeLessThanOrEqual(2002);
    const peak = analysis.whale?.peak.valueShare ?? 0;
    expect(Math.max(...(analysis.whale?.points.map((p) => p.valueShare) ?? []))).toBe(peak);
  });
});

describe('generateCustomers', () => {
  it('is deterministic for a seed, within limits, and more concentrated with a larger sigma', () => {
    const a = generateCustomers({ n: 500, seed: 7, distribution: 'lognormal', shape: 1 });
    expect(generateCustomers({ n: 500, seed: 7, distribution: 'lognormal', shape: 1 })).toEqual(a);
    expect(a).toHaveLength(500);
    expect(generateCustomers({ n: 3, seed: 1, distribution: 'pareto', shape: 1.5 })).toHaveLength(10);
    for (const c of a) {
      expect(c.revenue).toBeGreaterThan(0);
      expect(c.profit).toBe(c.grossProfit - c.costToServe);
    }
    const flat = gini(
      generateCustomers({ n: 2000, seed: 7, distribution: 'lognormal', shape: 0.3 }).map((c) => c.revenue),
    );
    const steep = gini(
      generateCustomers({ n: 2000, seed: 7, distribution: 'lognormal', shape: 2 }).map((c) => c.revenue),
    );
    expect(steep).toBeGreaterThan(flat + 0.3);
    expect(a.some((c) => c.profit < 0)).toBe(true);
  });
});
