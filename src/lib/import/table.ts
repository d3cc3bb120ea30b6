/**
 * The structure of a parsed table: which row is the header (or none, for a paste of bare cells),
 * what each column probably holds, and whether decimals are written with a comma. Errors for a
 * table that cannot be a customer list: empty, a header without rows, too many columns, no
 * column of numbers.
 */
import { guessMapping, recogniseHeader } from './headers';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import { parseNumber, usesDecimalComma } from './numbers';
import type { Cell, ImportResult, Mapping } from './types';

export interface TableShape {
  /** Index of the header row in `rows`, or -1 when the table has no header. */
  headerRow: number;
  /** One name per column: the header text, or the column letter when there is no header. */
  header: string[];
  columns: number;
  mapping: Mapping;
  decimalComma: boolean;
  /** Columns where most filled cells are numbers. */
  numeric: boolean[];
}

const SAMPLE_ROWS = 200;

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isEmptyRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every(isEmptyCell);
}

/** A, B, … Z, AA, AB … as a spreadsheet names columns. */
export function columnLetter(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function isNumberCell(cell: Cell, decimalComma: boolean): boolean {
  const value = parseNumber(cell, decimalComma);
  return value !== null && !Number.isNaN(value);
}

export function analyseTable(rows: readonly (readonly Cell[])[], delimiter = ','): ImportResult<TableShape> {
  const first = rows.findIndex((row) => !isEmptyRow(row));
  if (first === -1) return { ok: false, error: 'import.error.empty' };
  let columns = 0;
  for (const row of rows) if (row.length > columns) columns = row.length;
  // Trailing empty columns (a stray delimiter at line ends) do not count.
  while (columns > 0 && rows.every((row) => isEmptyCell(row[columns - 1]))) columns -= 1;
  if (columns > MAX_COLUMNS) return { ok: false, error: 'import.error.tooManyColumns' };

  // The header: among the first ten filled rows, the one naming the most known fields (a title
  // line above it is skipped); if none names a field, the first filled row unless it holds numbers.
  let headerRow = -1;
  let bestCount = 0;
  for (let r = first, seen = 0; r < rows.length && seen < 10; r += 1) {
    const row = rows[r];
    if (isEmptyRow(row)) continue;
    seen += 1;
    // A header holds names, never numbers ("甲公司, 1,000" is data even though 公司 names a field).
    if ((row ?? []).some((cell) => isNumberCell(cell, false))) continue;
    const count = (row ?? []).filter((cell) => typeof cell === 'string' && recogniseHeader(cell)).length;
    if (count > bestCount) {
      bestCount = count;
      headerRow = r;
    }
  }
  const sampleStart = headerRow === -1 ? first : headerRow + 1;
  const sample = rows.slice(sampleStart, sampleStart + SAMPLE_ROWS).filter((row) => !isEmptyRow(row));
  const decimalComma = usesDecimalComma(
    (function* () {
      for (const row of sample) yield* row;
    })(),
    delimiter,
  );
  if (headerRow === -1) {
    const firstRow = rows[first] ?? [];
    const holdsNumbers = firstRow.some((cell) => isNumberCell(cell, decimalComma));
    if (!holdsNumbers) headerRow = first;
  }

  const dataStart = headerRow === -1 ? first : headerRow + 1;
  // One filled row below the header is enough to know the table is not a header alone.
  let hasData = false;
  for (let r = dataStart; r < rows.length && !hasData; r += 1) hasData = !isEmptyRow(rows[r]);
  if (!hasData) return { ok: false, error: 'import.error.headerOnly' };
  if (rows.length - dataStart > MAX_ROWS) return { ok: false, error: 'import.error.tooManyRows' };

  const dataSample =
    headerRow === -1
      ? rows.slice(first, first + SAMPLE_ROWS).filter((row) => !isEmptyRow(row))
      : rows.slice(dataStart, dataStart + SAMPLE_ROWS).filter((row) => !isEmptyRow(row));
  const numeric = Array.from({ length: columns }, (_, c) => {
    let filled = 0;
    let numbers = 0;
    for (const row of dataSample) {
      const cell = row[c];
      if (isEmptyCell(cell)) continue;
      const value = parseNumber(cell, decimalComma);
      if (value === null) continue;
      filled += 1;
      if (!Number.isNaN(value)) numbers += 1;
    }
    return numbers > 0 && numbers >= filled / 2;
  });
  if (!numeric.some(Boolean)) return { ok: false, error: 'import.error.noNumeric' };

  const headerCells = headerRow === -1 ? [] : (rows[headerRow] ?? []);
  const header = Array.from({ length: columns }, (_, c) => cellText(headerCells[c]) || columnLetter(c));
  const mapping = headerRow === -1 ? headerlessMapping(numeric) : guessMapping(header);
  return { ok: true, headerRow, header, columns, mapping, decimalComma, numeric };
}

/**
 * Bare cells without a header (a paste of a few columns from Excel): the first text column is the
 * customer, the numeric columns in order are revenue, then profit.
 */
export function headerlessMapping(numeric: readonly boolean[]): Mapping {
  const mapping: Mapping = numeric.map(() => null);
  const text = numeric.findIndex((isNumeric) => !isNumeric);
  if (text !== -1) mapping[text] = 'name';
  const order = ['revenue', 'profit'] as const;
  let next = 0;
  numeric.forEach((isNumeric, c) => {
    if (isNumeric && next < order.length) mapping[c] = order[next++] ?? null;
  });
  return mapping;
}
