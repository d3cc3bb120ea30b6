/**
 * The whale curve (Cooper & Kaplan): customers ranked by profit, most profitable first, against
 * their cumulative profit as a share of the total. With loss-makers in the list the curve climbs
 * above 100% and is pulled back to 100% at the end; the peak says how much the profitable
 * customers earn before the others give some of it back.
 */
import type { CurvePoint } from './pareto';

export interface WhaleCurve {
  /** n + 1 points, from (0, 0) to (1, 1). Empty when total profit is not positive. */
  points: CurvePoint[];
  /** Highest cumulative share and where it falls (share of customers, count). */
  peak: { valueShare: number; customerShare: number; count: number };
  total: number;
  lossMakers: number;
}

export function whaleCurve(profits: ArrayLike<number>): WhaleCurve {
  const finite: number[] = [];
  for (let i = 0; i < profits.length; i += 1)
    if (Number.isFinite(profits[i] as number)) finite.push(profits[i] as number);
  const sorted = Float64Array.from(finite).sort();
  let total = 0;
  let lossMakers = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    total += sorted[i] as number;
    if ((sorted[i] as number) < 0) lossMakers += 1;
  }
  const empty = { points: [], peak: { valueShare: 0, customerShare: 0, count: 0 }, total, lossMakers };
  if (!(total > 0)) return empty;
  const n = sorted.length;
  const points: CurvePoint[] = new Array(n + 1);
  points[0] = { customerShare: 0, valueShare: 0 };
  let running = 0;
  let peak = { valueShare: 0, customerShare: 0, count: 0 };
  for (let rank = 0; rank < n; rank += 1) {
    running += sorted[n - 1 - rank] as number;
    const point = { customerShare: (rank + 1) / n, valueShare: running / total };
    points[rank + 1] = point;
    if (point.valueShare > peak.valueShare) peak = { ...point, count: rank + 1 };
  }
  return { points, peak, total, lossMakers };
}
