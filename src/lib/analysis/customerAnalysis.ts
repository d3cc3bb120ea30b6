/**
 * Every concentration measure of a customer list from one sort of its revenue (and one of its
 * profit for the whale curve): the Pareto curve, the Lorenz curve, Gini, ABC classes and the whale
 * curve. Works on typed arrays and builds point objects only for the ≤ maxPoints vertices drawn,
 * so a million customers costs little more than two sorts. Exact figures use every customer.
 */
import { abcFromSorted, type AbcSummary } from './abc';
import { giniFromSorted } from './lorenz';
import type { CurvePoint } from './pareto';
import { netTotal, sortedAscending, topCount } from './sorted';

export interface DrawnWhale {
  points: CurvePoint[];
  peak: { valueShare: number; customerShare: number; count: number };
  total: number;
  lossMakers: number;
}

export interface CustomerAnalysis {
  customers: number;
  /** Net total (returns included): the base of every share. Shares exist only when it is > 0. */
  total: number;
  /** Customers with zero or negative value (they rank last) and their net total. */
  nonPositive: { count: number; total: number };
  gini: number;
  abc: AbcSummary;
  /** Largest first, at most `maxPoints` vertices. */
  pareto: CurvePoint[];
  /** Smallest first, at most `maxPoints` vertices. */
  lorenz: CurvePoint[];
  whale: DrawnWhale | undefined;
  /** Largest vertical gap between a drawn curve and the exact one (share of the total). */
  maxError: number;
  /** Share of the total held by the top `fraction` of customers (exact). */
  topShare: (fraction: number) => { count: number; share: number | undefined };
  /** Fewest customers holding at least `target` of the total (exact). */
  customersFor: (target: number) => { count: number; share: number | undefined };
}

/** Indices 0…last to draw: evenly spaced, both ends, and any `keep`. */
export function drawIndices(last: number, maxPoints: number, keep: readonly number[] = []): number[] {
  if (last + 1 <= maxPoints) return Array.from({ length: last + 1 }, (_, i) => i);
  const extra = [...new Set(keep.filter((i) => i > 0 && i < last))].sort((a, b) => a - b);
  const slots = Math.max(2, maxPoints - extra.length);
  // Evenly spaced indices are strictly increasing here (slots ≤ last + 1); merge the extra ones in.
  const indices: number[] = [];
  let e = 0;
  for (let k = 0; k < slots; k += 1) {
    const index = Math.round((k * last) / (slots - 1));
    while (e < extra.length && (extra[e] as number) < index) indices.push(extra[e++] as number);
    if (e < extra.length && extra[e] === index) e += 1;
    indices.push(index);
  }
  return indices;
}

/** For a non-decreasing cumulative array, the largest rise between drawn neighbours. */
function monotoneError(cumulative: Float64Array, indices: readonly number[], total: number): number {
  let error = 0;
  for (let k = 1; k < indices.length; k += 1) {
    const rise =
      ((cumulative[indices[k] as number] as number) - (cumulative[indices[k - 1] as number] as number)) /
      total;
    // Each drawn segment is monotone (the peak is always drawn), so its end points bound it.
    if (indices[k]! - indices[k - 1]! > 1 && Math.abs(rise) > error) error = Math.abs(rise);
  }
  return error;
}

function whaleOf(profits: ArrayLike<number>, maxPoints: number): DrawnWhale | undefined {
  const sorted = sortedAscending(profits);
  const n = sorted.length;
  const cumulative = new Float64Array(n + 1);
  let lossMakers = 0;
  let best = 0;
  for (let k = 1; k <= n; k += 1) {
    const value = sorted[n - k] as number;
    if (value < 0) lossMakers += 1;
    cumulative[k] = (cumulative[k - 1] as number) + value;
    if ((cumulative[k] as number) > (cumulative[best] as number)) best = k;
  }
  const total = cumulative[n] as number;
  if (!(total > 0))
    return { points: [], peak: { valueShare: 0, customerShare: 0, count: 0 }, total, lossMakers };
  const points = drawIndices(n, maxPoints, [best]).map((k) => ({
    customerShare: k / n,
    valueShare: (cumulative[k] as number) / total,
  }));
  return {
    points,
    peak: { valueShare: (cumulative[best] as number) / total, customerShare: best / n, count: best },
    total,
    lossMakers,
  };
}

export function analyseCustomers(
  values: ArrayLike<number>,
  profits?: ArrayLike<number>,
  maxPoints = 2000,
): CustomerAnalysis {
  const sorted = sortedAscending(values);
  const n = sorted.length;
  const total = netTotal(sorted);
  // Cumulative net value from the largest down: prefix[k] = sum of the k largest. It rises while
  // values are positive and falls over the customers with net returns, who rank last.
  const prefix = new Float64Array(n + 1);
  let peak = 0;
  let nonPositiveCount = 0;
  let nonPositiveTotal = 0;
  for (let k = 1; k <= n; k += 1) {
    const value = sorted[n - k] as number;
    prefix[k] = (prefix[k - 1] as number) + value;
    if (value > 0) peak = k;
    else {
      nonPositiveCount += 1;
      nonPositiveTotal += value;
    }
  }
  const indices = total > 0 ? drawIndices(n, maxPoints, [peak]) : [];
  const pareto = indices.map((k) => ({ customerShare: k / n, valueShare: (prefix[k] as number) / total }));
  // The Lorenz curve is the Pareto curve seen from the other end: L(k/n) = 1 − P((n − k)/n).
  const lorenz = [...indices]
    .reverse()
    .map((k) => ({ customerShare: (n - k) / n, valueShare: 1 - (prefix[k] as number) / total }));
  return {
    customers: n,
    total,
    nonPositive: { count: nonPositiveCount, total: nonPositiveTotal },
    gini: giniFromSorted(sorted),
    abc: abcFromSorted(sorted),
    pareto,
    lorenz,
    whale: profits ? whaleOf(profits, maxPoints) : undefined,
    maxError: total > 0 ? monotoneError(prefix, indices, total) : 0,
    topShare(fraction) {
      const count = topCount(n, fraction);
      return { count, share: total > 0 ? (prefix[count] as number) / total : undefined };
    },
    customersFor(target) {
      if (!(total > 0)) return { count: 0, share: undefined };
      // Binary search on the non-decreasing prefix sums.
      let low = 0;
      let high = n;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((prefix[mid] as number) / total >= target - 1e-12) high = mid;
        else low = mid + 1;
      }
      return { count: low, share: (prefix[low] as number) / total };
    },
  };
}
