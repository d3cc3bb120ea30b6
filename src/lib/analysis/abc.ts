/**
 * ABC analysis by cumulative share: customers ranked by value, largest first. A customer is in
 * class A while the share held by the customers ranked above it is under 80%, in B while under
 * 95%, otherwise in C. So the customer that carries the cumulative share across 80% is still A
 * (the boundary rule the page states). Shares are of the NET total (returns included), as the
 * books show it. Customers with zero or negative value are always C, and their (negative) sum is
 * in C's share, so the three shares add up to 100%. When the net total is zero or negative no
 * share exists: every customer is C and the page shows no percentage.
 */
import { netTotal, sortedAscending } from './sorted';

export type AbcClass = 'A' | 'B' | 'C';

export const ABC_LIMITS = { A: 0.8, B: 0.95 } as const;

export interface AbcSummary {
  counts: Record<AbcClass, number>;
  /** Share of the total value held by each class. */
  shares: Record<AbcClass, number>;
  /** Rank (0-based, largest first) of the last customer of A and of B; -1 when the class is empty. */
  lastRank: { A: number; B: number };
}

/** Class of each rank position (largest first) from an ascending array. */
export function abcFromSorted(sorted: Float64Array): AbcSummary {
  // Plain numbers rather than records keyed by class: this loop runs over every customer.
  let countA = 0;
  let countB = 0;
  let countC = 0;
  let sumA = 0;
  let sumB = 0;
  let sumC = 0;
  const total = netTotal(sorted);
  let before = 0;
  let lastA = -1;
  let lastB = -1;
  for (let rank = 0; rank < sorted.length; rank += 1) {
    const value = sorted[sorted.length - 1 - rank] as number;
    const shareBefore = total > 0 ? before / total : 1;
    if (value <= 0) {
      countC += 1;
      sumC += value;
    } else if (shareBefore < ABC_LIMITS.A) {
      countA += 1;
      sumA += value;
      lastA = rank;
    } else if (shareBefore < ABC_LIMITS.B) {
      countB += 1;
      sumB += value;
      lastB = rank;
    } else {
      countC += 1;
      sumC += value;
    }
    if (value > 0) before += value;
  }
  const share = (value: number) => (total > 0 ? value / total : 0);
  return {
    counts: { A: countA, B: countB, C: countC },
    shares: { A: share(sumA), B: share(sumB), C: share(sumC) },
    lastRank: { A: lastA, B: lastB },
  };
}

export function abcSummary(values: ArrayLike<number>): AbcSummary {
  return abcFromSorted(sortedAscending(values));
}

/**
 * The class of each customer in input order. Ties at a class boundary go to the better class, so
 * equal values always share a class.
 */
export function abcClasses(values: ArrayLike<number>): AbcClass[] {
  const sorted = sortedAscending(values);
  const summary = abcFromSorted(sorted);
  const valueAtRank = (rank: number) => (rank < 0 ? Infinity : (sorted[sorted.length - 1 - rank] as number));
  const minA = valueAtRank(summary.lastRank.A);
  const minB = valueAtRank(summary.lastRank.B);
  // Array.from, not map: on a typed array map would make numbers of the classes.
  return Array.from(values, (value): AbcClass => {
    if (!Number.isFinite(value) || value <= 0) return 'C';
    if (summary.lastRank.A >= 0 && value >= minA) return 'A';
    if (summary.lastRank.B >= 0 && value >= minB) return 'B';
    return 'C';
  });
}
