/**
 * The tier classifier's settings in and out of the URL (loaded by the tools page only). Each
 * value that is malformed falls back to its default on its own; only what differs from the
 * defaults is written, so links stay short.
 */
import { normalisations } from './normalise';
import { criteria, type Criterion } from './tierCriteria';
import type { Cuts } from './tiering';
import { defaultTierSettings, methodOneCriteria, tierSamples, type TierSettings } from './tierState';
import type { Weights } from './weights';

/** Short codes of the criteria in a shared link. */
export const criterionCodes: Record<Criterion, string> = {
  revenue: 'r',
  grossProfit: 'gp',
  profit: 'p',
  collections: 'c',
  orders: 'o',
  growthPotential: 'g',
  strategicValue: 's',
  costToServe: 'cs',
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
