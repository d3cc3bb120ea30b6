import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { caseRuleCounts, caseRuleTier } from '@/lib/analysis/tierCaseRule';

const csv = readFileSync(
  new URL('../../content/datasets/capstone-four-tiers-12.csv', import.meta.url),
  'utf8',
);
const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map(
  (r) => ({
    id: r['customer_id'] ?? '',
    revenue: Number(r['revenue']),
    profit: Number(r['profit']),
    years: Number(r['years_as_customer']),
  }),
);

describe('the capstone case rule on content/datasets/capstone-four-tiers-12.csv', () => {
  it("gives the lesson's counts: 2 platinum, 2 gold, 5 iron, 3 lead", () => {
    expect(caseRuleCounts(rows)).toEqual([2, 2, 5, 3]);
  });

  it("puts each customer where the lesson's model answer does", () => {
    const byTier = [0, 1, 2, 3].map((t) => rows.filter((r) => caseRuleTier(r) === t).map((r) => r.id));
    expect(byTier).toEqual([
      ['A', 'B'],
      ['C', 'D'],
      ['E', 'F', 'G', 'H', 'L'],
      ['I', 'J', 'K'],
    ]);
  });

  it('E is held out of gold only by its one year as a customer', () => {
    const e = rows.find((r) => r.id === 'E')!;
    expect(caseRuleTier(e)).toBe(2);
    expect(caseRuleTier({ ...e, years: 3 })).toBe(1);
  });

  it('I is third by revenue, after A and B', () => {
    expect(
      [...rows]
        .sort((a, b) => b.revenue - a.revenue)
        .map((r) => r.id)
        .slice(0, 3),
    ).toEqual(['A', 'B', 'I']);
  });
});
