/**
 * The value scorecard as a 2×2 matrix (module 2, lesson 1): current value on one axis (the
 * weighted score of the current-value criteria) and potential value on the other (growth
 * potential and strategic value), each 0–100, split at a line (50 by default). Quadrant names and
 * treatments are UI strings: `tiers.quadrant.<name>` and `tiers.quadrant.<name>.do`.
 */
import { potentialCriteria, type Criterion } from './tierCriteria';
import { weightedScores, type NormalisedColumns } from './weightedScore';
import { normaliseWeights, type Weights } from './weights';

/** 0 core (high now, high later), 1 maintain (high now, low later), 2 develop, 3 streamline. */
export const quadrants = ['core', 'maintain', 'develop', 'streamline'] as const;
export type Quadrant = (typeof quadrants)[number];

export function quadrantOf(current: number, potential: number, split = 50): number {
  const highNow = current >= split;
  const highLater = potential >= split;
  if (highNow) return highLater ? 0 : 1;
  return highLater ? 2 : 3;
}

/** Weights restricted to one axis, rescaled to 100; equal weights when the learner gave that axis none. */
function axisWeights(weights: Weights, axis: readonly Criterion[]): Weights {
  if (axis.length === 0) return {};
  const given = axis.some((c) => (weights[c] ?? 0) > 0);
  return normaliseWeights(given ? weights : Object.fromEntries(axis.map((c) => [c, 1])), axis);
}

export interface ValueAxes {
  current: Float64Array;
  potential: Float64Array;
  quadrant: Uint8Array;
  /** False when the list has no potential criterion: every customer then sits on the low line. */
  hasPotential: boolean;
}

export function valueAxes(
  normalised: NormalisedColumns,
  weights: Weights,
  available: readonly Criterion[],
  n: number,
  split = 50,
): ValueAxes {
  const potentialAxis = available.filter((c) => potentialCriteria.includes(c));
  const currentAxis = available.filter((c) => !potentialCriteria.includes(c));
  const current = weightedScores(normalised, axisWeights(weights, currentAxis), n);
  const potential = weightedScores(normalised, axisWeights(weights, potentialAxis), n);
  const quadrant = new Uint8Array(n);
  for (let i = 0; i < n; i += 1)
    quadrant[i] = quadrantOf(current[i] as number, potential[i] as number, split);
  return { current, potential, quadrant, hasPotential: potentialAxis.length > 0 };
}
