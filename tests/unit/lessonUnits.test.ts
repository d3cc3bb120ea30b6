/**
 * The capstone lessons' tables against the datasets the embedded tools read
 * (content/datasets/capstone-*.csv, in ¥10,000): in each edition every amount in the tables is the
 * file's figure × that edition's unit scale (src/lib/analysis/datasetUnit.ts: 1 in Chinese, 10 →
 * ¥ thousand in English), and the case rule's thresholds in the text follow the same scale. So a
 * table, the dataset and the tools cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetUnitScale } from '@/lib/analysis/datasetUnit';
import { CASE_THRESHOLDS, caseRuleTier } from '@/lib/analysis/tierCaseRule';
import { lessonDataFor } from '@/data/datasets';
import { tierSamplesFor } from '@/data/tierSamples';
import { locales } from '@/i18n/locales';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(read(`content/datasets/${name}`), { header: true, skipEmptyLines: true })
    .data;

/** Body rows of every Markdown table in the file, in order, each as its cells. */
function tables(mdx: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of mdx.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = line
      .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
      .split('|')
      .map((c) => c.trim());
    if (!current) {
      current = [];
      found.push(current); // the header row is skipped: the next line is the delimiter
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    current.push(cells);
  }
  return found;
}

/** "1,500" → 1500, "−36" → −36 (the lessons write a true minus sign). */
const amount = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, '').replace('−', '-'));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const six = csv('capstone-six-customers-15.csv').map((r) => ({
  id: r['customer_id'] ?? '',
  revenue: Number(r['revenue']),
  gross: Number(r['gross_profit']),
  cost: Number(r['cost_to_serve']),
}));
const twelve = csv('capstone-four-tiers-12.csv').map((r) => ({
  id: r['customer_id'] ?? '',
  revenue: Number(r['revenue']),
  profit: Number(r['profit']),
  years: Number(r['years_as_customer']),
}));

describe.each(locales)('capstone lesson tables (%s) equal the datasets × the unit scale', (locale) => {
  const scale = datasetUnitScale[locale];

  it('case 1: revenue, profit, gross profit and cost to serve of C1–C6, the other nine and the total', () => {
    const [figures, detail] = tables(read(`content/lessons/${locale}/m08-capstone/01-six-customers.mdx`));
    expect(figures).toHaveLength(8);
    six.slice(0, 6).forEach((c, i) => {
      const row = figures![i]!;
      expect(row[0]).toBe(c.id);
      expect([amount(row[1]), amount(row[2])]).toEqual([c.revenue * scale, (c.gross - c.cost) * scale]);
      const d = detail![i]!;
      expect(d[0]).toBe(c.id);
      expect([amount(d[3]), amount(d[4])]).toEqual([c.gross * scale, c.cost * scale]);
    });
    const rest = six.slice(6);
    expect([amount(figures![6]![1]), amount(figures![6]![2])]).toEqual([
      sum(rest.map((c) => c.revenue)) * scale,
      sum(rest.map((c) => c.gross - c.cost)) * scale,
    ]);
    expect([amount(figures![7]![1]), amount(figures![7]![2])]).toEqual([
      sum(six.map((c) => c.revenue)) * scale,
      sum(six.map((c) => c.gross - c.cost)) * scale,
    ]);
  });

  it("case 1: the lesson's map reads the same figures", () => {
    const data = lessonDataFor('six-customers', locale);
    expect(data.revenue).toEqual(six.map((c) => c.revenue * scale));
    expect(data.profit).toEqual(six.map((c) => (c.gross - c.cost) * scale));
  });

  const mdx5 = read(`content/lessons/${locale}/m08-capstone/05-four-tiers.mdx`);
  const [list, byTier] = tables(mdx5);

  it('case 5: revenue and profit of A–L and the total', () => {
    expect(list).toHaveLength(13);
    twelve.forEach((c, i) => {
      const row = list![i]!;
      expect(row[0]).toBe(c.id);
      expect([amount(row[1]), amount(row[2]), amount(row[4])]).toEqual([
        c.revenue * scale,
        c.profit * scale,
        c.years,
      ]);
    });
    expect([amount(list![12]![1]), amount(list![12]![2])]).toEqual([
      sum(twelve.map((c) => c.revenue)) * scale,
      sum(twelve.map((c) => c.profit)) * scale,
    ]);
  });

  it("case 5: the tier table's members, counts and sums follow the case rule on the shown figures", () => {
    const shown = twelve.map((c) => ({ ...c, revenue: c.revenue * scale, profit: c.profit * scale }));
    [0, 1, 2, 3].forEach((tier) => {
      const row = byTier![tier]!;
      const members = shown.filter((c) => caseRuleTier(c, scale) === tier);
      expect(row[1]!.split(/[,、]\s*/)).toEqual(members.map((c) => c.id));
      expect(amount(row[2])).toBe(members.length);
      expect(amount(row[3])).toBe(sum(members.map((c) => c.revenue)));
      expect(amount(row[5])).toBe(sum(members.map((c) => c.profit)));
    });
  });

  it("case 5: the rule's thresholds in the text are the rule's own × the scale", () => {
    const { platinum, gold } = CASE_THRESHOLDS;
    const numbers = (line: string | undefined) =>
      [...(line ?? '').matchAll(/\d[\d,]*/g)].map((m) => amount(m[0]));
    const lines = mdx5.split('\n');
    // The numbered rule: "2. **Platinum:** …" and "3. **Gold:** …" (the list numbers come first).
    expect(numbers(lines.find((l) => l.startsWith('2. **')))).toEqual([
      2,
      platinum.revenue * scale,
      platinum.profit * scale,
    ]);
    expect(numbers(lines.find((l) => l.startsWith('3. **')))).toEqual([
      3,
      gold.revenue * scale,
      gold.profit * scale,
      gold.years,
    ]);
  });

  it("case 5: the classifier's sample is in the same unit and its case rule gives the lesson's counts", () => {
    const rows = tierSamplesFor(locale)['capstone-12'];
    expect(rows.columns.revenue).toEqual(twelve.map((c) => c.revenue * scale));
    expect(rows.unitScale).toBe(scale);
    const tiers = twelve.map((c, i) =>
      caseRuleTier(
        { revenue: rows.columns.revenue![i]!, profit: rows.columns.profit![i]!, years: c.years },
        rows.unitScale,
      ),
    );
    expect([0, 1, 2, 3].map((t) => tiers.filter((x) => x === t).length)).toEqual([2, 2, 5, 3]);
  });
});
