/**
 * The criteria a customer can be tiered on (module 2: a single indicator, a weighted score, a
 * scorecard of current and potential value), how each reads (higher better, or lower better for
 * the cost to serve) and which ones the learner scores 1–5 when the list has no such column.
 */
export const criteria = [
  'revenue',
  'grossProfit',
  'profit',
  'collections',
  'orders',
  'growthPotential',
  'strategicValue',
  'costToServe',
] as const;
export type Criterion = (typeof criteria)[number];

/** A larger cost to serve makes a customer worth less: its normalised value is turned round. */
export const lowerIsBetter: ReadonlySet<Criterion> = new Set(['costToServe']);

/**
 * Criteria counted in money: a sample list shown in another unit (datasetUnit.ts) scales these
 * columns, so cut-offs on them scale too; orders and 1–5 scores do not.
 */
export const amountCriteria: ReadonlySet<Criterion> = new Set([
  'revenue',
  'grossProfit',
  'profit',
  'costToServe',
]);

/** Criteria of potential value (the scorecard's second axis); the rest are current value. */
export const potentialCriteria: readonly Criterion[] = ['growthPotential', 'strategicValue'];

/** Criteria a learner scores 1–5 in an editable table when the list does not carry them. */
export const scoredCriteria = ['collections', 'growthPotential', 'strategicValue'] as const;
export type ScoredCriterion = (typeof scoredCriteria)[number];

/** The four tiers, best first; a tier is stored as its index (0 platinum … 3 lead). */
export const tiers = ['platinum', 'gold', 'iron', 'lead'] as const;
export type Tier = (typeof tiers)[number];
export const LEAD = 3;
