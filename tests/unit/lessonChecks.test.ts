import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countChineseCharacters,
  countEnglishWords,
  lessonParts,
  missingParts,
  teachingText,
} from '@/lib/content/lessonChecks';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/lessons/${name}`, import.meta.url), 'utf8');

describe('counting', () => {
  it.each([
    { text: '大客户销售 80/20', zh: 5, en: 1 },
    { text: 'Key accounts bring 80% of revenue.', zh: 0, en: 6 },
    { text: '回款 (collections) matters', zh: 2, en: 2 },
    { text: '— – , .', zh: 0, en: 0 },
  ])('$text', ({ text, zh, en }) => {
    expect(countChineseCharacters(text)).toBe(zh);
    expect(countEnglishWords(text)).toBe(en);
  });

  it('leaves out frontmatter, imports, tags and component props', () => {
    const text = teachingText(fixture('complete-en.mdx'));
    expect(text).not.toContain('title:');
    expect(text).not.toContain('import');
    expect(text).not.toContain('m01-q01');
    expect(text).not.toContain('initialPercent');
    expect(text).toContain('Sort your customers');
  });
});

describe('missingParts', () => {
  it('finds nothing missing in a complete lesson but its length', () => {
    expect(missingParts(fixture('complete-en.mdx'), 'en')).toEqual([
      expect.stringMatching(/^700 words of teaching text \(has \d+\)$/),
    ]);
  });

  it('names every missing part of a bare lesson', () => {
    const findings = missingParts(fixture('bare-zh.mdx'), 'zh');
    expect(findings).toEqual([
      'at least two ## headings',
      'an <Example> (worked example or case)',
      'exactly one <KnowledgeCheck>',
      '<KeyTakeaways>',
      '<Reflection>',
      'at least one <Term>',
      expect.stringMatching(/^1200 Chinese characters of teaching text \(has \d+\)$/),
    ]);
  });

  it('reads the ids of the knowledge check and the terms', () => {
    const parts = lessonParts(fixture('complete-en.mdx'));
    expect(parts.knowledgeCheckIds).toEqual([['m01-q01', 'm01-q02', 'm01-q03']]);
    expect(parts.terms).toEqual(['key-account']);
  });

  it('rejects a knowledge check with too few questions', () => {
    const source = fixture('complete-en.mdx').replace("'m01-q02', 'm01-q03'", '');
    expect(missingParts(source, 'en')).toContain('a <KnowledgeCheck> of 3–5 questions (has 1)');
  });
});
