/** The tier card sort's deck for a language, from content/exercises/tier-cards/ (validated at build). */
import { getEntry } from 'astro:content';
import type { Locale } from '@/i18n';
import type { TierCard } from '@/lib/tiers/cards';

export async function tierDeck(locale: Locale): Promise<TierCard[]> {
  const entry = await getEntry('tierCards', locale);
  if (!entry) throw new Error(`content/exercises/tier-cards/${locale}.yaml is missing`);
  return entry.data.cards;
}
