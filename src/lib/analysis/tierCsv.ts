/**
 * The tiered list as CSV: one row per customer, best score first, with both methods' tiers, the
 * quadrant and the lead-rule flag. Uses the same field guard as the other exports, so a hostile
 * name stays text in a spreadsheet.
 */
import { csvField } from './exportCsv';

export interface TierCsvRow {
  id: string;
  name: string;
  revenue: number;
  profit: number;
  score: number;
  tier: string;
  tierMethod1: string;
  quadrant: string;
  leadRule: boolean;
}

export function tierCsv(rows: readonly TierCsvRow[], headers: readonly string[], yes: string): string {
  const ordered = [...rows].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const lines = [headers.map(csvField).join(',')];
  for (const row of ordered) {
    lines.push(
      [
        row.id,
        row.name,
        Number.isFinite(row.revenue) ? row.revenue : '',
        Number.isFinite(row.profit) ? row.profit : '',
        Math.round(row.score * 10) / 10,
        row.tier,
        row.tierMethod1,
        row.quadrant,
        row.leadRule ? yes : '',
      ]
        .map((v) => csvField(v))
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
