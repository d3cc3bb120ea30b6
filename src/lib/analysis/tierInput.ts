/**
 * The classifier's input: a customer list as columns (one Float64Array per criterion, NaN where a
 * value is missing), built from a sample list or from an imported list (src/lib/import/types.ts:
 * its value fields are exactly the classifier's criteria).
 */
import type { CustomerField, ImportedCustomer, ValueField } from '../import/types';
import { criteria, type Criterion } from './tierCriteria';

/** Only the parts of ImportedList the classifier reads. */
export interface ImportedListLike {
  customers: readonly ImportedCustomer[];
  fields: readonly CustomerField[];
}

/** Serialisable rows (what an Astro page hands an island). */
export interface TierRows {
  ids: string[];
  names: string[];
  columns: Partial<Record<Criterion, (number | null)[]>>;
  /** Years as a customer, only for the capstone case's own rule (./tierCaseRule.ts); never a criterion. */
  years?: number[];
  /** Amounts per ¥10,000 (1 in the file's unit, 10 in ¥ thousand), for the case rule's thresholds. */
  unitScale?: number;
}

export interface TierData {
  ids: string[];
  names: string[];
  columns: Partial<Record<Criterion, Float64Array>>;
}

const toColumn = (values: readonly (number | null | undefined)[]) =>
  Float64Array.from(values, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN));

export function fromRows(rows: TierRows): TierData {
  const columns: TierData['columns'] = {};
  for (const criterion of criteria) {
    const values = rows.columns[criterion];
    if (values && values.length === rows.ids.length) columns[criterion] = toColumn(values);
  }
  return { ids: rows.ids, names: rows.names, columns };
}

/** An imported list: every mapped numeric field becomes a column; a name defaults to the id. */
export function fromImportedList(list: ImportedListLike): TierData {
  const ids = list.customers.map((c) => c.id);
  const names = list.customers.map((c) => c.name || c.id);
  const columns: TierData['columns'] = {};
  for (const criterion of criteria) {
    if (!list.fields.includes(criterion)) continue;
    columns[criterion] = toColumn(list.customers.map((c) => c.values[criterion]));
  }
  // Customer profit after the cost to serve, when the list gives its two parts but not the result.
  if (!columns.profit && columns.grossProfit && columns.costToServe) {
    const gross = columns.grossProfit;
    const cost = columns.costToServe;
    columns.profit = gross.map((g, i) => g - (cost[i] as number));
  }
  return { ids, names, columns };
}

/** Criteria the list has at least one value for. */
export function availableCriteria(data: TierData): Criterion[] {
  return criteria.filter((c) => {
    const column = data.columns[c];
    return column !== undefined && column.some((v) => Number.isFinite(v));
  });
}

/** The profit the lead rule reads: customer profit, else gross profit; undefined if neither. */
export function profitColumn(data: TierData): Float64Array | undefined {
  return data.columns.profit ?? data.columns.grossProfit;
}

/**
 * The list with a column for every 1–5 criterion: a missing one is filled with 3 for everyone (no
 * spread, so it moves no score until the learner scores customers in the table).
 */
export function withScoredColumns(data: TierData, scored: readonly Criterion[]): TierData {
  const columns = { ...data.columns };
  for (const criterion of scored) {
    if (!columns[criterion]) columns[criterion] = new Float64Array(data.ids.length).fill(3);
  }
  return { ...data, columns };
}

/** The list with the learner's edits to 1–5 scores applied (by customer index). */
export function withEdits(
  data: TierData,
  edits: Readonly<Record<string, Partial<Record<Criterion, number>>>>,
): TierData {
  const keys = Object.keys(edits);
  if (keys.length === 0) return data;
  const columns = { ...data.columns };
  const copied = new Set<Criterion>();
  for (const key of keys) {
    const index = Number(key);
    for (const [criterion, value] of Object.entries(edits[key] ?? {}) as [Criterion, number][]) {
      const column = columns[criterion];
      if (!column || !(index >= 0 && index < column.length)) continue;
      if (!copied.has(criterion)) {
        columns[criterion] = Float64Array.from(column);
        copied.add(criterion);
      }
      (columns[criterion] as Float64Array)[index] = value;
    }
  }
  return { ...data, columns };
}

// The import's value fields and the classifier's criteria must stay one set: this fails to
// compile if either side gains a field the other lacks.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const importFieldsMatchCriteria: Same<ValueField, Criterion> = true;
