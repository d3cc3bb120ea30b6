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

export async function getSourceDocuments() {
  const documents = await getCollection('sources');
  return documents.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every book or article the lessons credit (sources with an author), once each, with the lessons citing it. */
export async function getCitedWorks(locale: Locale) {
  const works = new Map<
    string,
    {
      title: string;
      author: string;
      year?: number | undefined;
      url?: string | undefined;
      lessons: LessonMeta[];
    }
  >();
  for (const entry of await getLessonEntries(locale)) {
    for (const source of entry.data.sources) {
      if (!source.author) continue;
      const key = `${source.author}|${source.title}`;
      const work = works.get(key) ?? {
        title: source.title,
        author: source.author,
        year: source.year,
        url: source.url,
        lessons: [],
      };
      work.lessons.push(lessonMeta(entry));
      works.set(key, work);
    }
  }
  return [...works.values()].sort(
    (a, b) => a.author.localeCompare(b.author) || a.title.localeCompare(b.title),
  );
}
