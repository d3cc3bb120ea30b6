/**
 * The tier card sort (module 2, lesson 2): a deck of customer profile cards per language, ids
 * shared, each with the lesson's tier and its reasoning; where the learner put each card; and the
 * grade. The schema validates content/exercises/tier-cards/{zh,en}.yaml (content.config.ts and
 * tests/unit/tierCards.test.ts).
 */
import { z } from 'zod';
import { tiers, type Tier } from '../analysis/tierCriteria';

const text = z.string().trim().min(1);
/** A figure an author may write bare (600) or as text ('600, our largest'). */
const figure = z.union([text, z.number()]).transform(String);

export const tierCardSchema = z.object({
  /** Shared across languages; letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The customer's (invented) name. */
  name: text,
  /** The profile: revenue, margin, payment habits, potential, relationship. */
  facts: z.object({
    revenue: figure,
    margin: figure,
    payment: text,
    potential: text,
    relationship: text,
  }),
  /** The lesson's answer. */
  tier: z.enum(tiers),
  /** Why, in the lesson's terms; shown as feedback. */
  why: text,
});

export const tierDeckSchema = z.object({
  cards: z
    .array(tierCardSchema)
    .min(12)
    .refine((cards) => new Set(cards.map((c) => c.id)).size === cards.length, 'card ids must be unique'),
});

export type TierCard = z.infer<typeof tierCardSchema>;

/** Where each card is: a tier, or absent (still in the pile). */
export type Placements = Partial<Record<string, Tier>>;

export interface CardResult {
  id: string;
  chosen: Tier | undefined;
  answer: Tier;
  correct: boolean;
}

export interface Grade {
  correct: number;
  total: number;
  results: CardResult[];
}

export function gradeCards(cards: readonly Pick<TierCard, 'id' | 'tier'>[], placements: Placements): Grade {
  const results = cards.map((card) => {
    const chosen = placements[card.id];
    return { id: card.id, chosen, answer: card.tier, correct: chosen === card.tier };
  });
  return { correct: results.filter((r) => r.correct).length, total: cards.length, results };
}

/** Cards still in the pile, in deck order. */
export function unplaced(cards: readonly Pick<TierCard, 'id'>[], placements: Placements): string[] {
  return cards.filter((card) => placements[card.id] === undefined).map((card) => card.id);
}

/** Ids the two decks do not share (empty when they match). */
export function deckMismatch(
  a: readonly Pick<TierCard, 'id'>[],
  b: readonly Pick<TierCard, 'id'>[],
): string[] {
  const left = new Set(a.map((c) => c.id));
  const right = new Set(b.map((c) => c.id));
  return [...[...left].filter((id) => !right.has(id)), ...[...right].filter((id) => !left.has(id))];
}

/** What a saved attempt holds (progress, and later a trainer's class results). */
export const savedSortSchema = z.object({
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  placements: z.record(z.string(), z.enum(tiers)),
});
export type SavedSort = z.infer<typeof savedSortSchema>;
