/**
 * What the mastery and review islands need from the content: each question's objective (the
 * language-independent key `module/lesson#n`), and each module's objectives with their text and a
 * link to the lesson's objective in the lesson page.
 */
import { getCourse, getLessonEntries, getQuestions, lessonMeta } from '@/data/course';
import { localePath, type Locale } from '@/i18n';
import { flattenLessons, lessonKey, lessonPath, modulePath } from '@/lib/content/course';
import { objectiveKey } from '@/lib/mastery/mastery';

export interface ObjectiveLink {
  key: string;
  text: string;
  lesson: string;
  href: string;
}

export interface ModuleObjectives {
  module: string;
  title: string;
  href: string;
  objectives: ObjectiveLink[];
}

export async function masteryData(locale: Locale) {
  const base = import.meta.env.BASE_URL;
  const course = await getCourse(locale);
  const entries = await getLessonEntries(locale);
  const questions = await getQuestions(locale);
  const objectiveOf: Record<string, string> = {};
  for (const question of questions.values()) {
    const module = course.find((m) => m.slug.startsWith(question.id.slice(0, 3)));
    if (module) objectiveOf[question.id] = objectiveKey(module.slug, question.lesson, question.objective);
  }
  const tested = new Set(Object.values(objectiveOf));
  const modules: ModuleObjectives[] = course.map((module) => ({
    module: module.slug,
    title: module.title,
    href: localePath(locale, modulePath(module.slug), base),
    objectives: entries
      .map((entry) => ({ entry, meta: lessonMeta(entry) }))
      .filter(({ meta }) => meta.module === module.slug)
      .sort((a, b) => a.meta.order - b.meta.order)
      .flatMap(({ entry, meta }) =>
        entry.data.objectives.map((text, i) => ({
          key: objectiveKey(meta.module, meta.slug, i + 1),
          text,
          lesson: meta.title,
          href: `${localePath(locale, lessonPath(meta), base)}#objective-${i + 1}`,
        })),
      )
      .filter((objective) => tested.has(objective.key)),
  }));
  const lessons = flattenLessons(course).map((lesson) => ({
    key: lessonKey(lesson),
    minutes: lesson.minutes,
    title: lesson.title,
    href: localePath(locale, lessonPath(lesson), base),
  }));
  return { objectiveOf, modules, lessons };
}
