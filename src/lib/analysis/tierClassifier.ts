/**
 * One pass of the classifier over a list: the weighted score and tiers of method 2, the tiers of
 * method 1, the lead rule, the current / potential matrix, the pyramid's figures and the
 * comparison of the two methods. The normalised columns come in ready (they change only with the
 * list or the normalisation), so a weight change costs one weighted sum, one sort and a few
 * linear passes: see `npm run bench:tiers`.
 */
import { leadMask } from './leadRule';
import { sortedAscending } from './sorted';
import { valueAxes, type ValueAxes } from './quadrants';
import { compareTiers, type TierComparison } from './tierComparison';
import type { Criterion } from './tierCriteria';
import { profitColumn, type TierData } from './tierInput';
import { shareCounts, tiersByCutoffs, tiersByShares, tiersByThresholds, type Cuts } from './tiering';
import type { TierSettings } from './tierState';
import { tierSummary, type TierFigures } from './tierSummary';
import { weightedScores, type NormalisedColumns } from './weightedScore';
import { defaultWeights, normaliseWeights, type Weights } from './weights';

export interface Classification {
  weights: Weights;
  scores: Float64Array;
  lead: Uint8Array;
  method1: Uint8Array;
  method2: Uint8Array;
  cuts: Cuts;
  summary1: TierFigures[];
  summary2: TierFigures[];
  comparison: TierComparison;
  axes: ValueAxes;
}

/** Two significant figures, rounded down, so a derived cut-off reads like one a person would set. */
export function roundCut(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.floor(value / magnitude) * magnitude;
}

/** Method 1's default cut-offs: the indicator's values where the target shares would cut the list. */
export function defaultCuts(values: Float64Array, shares: Cuts): Cuts {
  const ascending = sortedAscending(values);
  const last = ascending.length - 1;
  if (last < 0) return [0, 0, 0];
  const counts = shareCounts(ascending.length, shares);
  const at = (count: number) => roundCut(ascending[last - Math.max(0, count - 1)] as number);
  return [at(counts[0]), at(counts[1]), at(counts[2])];
}

export function effectiveWeights(settings: TierSettings, available: readonly Criterion[]): Weights {
  return settings.weights ? normaliseWeights(settings.weights, available) : defaultWeights(available);
}

export function classify(
  data: TierData,
  normalised: NormalisedColumns,
  available: readonly Criterion[],
  settings: TierSettings,
): Classification {
  const n = data.ids.length;
  const weights = effectiveWeights(settings, available);
  const scores = weightedScores(normalised, weights, n);
  const revenue = data.columns.revenue;
  const profit = profitColumn(data);
  const lead = settings.lead ? leadMask(profit, revenue, settings.margin, n) : new Uint8Array(n);
  const method2 =
    settings.mode === 'shares'
      ? tiersByShares(scores, settings.shares, lead)
      : tiersByThresholds(scores, settings.thresholds, lead);
  const indicator = data.columns[settings.m1] ?? new Float64Array(n);
  const cuts = settings.cuts ?? defaultCuts(indicator, settings.shares);
  const method1 = tiersByCutoffs(indicator, cuts, lead);
  return {
    weights,
    scores,
    lead,
    method1,
    method2,
    cuts,
    summary1: tierSummary(method1, revenue, profit),
    summary2: tierSummary(method2, revenue, profit),
    comparison: compareTiers(method1, method2),
    axes: valueAxes(normalised, weights, available, n),
  };
}
