/**
 * Zod schemas of everything authors write in `content/`. Used by `src/content.config.ts` for the
 * build and by unit tests directly, so an author's mistake fails both with the file named.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
/** A module folder / file name such as `m01-key-accounts`. */
export const moduleSlug = z.string().regex(/^m\d{2}-[a-z0-9-]+$/, 'module slug like m01-key-accounts');
/** A lesson file name such as `01-pareto` (order prefix, then a short name). */
export const lessonSlug = z.string().regex(/^\d{2}-[a-z0-9-]+$/, 'lesson slug like 01-pareto');

export const sourceSchema = z.object({
  /** Title of the book, article or source document. */
  title: text,
  /** Author(s) or the organisation; omitted for the course's own source documents. */
  author: text.optional(),
  /** Year of publication. */
  year: z.number().int().min(1500).max(2100).optional(),
  /** A public link, when there is one. */
  url: z.url().optional(),
  /** What the lesson takes from it. */
  note: text.optional(),
});

export const moduleSchema = z.object({
  /** Position on the course home, 1-based. */
  order: z.number().int().min(1),
  /** Module title as shown on the home page and in the sidebar. */
  title: text,
  /** One or two sentences shown under the title. */
  summary: text,
  /** What a learner can do after the module. */
  objectives: z.array(text).min(1),
  /** Estimated study time in minutes; the lessons' minutes are used when absent. */
  minutes: z.number().int().positive().optional(),
});

export const lessonSchema = z.object({
  /** Lesson title (the page's h1). */
  title: text,
  /** The module slug; must equal the folder the lesson sits in. */
  module: moduleSlug,
  /** Position within the module, 1-based. */
  order: z.number().int().min(1),
  /** One or two sentences for the module page and search results. */
  summary: text,
  /** Learning objectives shown in a box at the top of the lesson. */
  objectives: z.array(text).min(1),
  /** Estimated reading and exercise time. */
  minutes: z.number().int().positive(),
  /** Works the lesson draws on: frameworks credited and the course's source documents. */
  sources: z.array(sourceSchema).default([]),
  /** Draft lessons are built but not listed; default false. */
  draft: z.boolean().default(false),
});

const optionSchema = z.object({ id: text, text: text });

const questionBase = z.object({
  /** Shared by both languages: `m01-q01`. */
  id: z.string().regex(/^m\d{2}-[a-z0-9-]+$/, 'question id like m01-q01'),
  /** The lesson slug (within the module) the question tests, e.g. `01-pareto`. */
  lesson: lessonSlug,
  /**
   * Which of that lesson's objectives the question tests: the 1-based position in the lesson's
   * `objectives` list (the same in both languages). Checked by `src/lib/quiz/bankRules.ts`.
   */
  objective: z.number().int().min(1),
  /** The question as asked. */
  prompt: text,
  /** Shown after answering: why the answer is right. */
  explanation: text,
});

export const singleQuestion = questionBase.extend({
  type: z.literal('single'),
  options: z.array(optionSchema).min(2),
  answer: text,
});
export const multipleQuestion = questionBase.extend({
  type: z.literal('multiple'),
  options: z.array(optionSchema).min(2),
  answers: z.array(text).min(1),
});
export const trueFalseQuestion = questionBase.extend({
  type: z.literal('truefalse'),
  answer: z.boolean(),
});
export const orderingQuestion = questionBase.extend({
  type: z.literal('ordering'),
  /** The items in their correct order; the site shuffles them for display. */
  items: z.array(optionSchema).min(2),
});
export const matchingQuestion = questionBase.extend({
  type: z.literal('matching'),
  pairs: z.array(z.object({ id: text, left: text, right: text })).min(2),
});
export const categorisingQuestion = questionBase.extend({
  type: z.literal('categorising'),
  groups: z.array(optionSchema).min(2),
  items: z.array(z.object({ id: text, text: text, group: text })).min(2),
});

export const questionSchema = z
  .discriminatedUnion('type', [
    singleQuestion,
    multipleQuestion,
    trueFalseQuestion,
    orderingQuestion,
    matchingQuestion,
    categorisingQuestion,
  ])
  .superRefine((question, ctx) => {
    const problem = questionProblem(question);
    if (problem) ctx.addIssue({ code: 'custom', message: `${question.id}: ${problem}` });
  });

export type Question = z.infer<typeof questionSchema>;

/** Internal consistency a type alone cannot express: answers must name existing options. */
export function questionProblem(question: z.infer<typeof questionSchema>): string | undefined {
  switch (question.type) {
    case 'single':
      return question.options.some((o) => o.id === question.answer)
        ? undefined
        : `answer "${question.answer}" is not one of the options`;
    case 'multiple': {
      const missing = question.answers.filter((a) => !question.options.some((o) => o.id === a));
      return missing.length ? `answers ${missing.join(', ')} are not options` : undefined;
    }
    case 'categorising': {
      const groupIds = new Set(question.groups.map((g) => g.id));
      const stray = question.items.filter((item) => !groupIds.has(item.group));
      return stray.length ? `items ${stray.map((i) => i.id).join(', ')} name an unknown group` : undefined;
    }
    default:
      return undefined;
  }
}

export const quizBankSchema = z
  .object({
    /** The module slug this bank belongs to. */
    module: moduleSlug,
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    for (const question of bank.questions) {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', message: `duplicate question id ${question.id}` });
      seen.add(question.id);
    }
  });

export type QuizBank = z.infer<typeof quizBankSchema>;

const glossaryLanguage = z.object({ term: text, definition: text });

export const glossaryTermSchema = z.object({
  /** Stable id used by `<Term id="…">` in both languages. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** `module/lesson` that teaches the term, e.g. `m01-key-accounts/01-pareto`. */
  lesson: z.string().regex(/^m\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/),
  zh: glossaryLanguage,
  en: glossaryLanguage,
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

const sourceDocumentLanguage = z.object({ title: text, kind: text, description: text });

/** One of the course's own source documents, described in both languages. */
export const sourceDocumentSchema = z.object({
  /** The document's number, as lessons cite it: "000" … "004". */
  id: z.string().regex(/^\d{3}$/),
  zh: sourceDocumentLanguage,
  en: sourceDocumentLanguage,
});
