/**
 * Checks of a lesson's MDX source that a schema cannot express: the parts every lesson must have
 * and the length floor of its teaching text. Pure: takes the source text, returns findings.
 */

export const LENGTH_FLOOR = { zh: 1200, en: 700 } as const;

export interface LessonParts {
  headings: number;
  examples: number;
  knowledgeCheckIds: string[][];
  keyTakeaways: number;
  reflections: number;
  terms: string[];
}

/** The MDX body without frontmatter, import/export lines and fenced code. */
export function lessonBody(source: string): string {
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .split(/\r?\n/)
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n');
}

/** The readable text: the body with component tags (and their props), HTML tags and markdown syntax removed. */
export function teachingText(source: string): string {
  return lessonBody(source)
    .replace(/<[A-Za-z][^<>]*?\/>/g, ' ') // self-closing components with their props
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ') // opening and closing tags
    .replace(/[#*_`>|-]+/g, ' ');
}

/** Han characters, the unit a Chinese length floor is measured in. */
export function countChineseCharacters(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

/** Words of Latin script (digits and figures like 80/20 count as words too). */
export function countEnglishWords(text: string): number {
  return (text.match(/[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’.,/%-]*/gu) ?? []).length;
}

export function teachingLength(source: string, locale: 'zh' | 'en'): number {
  const text = teachingText(source);
  return locale === 'zh' ? countChineseCharacters(text) : countEnglishWords(text);
}

export function lessonParts(source: string): LessonParts {
  const body = lessonBody(source);
  return {
    headings: (body.match(/^##\s+\S/gm) ?? []).length,
    examples: (body.match(/<Example[\s>]/g) ?? []).length,
    knowledgeCheckIds: [...body.matchAll(/<KnowledgeCheck\s[^>]*ids=\{\[([^\]]*)\]\}/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/['"]([^'"]+)['"]/g)].map((id) => id[1] ?? ''),
    ),
    keyTakeaways: (body.match(/<KeyTakeaways[\s>]/g) ?? []).length,
    reflections: (body.match(/<Reflection[\s>]/g) ?? []).length,
    terms: [...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''),
  };
}

/** What a lesson lacks, as readable findings; empty when it has every required part. */
export function missingParts(source: string, locale: 'zh' | 'en'): string[] {
  const parts = lessonParts(source);
  const findings: string[] = [];
  if (parts.headings < 2) findings.push('at least two ## headings');
  if (parts.examples < 1) findings.push('an <Example> (worked example or case)');
  if (parts.knowledgeCheckIds.length !== 1) findings.push('exactly one <KnowledgeCheck>');
  const ids = parts.knowledgeCheckIds[0] ?? [];
  if (parts.knowledgeCheckIds.length === 1 && (ids.length < 3 || ids.length > 5)) {
    findings.push(`a <KnowledgeCheck> of 3–5 questions (has ${ids.length})`);
  }
  if (parts.keyTakeaways < 1) findings.push('<KeyTakeaways>');
  if (parts.reflections < 1) findings.push('<Reflection>');
  if (parts.terms.length < 1) findings.push('at least one <Term>');
  const length = teachingLength(source, locale);
  if (length < LENGTH_FLOOR[locale]) {
    findings.push(`${LENGTH_FLOOR[locale]} ${locale === 'zh' ? 'Chinese characters' : 'words'} of teaching text (has ${length})`);
  }
  return findings;
}
