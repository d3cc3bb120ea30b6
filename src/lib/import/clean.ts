/**
 * From parsed rows and a mapping to a clean customer list and a report of what was cleaned:
 * empty rows skipped, numbers read however they are written, cells that are not numbers reported
 * by row and column (and counted as missing, not fatal), rows of the same customer id summed
 * (and reported), negative revenue kept (and reported).
 * Amounts and order counts are summed over duplicated rows; rates and scores (collections,
 * growth potential, strategic value) are averaged.
 * Report-style sheets: a totals row (合计 / Total in the customer columns or the first column) is
 * left out, title lines above the header are reported, and amounts whose header states 万元 /
 * 千元 are scaled into yuan (see reportStyle.ts); all three are said in the report.
 */
import { FIELD_ORDER } from './headers';
import { IdIndex } from './idIndex';
import { BAD_CELLS_LISTED, IDS_LISTED } from './limits';
import { checkMapping } from './mapping';
import { parseNumber } from './numbers';
import { isTotalsLabel, scaled, titleLines, unitFactor } from './reportStyle';
import { cellText, isEmptyRow, type TableShape } from './table';
import type {
  Cell,
  CustomerField,
  ImportedCustomer,
  ImportedList,
  ImportResult,
  ImportReport,
  Mapping,
  ValueField,
} from './types';

const AVERAGED: ReadonlySet<ValueField> = new Set(['collections', 'growthPotential', 'strategicValue']);
/** Fields that are money, so a unit in their header (万元) scales them; counts and rates are not. */
const AMOUNTS: ReadonlySet<ValueField> = new Set(['revenue', 'grossProfit', 'profit', 'costToServe']);

/**
 * values[field] = value, with the field named in each store: one row's values object is filled
 * on every row, and V8 stores to named properties faster than to a property picked at run time.
 */
function setValue(values: Partial<Record<ValueField, number>>, field: ValueField, value: number): void {
  switch (field) {
    case 'revenue':
      values.revenue = value;
      break;
    case 'grossProfit':
      values.grossProfit = value;
      break;
    case 'profit':
      values.profit = value;
      break;
    case 'costToServe':
      values.costToServe = value;
      break;
    case 'orders':
      values.orders = value;
      break;
    case 'collections':
      values.collections = value;
      break;
    case 'growthPotential':
      values.growthPotential = value;
      break;
    case 'strategicValue':
      values.strategicValue = value;
      break;
  }
}

export interface CleanOptions {
  /** Called every `progressEvery` rows with the share of rows done. */
  onProgress?: (fraction: number) => void;
  progressEvery?: number;
}

export function cleanTable(
  rows: readonly (readonly Cell[])[],
  shape: Pick<TableShape, 'headerRow' | 'header' | 'decimalComma' | 'numeric'>,
  mapping: Mapping,
  options: CleanOptions = {},
): ImportResult<{ list: ImportedList }> {
  const customerOptional = shape.headerRow === -1 && shape.numeric.every(Boolean);
  const checked = checkMapping(mapping, customerOptional);
  if (!checked.ok) return checked;

  const idColumn = mapping.indexOf('id');
  const nameColumn = mapping.indexOf('name');
  const valueColumns: { column: number; field: ValueField; name: string; factor: number }[] = [];
  const scaledColumns: ImportReport['scaledColumns'] = [];
  mapping.forEach((field, column) => {
    if (field && field !== 'id' && field !== 'name') {
      const name = shape.header[column] ?? '';
      // Only a real header states a unit (without one, `name` is the column letter).
      const factor = shape.headerRow !== -1 && AMOUNTS.has(field) ? unitFactor(name) : 1;
      if (factor !== 1) scaledColumns.push({ column: name, factor });
      valueColumns.push({ column, field, name, factor });
    }
  });
  // Where a totals row names itself: the customer columns, and the first column (a report's
  // "合计" often sits under a row number or region column that is not mapped).
  const labelColumns = [...new Set([0, idColumn, nameColumn].filter((c) => c !== -1))];

  const report: ImportReport = {
    rowsRead: 0,
    rowsKept: 0,
    emptySkipped: 0,
    duplicates: [],
    duplicateCount: 0,
    negativeRevenue: [],
    negativeCount: 0,
    badCells: [],
    badCellCount: 0,
    missingIds: [],
    missingIdCount: 0,
    missingRevenue: 0,
    totalsRows: [],
    totalsCount: 0,
    titleLines: titleLines(rows, shape.headerRow),
    scaledColumns,
  };
  const customers: ImportedCustomer[] = [];
  const rowsOf = new Map<number, number>();
  const averaged = new Map<number, Partial<Record<ValueField, number>>>();
  const start = shape.headerRow + 1;
  const total = rows.length - start;
  const every = options.progressEvery ?? 20_000;
  const { decimalComma } = shape;
  // Customer id → its index in `customers` (typed arrays, see idIndex.ts); the rarer duplicates
  // keep their counts aside, so a list without duplicates allocates nothing per row beyond the
  // customer itself.
  const byId = new IdIndex(Math.max(0, total));

  for (let r = start; r < rows.length; r += 1) {
    if (options.onProgress && (r - start) % every === 0 && r > start) options.onProgress((r - start) / total);
    const row = rows[r] as readonly Cell[];
    report.rowsRead += 1;
    if (isEmptyRow(row)) {
      report.emptySkipped += 1;
      continue;
    }
    const rowNumber = r + 1;
    let totalsLabel: string | undefined;
    for (const c of labelColumns) {
      const cell = row[c];
      if (typeof cell !== 'string') continue;
      if (isTotalsLabel(cell)) {
        totalsLabel = cell.trim();
        break;
      }
    }
    if (totalsLabel !== undefined) {
      report.totalsCount += 1;
      if (report.totalsRows.length < IDS_LISTED)
        report.totalsRows.push({ row: rowNumber, label: totalsLabel });
      continue;
    }
    const idText = idColumn === -1 ? '' : cellText(row[idColumn]);
    const nameText = nameColumn === -1 ? '' : cellText(row[nameColumn]);
    let id = idText || nameText;
    if (!id) {
      id = `#${rowNumber}`;
      if (!customerOptional) {
        report.missingIdCount += 1;
        if (report.missingIds.length < IDS_LISTED) report.missingIds.push(rowNumber);
      }
    }
    const values: Partial<Record<ValueField, number>> = {};
    for (const { column, field, name, factor } of valueColumns) {
      const cell = row[column];
      const value = parseNumber(cell, decimalComma);
      if (value === null) continue;
      if (Number.isNaN(value)) {
        report.badCellCount += 1;
        if (report.badCells.length < BAD_CELLS_LISTED)
          report.badCells.push({ row: rowNumber, column: name, value: cellText(cell).slice(0, 40) });
        continue;
      }
      setValue(values, field, scaled(value, factor));
    }
    if (values.revenue === undefined) report.missingRevenue += 1;
    report.rowsKept += 1;

    const existing = byId.indexOrAdd(id);
    if (existing === -1) {
      customers.push({ id, name: nameText || id, values });
      continue;
    }
    rowsOf.set(existing, (rowsOf.get(existing) ?? 1) + 1);
    const merged = (customers[existing] as ImportedCustomer).values;
    for (const key of Object.keys(values) as ValueField[]) {
      const value = values[key] as number;
      const before = merged[key];
      if (AVERAGED.has(key)) {
        // Running mean over the rows that had a value.
        const counts = averaged.get(existing) ?? {};
        averaged.set(existing, counts);
        const n = (counts[key] ?? (before === undefined ? 0 : 1)) + 1;
        counts[key] = n;
        merged[key] = before === undefined ? value : before + (value - before) / n;
      } else merged[key] = (before ?? 0) + value;
    }
  }

  for (const [index, rows] of rowsOf) {
    const customer = customers[index] as ImportedCustomer;
    report.duplicateCount += 1;
    if (report.duplicates.length < IDS_LISTED) report.duplicates.push({ id: customer.id, rows });
    // Sums of decimals (0.1 + 0.2) lose their floating-point noise, so totals are right to the cent.
    const merged = customer.values;
    for (const key of Object.keys(merged) as ValueField[])
      merged[key] = Number((merged[key] as number).toPrecision(15));
  }
  for (const customer of customers) {
    const revenue = customer.values.revenue;
    if (revenue !== undefined && revenue < 0) {
      report.negativeCount += 1;
      if (report.negativeRevenue.length < IDS_LISTED) report.negativeRevenue.push(customer.id);
    }
  }
  const present = new Set<CustomerField>(mapping.filter((f): f is CustomerField => f !== null));
  present.add('id');
  present.add('name');
  const fields = FIELD_ORDER.filter((field) => present.has(field));
  options.onProgress?.(1);
  return { ok: true, list: { customers, fields, report } };
}
