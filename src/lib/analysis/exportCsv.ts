/**
 * The results of an analysis as CSV text: one row per customer with revenue, profit, rank and ABC
 * class. Rank and class are by the measure on screen (revenue or customer profit), and the header
 * names it, so a file downloaded from the profit view says what it was ranked by. Fields are
 * quoted when needed and formulas are neutralised, so a hostile customer name opened in Excel
 * stays text.
 */
import { abcClasses, type AbcClass } from './abc';
import { rankOrder } from './sorted';

export type ExportMeasure = 'revenue' | 'profit';

export interface ExportRow {
  id: string;
  revenue: number;
  profit?: number | undefined;
  abc: AbcClass;
}

export function csvField(value: string | number): string {
  let text = String(value);
  // A leading = + - @ would make a spreadsheet evaluate the cell (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row; rank and class name their measure (the file's columns stay the same). */
export function resultsHeaders(measure: ExportMeasure): string[] {
  return ['customer', 'revenue', 'profit', `rank by ${measure}`, `ABC by ${measure}`];
}

/**
 * One row per customer (input order) with the ABC class by `measure`. Without a profit column of
 * the list's length the view shows revenue, and so does the file: the measure used is returned.
 */
export function resultsRows(
  ids: readonly string[],
  revenue: ArrayLike<number>,
  profit: ArrayLike<number> | undefined,
  measure: ExportMeasure,
): { rows: ExportRow[]; measure: ExportMeasure } {
  const used: ExportMeasure =
    measure === 'profit' && profit && profit.length === revenue.length ? 'profit' : 'revenue';
  const classes = abcClasses(used === 'profit' && profit ? profit : revenue);
  const rows = ids.map((id, i) => ({
    id,
    revenue: revenue[i] ?? 0,
    profit: profit?.[i],
    abc: classes[i] ?? 'C',
  }));
  return { rows, measure: used };
}

export function resultsCsv(
  rows: readonly ExportRow[],
  headers: readonly string[],
  measure: ExportMeasure = 'revenue',
): string {
  // Largest value of the measure first, ties in file order (the rule stated on the page); a row
  // without a profit ranks last by profit.
  const ranked = rankOrder(rows.map((row) => row[measure] ?? Number.NaN)).map((i) => rows[i] as ExportRow);
  const lines = [headers.map(csvField).join(',')];
  ranked.forEach((row, index) => {
    lines.push([row.id, row.revenue, row.profit ?? '', index + 1, row.abc].map((v) => csvField(v)).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The download of the Pareto view: rank and class by the measure on screen. */
export function paretoCsv(
  ids: readonly string[],
  revenue: ArrayLike<number>,
  profit: ArrayLike<number> | undefined,
  measure: ExportMeasure,
): string {
  const { rows, measure: used } = resultsRows(ids, revenue, profit, measure);
  return resultsCsv(rows, resultsHeaders(used), used);
}
