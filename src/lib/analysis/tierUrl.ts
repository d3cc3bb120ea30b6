/**
 * The tier classifier's settings in and out of the URL (loaded by the tools page only). Each
 * value that is malformed falls back to its default on its own; only what differs from the
 * defaults is written, so links stay short.
 *
 * Method 1's cut-offs on an amount are written in the sample file's own unit (¥10,000), not the
 * unit the page shows: the English page shows the capstone list × 10 (¥ thousand), so a link made
 * on one edition must mean the same customers on the other. `unitScale` is the list's shown units
 * per file unit (TierRows.unitScale); 1 for the Chinese page, the unscaled samples and an
 * imported file, whose cut-offs go into the URL as they are.
 */
import { normalisations } from './normalise';
import { amountCriteria, criteria, type Criterion } from './tierCriteria';
import type { Cuts } from './tiering';
import {
  defaultTierSettings,
  methodOneCriteria,
  tierSamples,
  type TierSample,
  type TierSettings,
} from './tierState';
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

// Twelve significant digits drop the binary noise of × and ÷ 10 (0.3 × 10 = 3.0000000000000004)
// while keeping every digit a learner types.
const tidy = (v: number) => Number(v.toPrecision(12));
const scaled = (cuts: Cuts, by: (v: number) => number): Cuts => [
  tidy(by(cuts[0])),
  tidy(by(cuts[1])),
  tidy(by(cuts[2])),
];

/** Cut-offs from the URL's file unit to the shown unit (only for an amount criterion). */
export function cutsFromUrl(cuts: Cuts, m1: Criterion, unitScale: number): Cuts {
  if (unitScale === 1 || !amountCriteria.has(m1)) return cuts;
  return scaled(cuts, (v) => v * unitScale);
}

/** Cut-offs from the shown unit to the URL's file unit (only for an amount criterion). */
export function cutsToUrl(cuts: Cuts, m1: Criterion, unitScale: number): Cuts {
  if (unitScale === 1 || !amountCriteria.has(m1)) return cuts;
  return scaled(cuts, (v) => v / unitScale);
}

/** `unitScaleOf`: the shown units per file unit of the sample list the URL names. */
export function parseTierState(
  search: string,
  unitScaleOf: (source: TierSample) => number = () => 1,
): TierSettings {
  const params = new URLSearchParams(search);
  const d = defaultTierSettings;
  const shares = triple(params.get('sh'));
  const thresholds = triple(params.get('th'));
  const cuts = triple(params.get('cut'));
  const margin = Number(params.get('lm') ?? Number.NaN);
  const source = oneOf(params.get('data'), tierSamples, d.source);
  const m1 = oneOf(params.get('m1'), methodOneCriteria, d.m1);
  return {
    source,
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
    m1,
    cuts: cuts && descending(cuts) ? cutsFromUrl(cuts, m1, unitScaleOf(source)) : null,
  };
}

/** Only what differs from the defaults, so links stay short. `unitScale`: of the list on screen. */
export function serialiseTierState(settings: TierSettings, unitScale = 1): string {
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
  if (settings.cuts) params.set('cut', cutsToUrl(settings.cuts, settings.m1, unitScale).join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
