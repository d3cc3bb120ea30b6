/**
 * Item-writing rules a question bank must meet, so that a quiz measures what the learner knows and
 * not their skill at taking tests. Each rule is a pure function of one bank (one module, one
 * language) and returns the problems it finds as sentences naming the questions; an empty list
 * means the bank passes. `tests/unit/questionBanks.test.ts` runs them over every bank in `content/`.
 *
 * The limits and why:
 * - the keyed option of a single-choice question is *strictly* the longest in at most 35% of them
 *   (options are shuffled on screen, so length is the cue left: with four options of similar
 *   length the key is the longest about a quarter of the time by chance);
 * - true/false questions keyed `true` make up 35–65% of all true/false questions of the course in
 *   one language, and within a module they are not all keyed alike (a learner who always answers
 *   "false" must not pass);
 * - no explanation refers to an option by its letter or id (options are shuffled and unlettered
 *   on screen, so "b is right" points at nothing);
 * - in multiple-choice questions the correct options are not always the first ones as authored
 *   (print shows the authored order);
 * - absolute words (always, never, 一定, 永远 …) do not mark wrong answers: at most a few wrong
 *   options or false statements in a bank carry one;
 * - every question names an objective of its lesson, and every objective of every lesson is
 *   tested by at least one question (checked across banks by `untestedObjectives`).
 */
import type { Question, QuizBank } from '../content/schemas';

export type BankLanguage = 'zh' | 'en';

/** At most this share of single-choice keys may be strictly the longest option. */
export const MAX_LONGEST_KEY_SHARE = 0.35;
/** True/false questions keyed true: at least and at most these shares of the bank's true/false. */
export const MIN_TRUE_SHARE = 0.35;
export const MAX_TRUE_SHARE = 0.65;
/** How many wrong options and false statements of one bank may carry an absolute word. */
export const MAX_ABSOLUTE_CUES = 3;

/** Length as a reader sees it: code points, with runs of white space counted once. */
export function visibleLength(text: string): number {
  return [...text.trim().replace(/\s+/g, ' ')].length;
}

/** Single-choice questions whose keyed option is longer than every other option. */
export function keyIsLongest(question: Question): boolean {
  if (question.type !== 'single') return false;
  const key = question.options.find((o) => o.id === question.answer);
  if (!key) return false;
  const keyLength = visibleLength(key.text);
  return question.options.every((o) => o.id === key.id || visibleLength(o.text) < keyLength);
}

export function longestKeyProblems(bank: QuizBank): string[] {
  const singles = bank.questions.filter((q) => q.type === 'single');
  if (singles.length === 0) return [];
  const longest = singles.filter(keyIsLongest);
  const share = longest.length / singles.length;
  if (share <= MAX_LONGEST_KEY_SHARE) return [];
  return [
    `${bank.module}: the key is strictly the longest option in ${longest.length} of ${singles.length} ` +
      `single-choice questions (${Math.round(share * 100)}% > ${MAX_LONGEST_KEY_SHARE * 100}%): ` +
      longest.map((q) => q.id).join(', '),
  ];
}

/**
 * Across the course's banks in one language (a module has only a few true/false questions, so the
 * share is taken over all of them), 35–65% of true/false questions are keyed true.
 */
export function trueFalseBalanceProblems(banks: readonly QuizBank[]): string[] {
  const trueFalse = banks.flatMap((bank) => bank.questions).filter((q) => q.type === 'truefalse');
  if (trueFalse.length === 0) return [];
  const keyedTrue = trueFalse.filter((q) => q.answer === true).length;
  const share = keyedTrue / trueFalse.length;
  if (share >= MIN_TRUE_SHARE && share <= MAX_TRUE_SHARE) return [];
  return [
    `${keyedTrue} of ${trueFalse.length} true/false questions are keyed true ` +
      `(${Math.round(share * 100)}%; between ${MIN_TRUE_SHARE * 100}% and ${MAX_TRUE_SHARE * 100}% wanted)`,
  ];
}

/** Within one bank, two or more true/false questions are not all keyed the same way. */
export function trueFalseMixProblems(bank: QuizBank): string[] {
  const trueFalse = bank.questions.filter((q) => q.type === 'truefalse');
  if (trueFalse.length < 2) return [];
  const keys = new Set(trueFalse.map((q) => q.answer));
  if (keys.size > 1) return [];
  return [`${bank.module}: all ${trueFalse.length} true/false questions are keyed ${String([...keys][0])}`];
}

/**
 * Does an explanation point at an option by its letter or id? Chinese text: any lone lower-case
 * Latin letter a–f (not part of a Latin word), or an item id like "i4" or "s2".
 * English text: "option c", "(b)", "a and d", "b is …", "c, d", lone b–f; the article "a" alone
 * is fine, and so are "e.g." and "i.e.".
 */
export function letterReferences(explanation: string, language: BankLanguage): string[] {
  // Patterns overlap ("(b)" also holds a lone "b"): keep each stretch of text once, in text order.
  const found: { start: number; end: number; text: string }[] = [];
  const add = (match: RegExpExecArray) => {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((f) => start < f.end && f.start < end)) return;
    found.push({ start, end, text: match[0].trim() });
  };
  const patterns = [/(?<![A-Za-z0-9])[is]\d{1,2}(?![A-Za-z0-9])/g];
  if (language === 'zh') {
    // Lower case only: "A类客户" (ABC classes) is content, not an option letter.
    patterns.push(/(?<![A-Za-z])[a-f](?![A-Za-z])/g);
  } else {
    patterns.push(
      /\b(?:options?|answers?|choices?|items?|statements?)\s+\(?[a-f]\)?(?=\s*(?:[,.;:)]|and\b|or\b|is\b|are\b|$))/gi,
      /\([a-f]\)/g,
      /(?<![A-Za-z'’-])[b-f](?![A-Za-z'’-])/g,
      /(?<![A-Za-z'’-])a(?=\s*(?:[,、)]|and\s+[b-f]\b|or\s+[b-f]\b|is\b|are\b))/g,
    );
  }
  // "e.g." and "i.e." are blanked to spaces of the same length, so positions stay the same.
  const text =
    language === 'en'
      ? explanation.replace(/\b(?:e\.g\.|i\.e\.)/gi, (m) => ' '.repeat(m.length))
      : explanation;
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) add(match as RegExpExecArray);
  return found.sort((a, b) => a.start - b.start).map((f) => f.text);
}

export function letterReferenceProblems(bank: QuizBank, language: BankLanguage): string[] {
  return bank.questions.flatMap((q) => {
    const references = letterReferences(q.explanation, language);
    return references.length
      ? [
          `${q.id}: the explanation names options by letter or id (${references.join(', ')}); name them by content`,
        ]
      : [];
  });
}

/** Multiple-choice questions whose correct options are exactly the first ones as authored. */
export function keysLeadAsAuthored(question: Question): boolean {
  if (question.type !== 'multiple') return false;
  const leading = question.options.slice(0, question.answers.length).map((o) => o.id);
  return leading.every((id) => question.answers.includes(id));
}

export function multipleOrderProblems(bank: QuizBank): string[] {
  const multiples = bank.questions.filter((q) => q.type === 'multiple');
  if (multiples.length < 2) return [];
  const leading = multiples.filter(keysLeadAsAuthored);
  if (leading.length < multiples.length) return [];
  return [
    `${bank.module}: in every multiple-choice question the correct options come first as authored ` +
      `(${leading.map((q) => q.id).join(', ')}); print shows that order`,
  ];
}

const absoluteWords: Record<BankLanguage, RegExp> = {
  zh: /一定|永远|绝对|从不|从来不|绝不|完全不|总是|所有的|任何情况|一律|恰好|唯一|惟一|必然|毫无/,
  en: /\b(?:always|never|exactly|completely|entirely|guarantee[sd]?|none|nothing|no one|without exception|under no circumstances|in every case|at all times)\b/i,
};

/** Wrong options and false statements that carry an absolute word, as `id: text`. */
export function absoluteCues(bank: QuizBank, language: BankLanguage): string[] {
  const pattern = absoluteWords[language];
  return bank.questions.flatMap((q) => {
    if (q.type === 'truefalse')
      return q.answer === false && pattern.test(q.prompt) ? [`${q.id}: ${q.prompt}`] : [];
    if (q.type === 'single' || q.type === 'multiple') {
      const keys = q.type === 'single' ? [q.answer] : q.answers;
      return q.options
        .filter((o) => !keys.includes(o.id) && pattern.test(o.text))
        .map((o) => `${q.id} ${o.id}: ${o.text}`);
    }
    return [];
  });
}

export function absoluteCueProblems(bank: QuizBank, language: BankLanguage): string[] {
  const cues = absoluteCues(bank, language);
  if (cues.length <= MAX_ABSOLUTE_CUES) return [];
  return [
    `${bank.module}: ${cues.length} wrong options or false statements carry an absolute word ` +
      `(at most ${MAX_ABSOLUTE_CUES}):\n  ${cues.join('\n  ')}`,
  ];
}

/** Objective counts per lesson slug of the bank's module, e.g. `{ '01-pareto': 4 }`. */
export type ObjectiveCounts = Readonly<Record<string, number>>;

export function objectiveTagProblems(bank: QuizBank, objectives: ObjectiveCounts): string[] {
  return bank.questions.flatMap((q) => {
    const count = objectives[q.lesson];
    if (count === undefined) return [`${q.id}: lesson ${q.lesson} does not exist`];
    if (q.objective === undefined) return [`${q.id}: no objective (1–${count} of ${q.lesson})`];
    if (q.objective > count) return [`${q.id}: objective ${q.objective} but ${q.lesson} has ${count}`];
    return [];
  });
}

/** Objectives no question of the bank tests, as `lesson objective N`. */
export function untestedObjectives(bank: QuizBank, objectives: ObjectiveCounts): string[] {
  const tested = new Set(bank.questions.map((q) => `${q.lesson}#${q.objective ?? 0}`));
  return Object.entries(objectives).flatMap(([lesson, count]) =>
    Array.from({ length: count }, (_, i) => i + 1)
      .filter((n) => !tested.has(`${lesson}#${n}`))
      .map((n) => `${bank.module}/${lesson} objective ${n}`),
  );
}

/** Every rule over one bank (the true/false balance is a rule over all banks: see above). */
export function bankProblems(bank: QuizBank, language: BankLanguage, objectives: ObjectiveCounts): string[] {
  return [
    ...longestKeyProblems(bank),
    ...trueFalseMixProblems(bank),
    ...letterReferenceProblems(bank, language),
    ...multipleOrderProblems(bank),
    ...absoluteCueProblems(bank, language),
    ...objectiveTagProblems(bank, objectives),
    ...untestedObjectives(bank, objectives).map((o) => `${o} is tested by no question`),
  ];
}
