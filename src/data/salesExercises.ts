/**
 * Content of the module 5–6 exercises for a page, per language: the buying-centre cases, the SPIN
 * sorter's questions and the role-play scenarios, each in its `order`, with the file name as id.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '@/i18n/locales';
import { splitEntryId } from '@/lib/content/course';

const idOf = (entryId: string) => splitEntryId(entryId).path.at(-1) ?? entryId;

export async function getBuyingCentreCases(locale: Locale) {
  const entries = await getCollection('buyingCentreCases', (e) => splitEntryId(e.id).locale === locale);
  return entries.map((e) => ({ id: idOf(e.id), ...e.data })).sort((a, b) => a.order - b.order);
}

export async function getSorterBank(locale: Locale) {
  const entries = await getCollection('spinSorter', (e) => splitEntryId(e.id).locale === locale);
  const bank = entries[0]?.data;
  if (!bank) throw new Error(`content/exercises/spin-sorter/${locale}/ has no question file`);
  return bank;
}

export async function getRoleplayScenarios(locale: Locale) {
  const entries = await getCollection('spinRoleplay', (e) => splitEntryId(e.id).locale === locale);
  return entries.map((e) => ({ id: idOf(e.id), ...e.data })).sort((a, b) => a.order - b.order);
}
