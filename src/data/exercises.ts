/** Reads the sales-method exercise collections (issue 7) for one language. */
import { getEntry } from 'astro:content';
import type { Locale } from '@/i18n/locales';
import type { OpportunityContent } from '@/lib/exercises/opportunitySchema';
import type { RelationshipContent } from '@/lib/exercises/relationshipSchema';

export async function getOpportunityContent(locale: Locale): Promise<OpportunityContent> {
  const entry = await getEntry('opportunity', locale);
  if (!entry) throw new Error(`content/exercises/opportunity/${locale}.yaml is missing`);
  return entry.data;
}

export async function getRelationshipContent(locale: Locale): Promise<RelationshipContent> {
  const entry = await getEntry('relationship', locale);
  if (!entry) throw new Error(`content/exercises/relationship/${locale}.yaml is missing`);
  return entry.data;
}
