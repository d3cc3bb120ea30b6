/**
 * The trainer material from the content collections: agendas, facilitator notes, and the set of
 * routes an agenda may open (so a slot pointing at a page that does not exist fails the build).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '@/i18n/locales';
import { splitEntryId, lessonPath, type CourseModule } from '@/lib/content/course';
import { missingRoutes, type Agenda } from '@/lib/trainer/agenda';
import type { FacilitatorNotes } from '@/lib/trainer/notes';

export interface AgendaEntry {
  id: string;
  agenda: Agenda;
}

export async function getAgendas(): Promise<AgendaEntry[]> {
  const entries = await getCollection('agendas');
  return entries
    .map((entry) => ({ id: entry.id, agenda: entry.data }))
    .sort((a, b) => a.agenda.order - b.agenda.order);
}

export async function getFacilitatorNotes(locale: Locale, module: string): Promise<FacilitatorNotes> {
  const entries = await getCollection('trainerNotes', (entry) => splitEntryId(entry.id).locale === locale);
  const found = entries.find((entry) => entry.data.module === module);
  if (!found) throw new Error(`content/trainer/notes/${locale}/${module}.yaml is missing`);
  const fileName = splitEntryId(found.id).path.at(-1);
  if (fileName !== module) throw new Error(`trainer notes ${found.id}: module must equal the file name`);
  return found.data;
}

// Standalone tool pages, found from the files so new tools count without editing this list.
const toolPages = Object.keys(import.meta.glob('/src/pages/[[]locale[]]/tools/*.astro')).map(
  (file) =>
    `tools/${file
      .split('/')
      .at(-1)
      ?.replace(/\.astro$/, '')}/`,
);

/** Every route below a locale that an agenda slot may open. */
export function knownRoutes(course: readonly CourseModule[]): Set<string> {
  const routes = new Set<string>(['exam/', 'glossary/', 'progress/', 'tools/', 'trainer/']);
  for (const tool of toolPages) routes.add(tool.replace('tools/index/', 'tools/'));
  for (const module of course) {
    if (module.lessons.length === 0) continue;
    routes.add(`learn/${module.slug}/`);
    routes.add(`quiz/${module.slug}/`);
    routes.add(`present/${module.slug}/`);
    for (const lesson of module.lessons) routes.add(lessonPath(lesson));
  }
  return routes;
}

/** Fails the build naming the agenda and the routes it opens that do not exist. */
export function assertAgendaRoutes(entry: AgendaEntry, course: readonly CourseModule[]): void {
  const missing = missingRoutes(entry.agenda, knownRoutes(course));
  if (missing.length) {
    throw new Error(
      `content/trainer/agendas/${entry.id}.yaml opens pages that do not exist: ${missing.join(', ')}`,
    );
  }
}

export async function getWorksheets() {
  const entries = await getCollection('worksheets');
  return entries
    .map((entry) => ({ id: entry.id, sheet: entry.data }))
    .sort((a, b) => a.sheet.order - b.sheet.order);
}
