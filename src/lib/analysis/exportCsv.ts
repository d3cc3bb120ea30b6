/**
 * The results of an analysis as CSV text: one row per customer with revenue, profit, rank and ABC
 * class. Fields are quoted when needed and formulas are neutralised, so a hostile customer name
 * opened in Excel stays text.
 */
import type { AbcClass } from './abc';
import { rankOrder } from './sorted';

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

export function resultsCsv(rows: readonly ExportRow[], headers: readonly string[]): string {
  // Largest revenue first, ties in file order (the rule stated on the page).
  const ranked = rankOrder(rows.map((row) => row.revenue)).map((i) => rows[i] as ExportRow);
  const lines = [headers.map(csvField).join(',')];
  ranked.forEach((row, index) => {
    lines.push([row.id, row.revenue, row.profit ?? '', index + 1, row.abc].map((v) => csvField(v)).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
