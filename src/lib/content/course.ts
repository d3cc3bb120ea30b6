/**
 * The course's structure from plain module and lesson metadata: ordering, grouping, neighbours.
 * Pages pass in what they read from the content collections; nothing here touches Astro.
 */
import type { Locale } from '../../i18n/locales';

export interface ModuleMeta {
  slug: string;
  order: number;
  title: string;
  summary: string;
  objectives: readonly string[];
  minutes?: number | undefined;
}

export interface LessonMeta {
  module: string;
  slug: string;
  order: number;
  title: string;
  summary: string;
  minutes: number;
}

export interface CourseModule extends ModuleMeta {
  lessons: LessonMeta[];
  /** Explicit module minutes, else the sum of its lessons. */
  totalMinutes: number;
}

/** A collection entry id such as `zh/m01-key-accounts/01-pareto` split into its parts. */
export function splitEntryId(id: string): { locale: string; path: string[] } {
  const [locale = '', ...path] = id.split('/');
  return { locale, path };
}

/** The language-independent key of a lesson, used for progress: `m01-key-accounts/01-pareto`. */
export function lessonKey(lesson: Pick<LessonMeta, 'module' | 'slug'>): string {
  return `${lesson.module}/${lesson.slug}`;
}

export function buildCourse(modules: readonly ModuleMeta[], lessons: readonly LessonMeta[]): CourseModule[] {
  return [...modules]
    .sort((a, b) => a.order - b.order)
    .map((module) => {
      const own = lessons
        .filter((lesson) => lesson.module === module.slug)
        .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
      const lessonMinutes = own.reduce((sum, lesson) => sum + lesson.minutes, 0);
      return { ...module, lessons: own, totalMinutes: module.minutes ?? lessonMinutes };
    });
}

/** Lessons in reading order across the whole course. */
export function flattenLessons(course: readonly CourseModule[]): LessonMeta[] {
  return course.flatMap((module) => module.lessons);
}

export function neighbours(
  course: readonly CourseModule[],
  key: string,
): { previous?: LessonMeta; next?: LessonMeta } {
  const all = flattenLessons(course);
  const index = all.findIndex((lesson) => lessonKey(lesson) === key);
  if (index === -1) return {};
  const result: { previous?: LessonMeta; next?: LessonMeta } = {};
  const previous = all[index - 1];
  const next = all[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/** Path of a lesson page below the locale: `learn/m01-key-accounts/01-pareto/`. */
export function lessonPath(lesson: Pick<LessonMeta, 'module' | 'slug'>): string {
  return `learn/${lesson.module}/${lesson.slug}/`;
}

export function modulePath(moduleSlug: string): string {
  return `learn/${moduleSlug}/`;
}

export type { Locale };
