/**
 * The tier card sort (module 2, lesson 2): where the learner put each card, and the grade. The
 * cards' schema is in ./cardSchema.ts (build time only, so the island ships no zod).
 */
import type { Tier } from '../analysis/tierCriteria';
import type { TierCard } from './cardSchema';

export type { TierCard };

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
