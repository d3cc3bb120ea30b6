/**
 * From parsed rows and a mapping to a clean customer list and a report of what was cleaned:
 * empty rows skipped, numbers read however they are written, cells that are not numbers reported
 * by row and column (and counted as missing, not fatal), rows of the same customer id summed
 * (and reported), negative revenue kept (and reported).
 * Amounts and order counts are summed over duplicated rows; rates and scores (collections,
 * growth potential, strategic value) are averaged.
 */
import { FIELD_ORDER } from './headers';
import { BAD_CELLS_LISTED, IDS_LISTED } from './limits';
import { checkMapping } from './mapping';
import { parseNumber } from './numbers';
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
  const valueColumns: { column: number; field: ValueField; name: string }[] = [];
  mapping.forEach((field, column) => {
    if (field && field !== 'id' && field !== 'name')
      valueColumns.push({ column, field, name: shape.header[column] ?? '' });
  });

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
  };
  const customers: ImportedCustomer[] = [];
  const byId = new Map<
    string,
    { customer: ImportedCustomer; rows: number; counts: Partial<Record<ValueField, number>> }
  >();
  const start = shape.headerRow + 1;
  const total = rows.length - start;
  const every = options.progressEvery ?? 20_000;
  const { decimalComma } = shape;

  for (let r = start; r < rows.length; r += 1) {
    if (options.onProgress && (r - start) % every === 0 && r > start) options.onProgress((r - start) / total);
    const row = rows[r] as readonly Cell[];
    report.rowsRead += 1;
    if (isEmptyRow(row)) {
      report.emptySkipped += 1;
      continue;
    }
    const rowNumber = r + 1;
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
    for (const { column, field, name } of valueColumns) {
      const cell = row[column];
      const value = parseNumber(cell, decimalComma);
      if (value === null) continue;
      if (Number.isNaN(value)) {
        report.badCellCount += 1;
        if (report.badCells.length < BAD_CELLS_LISTED)
          report.badCells.push({ row: rowNumber, column: name, value: cellText(cell).slice(0, 40) });
        continue;
      }
      values[field] = value;
    }
    if (values.revenue === undefined) report.missingRevenue += 1;
    report.rowsKept += 1;

    const existing = byId.get(id);
    if (!existing) {
      const customer: ImportedCustomer = { id, name: nameText || id, values };
      customers.push(customer);
      byId.set(id, { customer, rows: 1, counts: {} });
      continue;
    }
    existing.rows += 1;
    const merged = existing.customer.values;
    for (const key of Object.keys(values) as ValueField[]) {
      const value = values[key] as number;
      const before = merged[key];
      if (AVERAGED.has(key)) {
        // Running mean over the rows that had a value.
        const n = (existing.counts[key] ?? (before === undefined ? 0 : 1)) + 1;
        existing.counts[key] = n;
        merged[key] = before === undefined ? value : before + (value - before) / n;
      } else merged[key] = (before ?? 0) + value;
    }
  }

  for (const [id, entry] of byId) {
    if (entry.rows > 1) {
      report.duplicateCount += 1;
      if (report.duplicates.length < IDS_LISTED) report.duplicates.push({ id, rows: entry.rows });
      // Sums of decimals (0.1 + 0.2) lose their floating-point noise, so totals are right to the cent.
      const merged = entry.customer.values;
      for (const key of Object.keys(merged) as ValueField[])
        merged[key] = Number((merged[key] as number).toPrecision(15));
    }
    const revenue = entry.customer.values.revenue;
    if (revenue !== undefined && revenue < 0) {
      report.negativeCount += 1;
      if (report.negativeRevenue.length < IDS_LISTED) report.negativeRevenue.push(id);
    }
  }

  const present = new Set<CustomerField>(mapping.filter((f): f is CustomerField => f !== null));
  present.add('id');
  present.add('name');
  const fields = FIELD_ORDER.filter((field) => present.has(field));
  options.onProgress?.(1);
  return { ok: true, list: { customers, fields, report } };
}
