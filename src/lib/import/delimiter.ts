/**
 * The delimiter of a text table: comma, semicolon or tab (cells pasted from Excel are
 * tab-separated). The one that splits the first lines into the same number of cells most
 * consistently wins; on a tie tab beats semicolon beats comma, because commas also turn up inside
 * numbers (1,234.50 or 1,5) while tabs and semicolons rarely do.
 */
export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

/** Count of a delimiter outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count += 1;
  }
  return count;
}

export function detectDelimiter(text: string, maxLines = 50): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, maxLines);
  if (lines.length === 0) return ',';
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    // The share of lines that agree on the most common (non-zero) count.
    const agreeing = Math.max(0, ...frequency.values());
    const score = agreeing / lines.length;
    if (score > bestScore + 1e-9) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
