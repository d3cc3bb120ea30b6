/**
 * The shareable state of a customer-value simulator, kept in the URL so a trainer can send a
 * prepared view: which data (a sample list or generated customers), the generator's parameters and
 * the view's settings. Imported data never goes into the URL. Anything malformed falls back to the
 * defaults, value by value.
 */
import { GENERATE_LIMITS } from './generate';

export const sampleDatasets = ['industrial-supplier', 'distributor', 'software-vendor'] as const;
export type SampleDataset = (typeof sampleDatasets)[number];

export interface SimulatorState {
  source: SampleDataset | 'generate';
  n: number;
  seed: number;
  distribution: 'lognormal' | 'pareto';
  shape: number;
  /** Top share of customers to read off, percent (1–100). */
  x: number;
  measure: 'revenue' | 'profit';
  curve: 'pareto' | 'lorenz';
}

export const defaultState: SimulatorState = {
  source: 'distributor',
  n: 1000,
  seed: 1,
  distribution: 'lognormal',
  shape: 1.2,
  x: 20,
  measure: 'revenue',
  curve: 'pareto',
};

function number(raw: string | null, min: number, max: number, fallback: number, integer = false): number {
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) return fallback;
  const clamped = Math.min(max, Math.max(min, value));
  return integer ? Math.round(clamped) : clamped;
}

function oneOf<T extends string>(raw: string | null, options: readonly T[], fallback: T): T {
  return options.find((option) => option === raw) ?? fallback;
}

export function parseState(search: string): SimulatorState {
  const params = new URLSearchParams(search);
  const distribution = oneOf(params.get('dist'), ['lognormal', 'pareto'] as const, defaultState.distribution);
  const [minShape, maxShape] = distribution === 'lognormal' ? [0.2, 3] : [0.8, 4];
  return {
    source: oneOf(params.get('data'), [...sampleDatasets, 'generate'] as const, defaultState.source),
    n: number(params.get('n'), GENERATE_LIMITS.minN, GENERATE_LIMITS.maxN, defaultState.n, true),
    seed: number(params.get('seed'), 0, 2 ** 31 - 1, defaultState.seed, true),
    distribution,
    shape: number(params.get('shape'), minShape, maxShape, defaultState.shape),
    x: number(params.get('x'), 1, 100, defaultState.x, true),
    measure: oneOf(params.get('measure'), ['revenue', 'profit'] as const, defaultState.measure),
    curve: oneOf(params.get('curve'), ['pareto', 'lorenz'] as const, defaultState.curve),
  };
}

/** Only what differs from the defaults, so shared links stay short. */
export function serialiseState(state: SimulatorState): string {
  const params = new URLSearchParams();
  if (state.source !== defaultState.source) params.set('data', state.source);
  if (state.source === 'generate') {
    params.set('n', String(state.n));
    params.set('seed', String(state.seed));
    params.set('dist', state.distribution);
    params.set('shape', String(state.shape));
  }
  if (state.x !== defaultState.x) params.set('x', String(state.x));
  if (state.measure !== defaultState.measure) params.set('measure', state.measure);
  if (state.curve !== defaultState.curve) params.set('curve', state.curve);
  const text = params.toString();
  return text ? `?${text}` : '';
}
