import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadMask } from '@/lib/analysis/leadRule';
import { quadrantOf, valueAxes } from '@/lib/analysis/quadrants';
import { compareTiers } from '@/lib/analysis/tierComparison';
import { classify, defaultCuts, roundCut } from '@/lib/analysis/tierClassifier';
import { fromRows } from '@/lib/analysis/tierInput';
import { shareCounts, tiersByCutoffs, tiersByShares, tiersByThresholds } from '@/lib/analysis/tiering';
import { defaultTierSettings, type TierSettings } from '@/lib/analysis/tierState';
import { tierSummary } from '@/lib/analysis/tierSummary';
import { normaliseAll } from '@/lib/analysis/weightedScore';
import type { Criterion } from '@/lib/analysis/tierCriteria';

const col = (...values: number[]) => Float64Array.from(values);
const list = (tiers: Uint8Array) => [...tiers];

// The capstone case of module 8 (lesson 05-four-tiers): revenue and customer profit, A to L.
const caseIds = 'ABCDEFGHIJKL'.split('');
const caseRevenue = col(820, 640, 380, 300, 260, 150, 120, 90, 540, 70, 60, 40);
const caseProfit = col(98, 70, 42, 27, 26, 12, 9, 6, 8, -4, 1, 2);

describe('tiering', () => {
  it.each([
    { n: 100, shares: [5, 15, 50], expected: [5, 20, 70] },
    { n: 12, shares: [5, 15, 50], expected: [1, 2, 8] },
    { n: 10, shares: [5, 15, 50], expected: [1, 2, 7] },
    { n: 3, shares: [0, 0, 100], expected: [0, 0, 3] },
  ] as const)('counts $shares of $n customers as $expected', ({ n, shares, expected }) => {
    expect(shareCounts(n, shares)).toEqual(expected);
  });

  it.each([
    {
      name: 'top 5 / 15 / 50 of 20',
      scores: Array.from({ length: 20 }, (_, i) => 20 - i),
      lead: [],
      expected: [0, 1, 1, 1, ...Array(10).fill(2), ...Array(6).fill(3)],
    },
    {
      name: 'ties keep the list order',
      scores: [5, 9, 9, 9, 1, 1, 1, 1, 1, 1],
      lead: [],
      expected: [2, 0, 1, 2, 2, 2, 2, 3, 3, 3],
    },
    {
      name: 'a lead-rule customer leaves its place empty',
      scores: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
      lead: [0],
      expected: [3, 0, 1, 2, 2, 2, 2, 2, 3, 3],
    },
  ])('by target shares: $name', ({ scores, lead, expected }) => {
    const mask = new Uint8Array(scores.length);
    for (const i of lead) mask[i] = 1;
    expect(list(tiersByShares(Float64Array.from(scores), [5, 15, 50], mask))).toEqual(expected);
  });

  it('by score thresholds and by an indicator’s cut-offs', () => {
    expect(list(tiersByThresholds(col(95, 70, 69.9, 20, 0), [70, 45, 20]))).toEqual([0, 0, 1, 2, 3]);
    // Method 1 on the case's revenue with cut-offs 500 / 200 / 100, lead rule applied.
    const lead = leadMask(caseProfit, caseRevenue, 2, 12);
    expect(list(tiersByCutoffs(caseRevenue, [500, 200, 100], lead))).toEqual([
      0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3,
    ]);
  });

  it('derives method 1 cut-offs a person could have written', () => {
    expect(roundCut(466_600)).toBe(460_000);
    expect(roundCut(8.37)).toBe(8.3);
    expect(defaultCuts(caseRevenue, [5, 15, 50])).toEqual([820, 640, 120]);
  });
});

describe('the lead rule', () => {
  it.each([
    { name: 'the capstone rule: a loss or a margin under 2%', margin: 2, expected: ['I', 'J', 'K'] },
    { name: 'a stricter 5% line also catches L', margin: 5.1, expected: ['I', 'J', 'K', 'L'] },
    { name: 'at 0% only the loss-maker', margin: 0, expected: ['J'] },
  ])('$name', ({ margin, expected }) => {
    const mask = leadMask(caseProfit, caseRevenue, margin, 12);
    expect(caseIds.filter((_, i) => mask[i])).toEqual(expected);
  });

  it('flags no one without a profit column, and only losses without revenue', () => {
    expect(list(leadMask(undefined, caseRevenue, 2, 12))).toEqual(Array(12).fill(0));
    expect(list(leadMask(col(5, -1, 0), undefined, 2, 3))).toEqual([0, 1, 0]);
  });
});

describe('the pyramid’s figures and the comparison', () => {
  it('matches the capstone model answer (A, B platinum; C, D gold; E–H, L iron; I–K lead)', () => {
    const tiers = Uint8Array.from([0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 2]);
    const summary = tierSummary(tiers, caseRevenue, caseProfit);
    expect(summary.map((t) => [t.count, t.revenue, t.profit])).toEqual([
      [2, 1460, 168],
      [2, 680, 69],
      [5, 660, 55],
      [3, 670, 5],
    ]);
    expect(summary[0]?.revenueShare).toBeCloseTo(0.421, 3);
    expect(summary[0]?.profitShare).toBeCloseTo(0.566, 3);
    expect(summary[3]?.profitShare).toBeCloseTo(0.017, 3);
  });

  it('has no share when the total is not positive', () => {
    const summary = tierSummary(Uint8Array.from([0, 3]), col(10, 5), col(-5, -1));
    expect(summary[0]?.profitShare).toBeUndefined();
    expect(summary[0]?.revenueShare).toBeCloseTo(10 / 15);
  });

  it('counts the customers that change tier between the methods', () => {
    const { changed, moves } = compareTiers(
      Uint8Array.from([0, 1, 2, 3, 3]),
      Uint8Array.from([0, 2, 2, 3, 1]),
    );
    expect(changed).toBe(2);
    expect(moves[1]?.[2]).toBe(1);
    expect(moves[3]?.[1]).toBe(1);
    expect(moves.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('current and potential value', () => {
  it.each([
    { current: 80, potential: 90, expected: 0 },
    { current: 80, potential: 10, expected: 1 },
    { current: 20, potential: 50, expected: 2 },
    { current: 49.9, potential: 49.9, expected: 3 },
  ])('($current, $potential) falls in quadrant $expected', ({ current, potential, expected }) => {
    expect(quadrantOf(current, potential)).toBe(expected);
  });

  it('scores potential on growth and strategic value, equally when they carry no weight', () => {
    const data = fromRows({
      ids: ['X', 'Y'],
      names: ['X', 'Y'],
      columns: { revenue: [500, 200], growthPotential: [1, 5], strategicValue: [3, 3] },
    });
    const axes = valueAxes(
      normaliseAll(data, 'minmax'),
      { revenue: 100 },
      ['revenue', 'growthPotential', 'strategicValue'],
      2,
    );
    expect([...axes.current]).toEqual([100, 0]);
    expect([...axes.potential]).toEqual([25, 75]);
    expect([...axes.quadrant]).toEqual([1, 2]); // X: maintain, Y: develop (the lesson's X and Y)
  });
});

// ——— properties ———

const customerList = fc
  .array(
    fc.record({
      revenue: fc.integer({ min: 0, max: 1_000_000 }),
      profit: fc.integer({ min: -50_000, max: 300_000 }),
      growthPotential: fc.integer({ min: 1, max: 5 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) => ({
    ids: rows.map((_, i) => `C${i}`),
    names: rows.map((_, i) => `C${i}`),
    columns: {
      revenue: rows.map((r) => r.revenue),
      profit: rows.map((r) => r.profit),
      growthPotential: rows.map((r) => r.growthPotential),
    },
  }));

const available: Criterion[] = ['revenue', 'profit', 'growthPotential'];
const settingsArb = fc.record({
  norm: fc.constantFrom('minmax' as const, 'rank' as const),
  mode: fc.constantFrom('shares' as const, 'thresholds' as const),
  weights: fc
    .integer({ min: 1, max: 100 })
    .chain((r) =>
      fc
        .integer({ min: 0, max: 100 - r })
        .map((p) => ({ revenue: r, profit: p, growthPotential: 100 - r - p })),
    ),
});

describe('properties of the classifier', () => {
  it('raising one customer’s revenue never lowers its tier when revenue has positive weight (lead rule off)', () => {
    fc.assert(
      fc.property(
        customerList,
        settingsArb,
        fc.nat(),
        fc.integer({ min: 1, max: 2_000_000 }),
        (rows, s, pick, raise) => {
          const settings: TierSettings = { ...defaultTierSettings, ...s, lead: false };
          const i = pick % rows.ids.length;
          const before = fromRows(rows);
          const afterRows = { ...rows, columns: { ...rows.columns, revenue: [...rows.columns.revenue] } };
          afterRows.columns.revenue[i] = (afterRows.columns.revenue[i] ?? 0) + raise;
          const after = fromRows(afterRows);
          const a = classify(before, normaliseAll(before, s.norm), available, settings);
          const b = classify(after, normaliseAll(after, s.norm), available, settings);
          expect(b.method2[i]).toBeLessThanOrEqual(a.method2[i] as number);
          expect(b.method1[i]).toBeLessThanOrEqual(a.method1[i] as number);
        },
      ),
    );
  });

  it('tiers partition the customers and the shares add up to 100%', () => {
    fc.assert(
      fc.property(customerList, settingsArb, fc.boolean(), (rows, s, lead) => {
        const data = fromRows(rows);
        const result = classify(data, normaliseAll(data, s.norm), available, {
          ...defaultTierSettings,
          ...s,
          lead,
        });
        for (const [tiers, summary] of [
          [result.method1, result.summary1],
          [result.method2, result.summary2],
        ] as const) {
          expect(tiers.every((t) => t >= 0 && t <= 3)).toBe(true);
          expect(summary.reduce((a, t) => a + t.count, 0)).toBe(rows.ids.length);
          const revenueShares = summary.map((t) => t.revenueShare);
          if (revenueShares.every((v) => v !== undefined))
            expect(revenueShares.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeCloseTo(1, 9);
          const profitShares = summary.map((t) => t.profitShare);
          if (profitShares.every((v) => v !== undefined))
            expect(profitShares.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeCloseTo(1, 9);
        }
        // Every lead-rule customer is lead by both methods.
        result.lead.forEach((flag, i) => {
          if (flag) expect([result.method1[i], result.method2[i]]).toEqual([3, 3]);
        });
      }),
    );
  });

  it('by target shares, no tier above lead holds more than its share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (scores) => {
          const tiers = tiersByShares(Float64Array.from(scores), [5, 15, 50]);
          const counts = [0, 1, 2, 3].map((t) => tiers.filter((x) => x === t).length);
          const cumulative = shareCounts(scores.length, [5, 15, 50]);
          expect(counts[0]).toBe(cumulative[0]);
          expect((counts[0] ?? 0) + (counts[1] ?? 0)).toBe(cumulative[1]);
          expect((counts[0] ?? 0) + (counts[1] ?? 0) + (counts[2] ?? 0)).toBe(cumulative[2]);
        },
      ),
    );
  });
});
