/**
 * Default 1–5 scores for the criteria a sample list has no column for (collections, growth
 * potential, strategic value), derived from a seed so the same sample always shows the same
 * scores, and shaped to make the sample worth discussing: good payers tend to have good margins,
 * strategic value leans to the large accounts, and growth potential is spread most among the
 * smaller customers (some small ones are promising). The learner edits them in the table.
 */
import { hashSeed, mulberry32 } from '../quiz/shuffle';
import type { ScoredCriterion } from './tierCriteria';

export type Scores = Record<ScoredCriterion, number>;

const clampScore = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

/** Percentile of each value among the others (0 smallest … 1 largest); NaN counts as smallest. */
function percentiles(values: ArrayLike<number>): number[] {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => {
    const va = Number.isFinite(values[a] as number) ? (values[a] as number) : -Infinity;
    const vb = Number.isFinite(values[b] as number) ? (values[b] as number) : -Infinity;
    return va - vb || a - b;
  });
  const result = new Array<number>(values.length).fill(0);
  const last = Math.max(1, values.length - 1);
  order.forEach((index, rank) => (result[index] = rank / last));
  return result;
}

export function seededScores(
  ids: readonly string[],
  revenue: ArrayLike<number>,
  margin: ArrayLike<number>,
  seed: number,
): Scores[] {
  const size = percentiles(revenue);
  const quality = percentiles(margin);
  return ids.map((id, i) => {
    const random = mulberry32(hashSeed(`${seed}:${id}`));
    const noise = () => (random() - 0.5) * 2; // −1 … 1
    const s = size[i] ?? 0;
    const q = quality[i] ?? 0;
    return {
      collections: clampScore(1.5 + 3 * q + 1.2 * noise()),
      strategicValue: clampScore(1.2 + 3.2 * s + 0.9 * noise()),
      growthPotential: clampScore(3 + (2.2 - 1.6 * s) * noise()),
    };
  });
}
