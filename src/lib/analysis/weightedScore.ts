/**
 * The weighted score (module 2's customer-value pyramid): each criterion normalised to 0–1, times
 * its weight in percent, added up, so a score runs from 0 to 100. Built for speed: the normalised
 * columns are computed once per list and normalisation, and a weight change only redoes the sum.
 */
import { normaliseColumn, type Normalisation } from './normalise';
import { lowerIsBetter, type Criterion } from './tierCriteria';
import type { TierData } from './tierInput';
import type { Weights } from './weights';

export type NormalisedColumns = Partial<Record<Criterion, Float64Array>>;

export function normaliseAll(data: TierData, method: Normalisation): NormalisedColumns {
  const out: NormalisedColumns = {};
  for (const [criterion, values] of Object.entries(data.columns) as [Criterion, Float64Array][]) {
    out[criterion] = normaliseColumn(values, method, lowerIsBetter.has(criterion));
  }
  return out;
}

export function weightedScores(normalised: NormalisedColumns, weights: Weights, n: number): Float64Array {
  const scores = new Float64Array(n);
  for (const [criterion, weight] of Object.entries(weights) as [Criterion, number][]) {
    const column = normalised[criterion];
    if (!column || !weight) continue;
    for (let i = 0; i < n; i += 1) scores[i] = (scores[i] as number) + weight * (column[i] as number);
  }
  return scores;
}

export interface Contribution {
  criterion: Criterion;
  /** Points this criterion adds to the 0–100 score. */
  points: number;
}

/** Why a customer scored what it did: each weighted criterion's points, largest first. */
export function explainScore(normalised: NormalisedColumns, weights: Weights, index: number): Contribution[] {
  return (Object.entries(weights) as [Criterion, number][])
    .filter(([criterion, weight]) => weight > 0 && normalised[criterion])
    .map(([criterion, weight]) => ({ criterion, points: weight * (normalised[criterion]?.[index] ?? 0) }))
    .sort((a, b) => b.points - a.points || a.criterion.localeCompare(b.criterion));
}
