/**
 * The tier classifier's settings in the URL, so a trainer can share a prepared setting by link:
 * which sample list, normalisation, weights, how method 2 cuts (target shares or score
 * thresholds), the lead rule, and method 1's indicator and cut-offs. Never the data, nor the
 * learner's 1–5 scores. Each value that is malformed falls back to its default on its own.
 */
import { normalisations, type Normalisation } from './normalise';
import { sampleDatasets } from './simulatorState';
import { criteria, criterionCodes, lowerIsBetter, type Criterion } from './tierCriteria';
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

const codeToCriterion = new Map(Object.entries(criterionCodes).map(([c, code]) => [code, c as Criterion]));

function oneOf<T extends string>(raw: string | null, options: readonly T[], fallback: T): T {
  return options.find((option) => option === raw) ?? fallback;
}

function triple(raw: string | null): [number, number, number] | undefined {
  if (!raw) return undefined;
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? (values as [number, number, number]) : undefined;
}

const descending = (v: readonly number[]) =>
  (v[0] as number) >= (v[1] as number) && (v[1] as number) >= (v[2] as number);

export function parseWeights(raw: string | null): Weights | null {
  if (!raw) return null;
  const weights: Weights = {};
  for (const token of raw.split(',')) {
    const match = /^([a-z]+)(\d{1,3})$/.exec(token);
    const criterion = match ? codeToCriterion.get(match[1] ?? '') : undefined;
    if (!match || !criterion || criterion in weights) return null;
    weights[criterion] = Number(match[2]);
  }
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  return sum === 100 ? weights : null;
}

export function serialiseWeights(weights: Weights): string {
  return criteria
    .filter((c) => (weights[c] ?? 0) > 0)
    .map((c) => `${criterionCodes[c]}${weights[c]}`)
    .join(',');
}

export function parseTierState(search: string): TierSettings {
  const params = new URLSearchParams(search);
  const d = defaultTierSettings;
  const shares = triple(params.get('sh'));
  const thresholds = triple(params.get('th'));
  const cuts = triple(params.get('cut'));
  const margin = Number(params.get('lm') ?? Number.NaN);
  return {
    source: oneOf(params.get('data'), tierSamples, d.source),
    norm: oneOf(params.get('norm'), normalisations, d.norm),
    weights: parseWeights(params.get('w')),
    mode: oneOf(params.get('mode'), ['shares', 'thresholds'] as const, d.mode),
    shares:
      shares && shares.every((v) => Number.isInteger(v) && v >= 0) && shares[0] + shares[1] + shares[2] <= 100
        ? shares
        : d.shares,
    thresholds:
      thresholds && thresholds.every((v) => v >= 0 && v <= 100) && descending(thresholds)
        ? thresholds
        : d.thresholds,
    lead: params.get('lead') === '0' ? false : d.lead,
    margin:
      params.get('lm') !== null && Number.isFinite(margin) && margin >= 0 && margin <= 50 ? margin : d.margin,
    m1: oneOf(params.get('m1'), methodOneCriteria, d.m1),
    cuts: cuts && descending(cuts) ? cuts : null,
  };
}

/** Only what differs from the defaults, so links stay short. */
export function serialiseTierState(settings: TierSettings): string {
  const d = defaultTierSettings;
  const params = new URLSearchParams();
  const same = (a: Cuts, b: Cuts) => a.every((v, i) => v === b[i]);
  if (settings.source !== d.source) params.set('data', settings.source);
  if (settings.norm !== d.norm) params.set('norm', settings.norm);
  if (settings.weights) params.set('w', serialiseWeights(settings.weights));
  if (settings.mode !== d.mode) params.set('mode', settings.mode);
  if (!same(settings.shares, d.shares)) params.set('sh', settings.shares.join(','));
  if (!same(settings.thresholds, d.thresholds)) params.set('th', settings.thresholds.join(','));
  if (!settings.lead) params.set('lead', '0');
  if (settings.margin !== d.margin) params.set('lm', String(settings.margin));
  if (settings.m1 !== d.m1) params.set('m1', settings.m1);
  if (settings.cuts) params.set('cut', settings.cuts.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
