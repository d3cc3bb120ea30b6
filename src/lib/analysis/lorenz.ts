/**
 * The Lorenz curve (customers from the smallest up, cumulative share of the net total, so it dips
 * below zero over customers with net returns) and the Gini coefficient. The Gini is computed over
 * every customer, with net returns counted as zero (a customer who returned goods holds nothing);
 * that keeps it between 0 and 1, the range a finance team reads it in.
 */
import { netTotal, sortedAscending } from './sorted';
import type { CurvePoint } from './pareto';

/** The Lorenz curve from an ascending array: n + 1 points from (0, 0) to (1, 1). */
export function lorenzFromSorted(sorted: Float64Array): CurvePoint[] {
  const total = netTotal(sorted);
  if (!(total > 0)) return [];
  const n = sorted.length;
  const points: CurvePoint[] = new Array(n + 1);
  points[0] = { customerShare: 0, valueShare: 0 };
  let running = 0;
  for (let i = 0; i < n; i += 1) {
    running += sorted[i] as number;
    points[i + 1] = { customerShare: (i + 1) / n, valueShare: running / total };
  }
  return points;
}

export function lorenzCurve(values: ArrayLike<number>): CurvePoint[] {
  return lorenzFromSorted(sortedAscending(values));
}

/**
 * Gini coefficient from an ascending array: G = (2 Σ i·xᵢ) / (n Σ xᵢ) − (n + 1) / n, with i from 1.
 * 0 when every customer holds the same, approaching 1 when one customer holds everything.
 */
export function giniFromSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i += 1) {
    const value = Math.max(0, sorted[i] as number);
    total += value;
    weighted += (i + 1) * value;
  }
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n));
}

export function gini(values: ArrayLike<number>): number {
  return giniFromSorted(sortedAscending(values));
}
