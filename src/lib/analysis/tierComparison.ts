/** Method 1 against method 2: how many customers change tier, and a 4×4 table of from → to. */
export interface TierComparison {
  changed: number;
  /** moves[from][to]: customers in tier `from` by method 1 and tier `to` by method 2. */
  moves: number[][];
}

export function compareTiers(first: Uint8Array, second: Uint8Array): TierComparison {
  const moves = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  let changed = 0;
  const n = Math.min(first.length, second.length);
  for (let i = 0; i < n; i += 1) {
    const a = first[i] as number;
    const b = second[i] as number;
    const row = moves[a];
    if (row) row[b] = (row[b] as number) + 1;
    if (a !== b) changed += 1;
  }
  return { changed, moves };
}
