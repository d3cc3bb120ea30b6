/**
 * The tier classifier's settings and their defaults; ./tierUrl.ts puts them in the URL, so a
 * trainer can share a prepared setting by link:
 * which sample list, normalisation, weights, how method 2 cuts (target shares or score
 * thresholds), the lead rule, and method 1's indicator and cut-offs. Never the data, nor the
 * learner's 1–5 scores. Each value that is malformed falls back to its default on its own.
 */
import type { Normalisation } from './normalise';
import { sampleDatasets } from './simulatorState';
import { criteria, lowerIsBetter, type Criterion } from './tierCriteria';
import type { Cuts } from './tiering';
import type { Weights } from './weights';

/** The sample lists: the explorer's three, and the module 8 capstone's twelve customers. */
export const tierSamples = [...sampleDatasets, 'capstone-12'] as const;
export type TierSample = (typeof tierSamples)[number];

export const methodOneCriteria = criteria.filter((c) => !lowerIsBetter.has(c));

export interface TierSettings {
  source: TierSample;
  norm: Normalisation;
  /** null: the default weights for the list's criteria. */
  weights: Weights | null;
  mode: 'shares' | 'thresholds';
  /** Platinum, gold and iron in percent of the list; lead is the rest. */
  shares: Cuts;
  /** Minimum scores (0–100) for platinum, gold and iron. */
  thresholds: Cuts;
  lead: boolean;
  /** Minimum margin in percent below which a customer is lead. */
  margin: number;
  m1: Criterion;
  /** Method 1's cut-offs in the indicator's own units; null: derived from the list. */
  cuts: Cuts | null;
}

export const defaultTierSettings: TierSettings = {
  source: 'distributor',
  norm: 'rank',
  weights: null,
  mode: 'shares',
  shares: [5, 15, 50],
  thresholds: [70, 45, 20],
  lead: true,
  margin: 2,
  m1: 'revenue',
  cuts: null,
};
