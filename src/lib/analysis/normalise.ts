/**
 * Turning a criterion's values into comparable 0–1 scores, two ways the learner can switch between:
 *  - min–max: (value − smallest) ÷ (largest − smallest), so distances between customers count;
 *  - rank percentile: the share of the other customers this one beats (ties share the average
 *    rank), so only the order counts and one giant customer cannot flatten everyone else.
 * A missing value (NaN) scores 0; a column with no spread scores 0.5 for everyone (it cannot tell
 * customers apart). `invert` turns the scale round for criteria where less is better.
 */
import { sortFloat64 } from './radixSort';

export const normalisations = ['minmax', 'rank'] as const;
export type Normalisation = (typeof normalisations)[number];

function minMax(values: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const out = new Float64Array(values.length);
  const span = max - min;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (Number.isNaN(v)) out[i] = 0;
    else out[i] = span > 0 ? (v - min) / span : 0.5;
  }
  return out;
}

/** First index in a sorted array whose value is ≥ (or >, with `after`) the target. */
function bound(sorted: Float64Array, target: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < target || (after && v === target)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rankPercentile(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i += 1) if (!Number.isNaN(values[i] as number)) count += 1;
  const finite = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < values.length; i += 1)
    if (!Number.isNaN(values[i] as number)) finite[j++] = values[i] as number;
  const sorted = sortFloat64(finite);
  const out = new Float64Array(values.length);
  const spread = count > 1 && (sorted[0] as number) < (sorted[count - 1] as number);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (Number.isNaN(v)) out[i] = 0;
    else if (!spread) out[i] = 0.5;
    else {
      // Average 0-based rank of the tied block, over the largest possible rank.
      const first = bound(sorted, v, false);
      const last = bound(sorted, v, true) - 1;
      out[i] = (first + last) / 2 / (count - 1);
    }
  }
  return out;
}

export function normaliseColumn(values: Float64Array, method: Normalisation, invert = false): Float64Array {
  const out = method === 'rank' ? rankPercentile(values) : minMax(values);
  if (invert) {
    for (let i = 0; i < out.length; i += 1)
      if (!Number.isNaN(values[i] as number)) out[i] = 1 - (out[i] as number);
  }
  return out;
}
