/**
 * The y domain of a cumulative-share chart (Pareto, Lorenz, whale). Shares are of the NET total,
 * so with net returns a Pareto curve rises above 100% before the customers with negative value
 * bring it back, and a Lorenz curve dips below 0%. The domain always holds 0–100% and widens, in
 * steps of 10 points, to hold every point, so the curve is never clipped.
 */
import type { CurvePoint } from '../lib/analysis/pareto';

const STEP = 0.1;
// Shares computed in floating point land a hair above a round value (1.2 as 1.2000000000000002);
// that must not widen the axis by a whole step.
const SLACK = 1e-9;

export function shareDomain(points: readonly Pick<CurvePoint, 'valueShare'>[]): [number, number] {
  let low = 0;
  let high = 1;
  for (const point of points) {
    const share = point.valueShare;
    if (!Number.isFinite(share)) continue;
    if (share < low) low = share;
    if (share > high) high = share;
  }
  const up = high > 1 ? Math.ceil(high / STEP - SLACK) * STEP : 1;
  const down = low < 0 ? Math.floor(low / STEP + SLACK) * STEP : 0;
  // Round off the float noise of k × 0.1 (3 × 0.1 = 0.30000000000000004) so tick labels stay clean.
  return [Number(down.toFixed(10)), Number(up.toFixed(10))];
}
