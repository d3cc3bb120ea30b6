/**
 * The schema of the tier card decks, content/exercises/tier-cards/{zh,en}.yaml: customer profile
 * cards, ids shared across languages, each with the lesson's tier and its reasoning. Used by
 * content.config.ts at build time and by tests/unit/tierCards.test.ts.
 */
import { z } from 'zod';
import { tiers } from '../analysis/tierCriteria';

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

/** What a saved attempt holds (progress, and later a trainer's class results). */
export const savedSortSchema = z.object({
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  placements: z.record(z.string(), z.enum(tiers)),
});
export type SavedSort = z.infer<typeof savedSortSchema>;
