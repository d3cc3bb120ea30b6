/**
 * Criterion weights in whole percent that always add up to 100. Moving one weight shares the
 * difference out among the other active criteria in proportion to their current weights (equally
 * when they are all at zero); rounding goes by the largest remainder so the sum stays exactly 100.
 */
import type { Criterion } from './tierCriteria';

export type Weights = Partial<Record<Criterion, number>>;

/** The course's example weights (module 2, lesson 1): sales 30, gross profit 40, collections 20, orders 10. */
export const lessonWeights: Weights = { revenue: 30, grossProfit: 40, collections: 20, orders: 10 };

/** Whole numbers in proportion to `raw`, adding up to `total` (largest remainder). */
export function apportion(raw: readonly number[], total: number): number[] {
  const sum = raw.reduce((a, b) => a + Math.max(0, b), 0);
  if (raw.length === 0) return [];
  const shares = sum > 0 ? raw.map((v) => (Math.max(0, v) / sum) * total) : raw.map(() => total / raw.length);
  const floors = shares.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    left -= 1;
  }
  return floors;
}

/** The weights over `active` criteria only, scaled to add up to 100. */
export function normaliseWeights(weights: Weights, active: readonly Criterion[]): Weights {
  const values = apportion(
    active.map((c) => weights[c] ?? 0),
    100,
  );
  return Object.fromEntries(active.map((c, i) => [c, values[i] as number])) as Weights;
}

/** Default weights for the criteria a list has: the lesson's, with customer profit standing in for gross profit. */
export function defaultWeights(active: readonly Criterion[]): Weights {
  const base: Weights = { ...lessonWeights };
  if (!active.includes('grossProfit') && active.includes('profit')) base.profit = base.grossProfit ?? 0;
  return normaliseWeights(base, active);
}

/** Sets one weight (clamped to 0–100) and rescales the other active ones to fill the rest. */
export function setWeight(
  weights: Weights,
  active: readonly Criterion[],
  key: Criterion,
  value: number,
): Weights {
  if (!active.includes(key)) return normaliseWeights(weights, active);
  const target = Math.round(Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0)));
  const others = active.filter((c) => c !== key);
  if (others.length === 0) return { [key]: 100 } as Weights;
  const rest = apportion(
    others.map((c) => weights[c] ?? 0),
    100 - target,
  );
  const next: Weights = { [key]: target };
  others.forEach((c, i) => (next[c] = rest[i] as number));
  return next;
}
