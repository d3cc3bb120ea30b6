/**
 * The one place pages read the content collections. Turns entries into the plain data that
 * `src/lib/content/course.ts` works on, per language.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '@/i18n/locales';
import { buildCourse, splitEntryId, type CourseModule, type LessonMeta } from '@/lib/content/course';
import type { GlossaryTerm, Question } from '@/lib/content/schemas';

export type LessonEntry = CollectionEntry<'lessons'>;

function lastSegment(id: string): string {
  return splitEntryId(id).path.at(-1) ?? id;
}

export async function getLessonEntries(locale: Locale): Promise<LessonEntry[]> {
  const entries = await getCollection('lessons', (entry) => splitEntryId(entry.id).locale === locale);
  return entries.filter((entry) => !entry.data.draft);
}

export function lessonMeta(entry: LessonEntry): LessonMeta {
  return {
    module: entry.data.module,
    slug: lastSegment(entry.id),
    order: entry.data.order,
    title: entry.data.title,
    summary: entry.data.summary,
    minutes: entry.data.minutes,
  };
}

export async function getCourse(locale: Locale): Promise<CourseModule[]> {
  const modules = await getCollection('modules', (entry) => splitEntryId(entry.id).locale === locale);
  const lessons = await getLessonEntries(locale);
  return buildCourse(
    modules.map((entry) => ({ slug: lastSegment(entry.id), ...entry.data })),
    lessons.map(lessonMeta),
  );
}

export async function getQuestions(locale: Locale): Promise<Map<string, Question>> {
  const banks = await getCollection('quizzes', (entry) => splitEntryId(entry.id).locale === locale);
  return new Map(
    banks.flatMap((bank) => bank.data.questions.map((question) => [question.id, question] as const)),
  );
}

export async function getGlossary(): Promise<GlossaryTerm[]> {
  const terms = await getCollection('glossary');
  return terms.map((entry) => entry.data);
}
