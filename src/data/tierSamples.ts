/**
 * The sample customer lists for the tier classifier: every column of content/datasets/*.csv plus
 * seeded default 1–5 scores for collections, growth potential and strategic value (the files have
 * no such columns; the learner edits the scores in the classifier's table). Built at build time.
 */
import Papa from 'papaparse';
import distributor from '../../content/datasets/distributor-300.csv?raw';
import industrial from '../../content/datasets/industrial-supplier-120.csv?raw';
import software from '../../content/datasets/software-vendor-60.csv?raw';
import capstone from '../../content/datasets/capstone-four-tiers-12.csv?raw';
import { seededScores } from '@/lib/analysis/seededScores';
import type { TierRows } from '@/lib/analysis/tierInput';
import type { TierSample } from '@/lib/analysis/tierState';
import { amountCriteria } from '@/lib/analysis/tierCriteria';
import { datasetUnitScale, scaleAmounts } from '@/lib/analysis/datasetUnit';
import type { Locale } from '@/i18n/locales';

/** The seed of the default scores; changing it changes every sample's scores. */
export const SCORE_SEED = 2026;

function rows(csv: string): TierRows {
  const records = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const ids = records.map((r) => r['customer_id'] ?? '');
  const revenue = records.map((r) => Number(r['revenue']));
  const grossProfit = records.map((r) => Number(r['gross_profit']));
  const costToServe = records.map((r) => Number(r['cost_to_serve']));
  const profit = grossProfit.map((g, i) => g - (costToServe[i] ?? 0));
  const scores = seededScores(
    ids,
    revenue,
    profit.map((p, i) => p / Math.max(1, revenue[i] ?? 1)),
    SCORE_SEED,
  );
  return {
    ids,
    names: ids,
    columns: {
      revenue,
      grossProfit,
      profit,
      costToServe,
      orders: records.map((r) => Number(r['orders'])),
      collections: scores.map((s) => s.collections),
      growthPotential: scores.map((s) => s.growthPotential),
      strategicValue: scores.map((s) => s.strategicValue),
    },
  };
}

/**
 * The twelve customers of the module 8 capstone case (lesson 05-four-tiers), in ¥10,000 (the file's
 * unit; tierSamplesFor shows them in the edition's unit): revenue,
 * customer profit, and a growth-potential score read from the case's notes (L a fast-growing
 * start-up, E a new customer buying heavily). The case gives no other criterion.
 */
function capstoneRows(csv: string): TierRows {
  const records = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return {
    ids: records.map((r) => r['customer_id'] ?? ''),
    names: records.map((r) => r['customer_id'] ?? ''),
    columns: {
      revenue: records.map((r) => Number(r['revenue'])),
      profit: records.map((r) => Number(r['profit'])),
      growthPotential: records.map((r) => Number(r['growth_potential'])),
    },
    years: records.map((r) => Number(r['years_as_customer'])),
    unitScale: 1,
  };
}

export const tierSamples: Record<TierSample, TierRows> = {
  'industrial-supplier': rows(industrial),
  distributor: rows(distributor),
  'software-vendor': rows(software),
  'capstone-12': capstoneRows(capstone),
};

/**
 * The samples as a locale's edition shows them: the capstone list in its unit (×10 → ¥ thousand in
 * English, see datasetUnit.ts), with the scale kept so the case rule's thresholds follow.
 */
export function tierSamplesFor(locale: Locale): Record<TierSample, TierRows> {
  const scale = datasetUnitScale[locale];
  const case12 = tierSamples['capstone-12'];
  const columns = { ...case12.columns };
  // Every money column, the same set whose cut-offs tierUrl.ts converts for shared links.
  for (const criterion of amountCriteria) {
    const column = columns[criterion];
    if (column) columns[criterion] = scaleAmounts(column, scale);
  }
  return { ...tierSamples, 'capstone-12': { ...case12, columns, unitScale: scale } };
}
