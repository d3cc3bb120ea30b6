/**
 * Concentration of value across customers: the Pareto curve (largest first) and the share held by
 * the top part of the list. Values are one per customer (revenue, profit …).
 *
 * Definitions (the ones a finance team uses, stated on the page too):
 * - customers are ranked by value, largest first; equal values keep their order in the file, and
 *   the top-X% count is by position, so tied customers may fall on either side of the boundary;
 * - the top X% is the ceil(X% × n) largest customers, at least one (see topCount in ./sorted);
 * - shares are of the NET total (returns included), so customers with zero or negative value
 *   rank last and can pull the cumulative share above 100% before it comes back to 100%;
 * - when the net total is zero or negative no share can be computed: share is undefined.
 */
import { netTotal, topCount } from './sorted';

export { topCount };

export interface CurvePoint {
  /** Share of customers, 0–1, counted from the largest. */
  customerShare: number;
  /** Cumulative share of the net total value held by those customers. */
  valueShare: number;
}

export interface TopShare {
  /** How many customers the top fraction is. */
  count: number;
  /** Their share of the net total value; undefined when the net total is zero or negative. */
  share: number | undefined;
}

function finiteDescending(values: readonly number[]): number[] {
  return values.filter((value) => Number.isFinite(value)).sort((a, b) => b - a);
}

/**
 * The cumulative curve, one point per customer plus the origin, as shares of the net total.
 * Empty when the net total is zero or negative (no share can be computed).
 */
export function paretoCurve(values: readonly number[]): CurvePoint[] {
  const sorted = finiteDescending(values);
  const total = netTotal(sorted);
  if (!(total > 0)) return [];
  const points: CurvePoint[] = [{ customerShare: 0, valueShare: 0 }];
  let running = 0;
  sorted.forEach((value, index) => {
    running += value;
    points.push({ customerShare: (index + 1) / sorted.length, valueShare: running / total });
  });
  return points;
}

/** Share of the net total held by the top `fraction` (0–1) of customers: ceil(fraction × n) of them. */
export function topShare(values: readonly number[], fraction: number): TopShare {
  const sorted = finiteDescending(values);
  const count = topCount(sorted.length, fraction);
  const total = netTotal(sorted);
  if (!(total > 0)) return { count, share: undefined };
  let top = 0;
  for (let i = 0; i < count; i += 1) top += sorted[i] as number;
  return { count, share: top / total };
}

/** The fewest customers (largest first) whose cumulative share reaches `target` (0–1) of the net total. */
export function customersForShare(values: readonly number[], target: number): TopShare {
  const curve = paretoCurve(values);
  const point = curve.find((p) => p.valueShare >= target - 1e-12);
  if (!point) return { count: 0, share: undefined };
  const count = Math.round(point.customerShare * (curve.length - 1));
  return { count, share: point.valueShare };
}
