/**
 * Fewer vertices for long curves: a chart needs at most ~2,000 points whatever the number of
 * customers. Points are kept at evenly spaced indices, plus the first, the last and any index the
 * caller must keep (such as the peak of a whale curve). For a monotone stretch of a cumulative
 * curve the true curve stays between two kept neighbours, so the vertical error is at most the
 * largest rise between kept neighbours, which this returns as `maxError`.
 */
import type { CurvePoint } from './pareto';

export function downsampleCurve(
  points: readonly CurvePoint[],
  maxPoints = 2000,
  keep: readonly number[] = [],
): { points: CurvePoint[]; maxError: number } {
  if (points.length <= maxPoints) return { points: [...points], maxError: 0 };
  const indices = new Set<number>([0, points.length - 1, ...keep.filter((i) => i >= 0 && i < points.length)]);
  const slots = Math.max(2, maxPoints - indices.size);
  const step = (points.length - 1) / (slots - 1);
  for (let k = 0; k < slots; k += 1) indices.add(Math.round(k * step));
  const kept = [...indices].sort((a, b) => a - b);
  let maxError = 0;
  for (let k = 1; k < kept.length; k += 1) {
    let low = Infinity;
    let high = -Infinity;
    for (let i = kept[k - 1] as number; i <= (kept[k] as number); i += 1) {
      const y = (points[i] as CurvePoint).valueShare;
      if (y < low) low = y;
      if (y > high) high = y;
    }
    maxError = Math.max(maxError, high - low);
  }
  return { points: kept.map((i) => points[i] as CurvePoint), maxError };
}
