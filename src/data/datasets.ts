/** The sample customer lists of content/datasets/, parsed at build time for the simulators. */
import Papa from 'papaparse';
import distributor from '../../content/datasets/distributor-300.csv?raw';
import industrial from '../../content/datasets/industrial-supplier-120.csv?raw';
import software from '../../content/datasets/software-vendor-60.csv?raw';
import sixCustomers from '../../content/datasets/capstone-six-customers-15.csv?raw';
import type { SampleDataset } from '@/lib/analysis/simulatorState';
import { datasetUnitScale, scaleAmounts } from '@/lib/analysis/datasetUnit';
import type { Locale } from '@/i18n/locales';

export interface CustomerColumns {
  ids: string[];
  revenue: number[];
  profit: number[];
}

function columns(csv: string): CustomerColumns {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return {
    ids: rows.map((row) => row['customer_id'] ?? ''),
    revenue: rows.map((row) => Number(row['revenue'])),
    profit: rows.map((row) => Number(row['gross_profit']) - Number(row['cost_to_serve'])),
  };
}

export const sampleData: Record<SampleDataset, CustomerColumns> = {
  'industrial-supplier': columns(industrial),
  distributor: columns(distributor),
  'software-vendor': columns(software),
};

/**
 * Customer lists that belong to one lesson (the figures its text works through), as in the file:
 * ¥10,000. Lessons read them through lessonDataFor, in their edition's unit.
 */
export const lessonData = {
  /** Capstone case 1: the fifteen customers of m08/01 (C1–C6 as in its tables, C7–C15 summing to its "other nine" row). */
  'six-customers': columns(sixCustomers),
} as const;

export type LessonDataset = keyof typeof lessonData;

/** A lesson's list in the unit of the locale's edition (see datasetUnit.ts): ¥10,000 in Chinese, ¥ thousand in English. */
export function lessonDataFor(dataset: LessonDataset, locale: Locale): CustomerColumns {
  const data = lessonData[dataset];
  const scale = datasetUnitScale[locale];
  return {
    ids: data.ids,
    revenue: scaleAmounts(data.revenue, scale),
    profit: scaleAmounts(data.profit, scale),
  };
}
