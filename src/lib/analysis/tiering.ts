/**
 * Putting customers into the four tiers (0 platinum, 1 gold, 2 iron, 3 lead), three ways:
 *  - by cut-offs on one indicator (method 1): at least cut[0] is platinum, at least cut[1] gold…;
 *  - by score thresholds (method 2): the same on the 0–100 weighted score;
 *  - by target shares (method 2): the top 5% platinum, the next 15% gold, the next 50% iron, the
 *    rest lead (percentages of the whole list, counts rounded); ties keep the list's order.
 * Customers flagged by the lead rule go to lead whatever their rank and take no place in the
 * shares: the places they leave stay empty, so lead grows rather than another tier shrinking.
 */
import { sortFloat64 } from './radixSort';
import { LEAD } from './tierCriteria';

export type Cuts = readonly [number, number, number];

function emptyMask(n: number): Uint8Array {
  return new Uint8Array(n);
}

export function tiersByCutoffs(
  values: Float64Array,
  cuts: Cuts,
  lead: Uint8Array = emptyMask(values.length),
): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (lead[i]) out[i] = LEAD;
    else if (v >= cuts[0]) out[i] = 0;
    else if (v >= cuts[1]) out[i] = 1;
    else if (v >= cuts[2]) out[i] = 2;
    else out[i] = LEAD;
  }
  return out;
}

/** Score thresholds are cut-offs on the score. */
export const tiersByThresholds = tiersByCutoffs;

/** Cumulative counts of the first three tiers for n customers and shares in percent. */
export function shareCounts(n: number, shares: Cuts): [number, number, number] {
  let sum = 0;
  return shares.map((share) => {
    sum += share;
    return Math.min(n, Math.round((n * Math.min(100, sum)) / 100));
  }) as [number, number, number];
}

export function tiersByShares(
  scores: Float64Array,
  shares: Cuts,
  lead: Uint8Array = emptyMask(scores.length),
): Uint8Array {
  const n = scores.length;
  let eligible = 0;
  for (let i = 0; i < n; i += 1) if (!lead[i]) eligible += 1;
  const pool = new Float64Array(eligible);
  let j = 0;
  for (let i = 0; i < n; i += 1) if (!lead[i]) pool[j++] = scores[i] as number;
  const ascending = sortFloat64(pool);
  const counts = shareCounts(n, shares).map((c) => Math.min(c, eligible));
  // For each boundary: the score of the last customer inside it, and how many customers tied at
  // that score still fit inside (the first ones in list order).
  const threshold = counts.map((c) => (c > 0 ? (ascending[eligible - c] as number) : Infinity));
  const quota = counts.map((c, b) => {
    let above = 0;
    const t = threshold[b] as number;
    // Customers strictly above t: count from the top of the sorted pool.
    for (let k = eligible - 1; k >= 0 && (ascending[k] as number) > t; k -= 1) above += 1;
    return c - above;
  });
  const taken = [0, 0, 0];
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    if (lead[i]) {
      out[i] = LEAD;
      continue;
    }
    const v = scores[i] as number;
    let tier = LEAD;
    for (let b = 2; b >= 0; b -= 1) {
      const t = threshold[b] as number;
      let inside = v > t;
      if (!inside && v === t && (taken[b] as number) < (quota[b] as number)) {
        taken[b] = (taken[b] as number) + 1;
        inside = true;
      }
      if (inside) tier = b;
    }
    out[i] = tier;
  }
  return out;
}
