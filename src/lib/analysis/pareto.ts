/**
 * Concentration of value across customers: the Pareto curve (largest first) and the share held by
 * the top part of the list. Values are one per customer (revenue, profit …).
 */

export interface CurvePoint {
  /** Share of customers, 0–1, counted from the largest. */
  customerShare: number;
  /** Cumulative share of the total value held by those customers, 0–1. */
  valueShare: number;
}

export interface TopShare {
  /** How many customers the top fraction is. */
  count: number;
  /** Their share of the total value, 0–1. */
  share: number;
}

/** Only finite, positive values carry weight in a concentration curve. */
function positive(values: readonly number[]): number[] {
  return values.filter((value) => Number.isFinite(value) && value > 0);
}

/**
 * The cumulative curve, one point per customer plus the origin. Empty when nothing is positive.
 * Customers with zero or negative value count as customers but add nothing.
 */
export function paretoCurve(values: readonly number[]): CurvePoint[] {
  const finite = values.filter((value) => Number.isFinite(value));
  const total = positive(finite).reduce((sum, value) => sum + value, 0);
  if (total <= 0) return [];
  const sorted = [...finite].sort((a, b) => b - a);
  const points: CurvePoint[] = [{ customerShare: 0, valueShare: 0 }];
  let running = 0;
  sorted.forEach((value, index) => {
    running += Math.max(value, 0);
    points.push({ customerShare: (index + 1) / sorted.length, valueShare: running / total });
  });
  return points;
}

/**
 * Share of the total held by the top `fraction` (0–1) of customers. The count is rounded to the
 * nearest whole customer, so 20% of 12 customers is 2 customers.
 */
export function topShare(values: readonly number[], fraction: number): TopShare {
  const finite = values.filter((value) => Number.isFinite(value));
  const clamped = Math.min(Math.max(Number.isFinite(fraction) ? fraction : 0, 0), 1);
  const count = Math.round(clamped * finite.length);
  const total = positive(finite).reduce((sum, value) => sum + value, 0);
  if (total <= 0 || count === 0) return { count, share: 0 };
  const top = [...finite]
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((sum, value) => sum + Math.max(value, 0), 0);
  return { count, share: top / total };
}

/** The smallest share of customers that holds at least `target` (0–1) of the value. */
export function customersForShare(values: readonly number[], target: number): TopShare {
  const curve = paretoCurve(values);
  const point = curve.find((p) => p.valueShare >= target - 1e-12);
  if (!point) return { count: 0, share: 0 };
  const count = Math.round(point.customerShare * (curve.length - 1));
  return { count, share: point.valueShare };
}
