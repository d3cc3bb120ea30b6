/** What the quiz pages hand their island: questions, banks and links to the lessons they test. */
import { getCourse, getQuestions } from '@/data/course';
import { localePath, type Locale } from '@/i18n';
import { flattenLessons, lessonKey, lessonPath } from '@/lib/content/course';
import type { Question } from '@/lib/content/schemas';
import type { Bank } from '@/lib/quiz/assemble';

export async function quizData(locale: Locale) {
  const base = import.meta.env.BASE_URL;
  const course = await getCourse(locale);
  const bank = await getQuestions(locale);
  const questions = [...bank.values()];
  const moduleOf = (question: Question) => course.find((m) => m.slug.startsWith(question.id.slice(0, 3)));
  const banks: Bank[] = course
    .map((module) => ({
      module: module.slug,
      questionIds: questions.filter((q) => moduleOf(q)?.slug === module.slug).map((q) => q.id),
    }))
    .filter((b) => b.questionIds.length > 0);
  const lessonLinks = Object.fromEntries(
    flattenLessons(course).map((lesson) => [
      lessonKey(lesson),
      { title: lesson.title, href: localePath(locale, lessonPath(lesson), base) },
    ]),
  );
  return { course, questions, banks, lessonLinks, moduleOf };
}
