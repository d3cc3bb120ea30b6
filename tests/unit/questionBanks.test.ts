/**
 * Every question bank in `content/quizzes/` meets the item-writing rules of
 * `src/lib/quiz/bankRules.ts` (README, "Adding a lesson"): a failure names the questions to rewrite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lessonSchema, quizBankSchema } from '@/lib/content/schemas';
import {
  bankProblems,
  trueFalseBalanceProblems,
  type BankLanguage,
  type ObjectiveCounts,
} from '@/lib/quiz/bankRules';

const root = new URL('../../content/', import.meta.url).pathname;
const languages: BankLanguage[] = ['zh', 'en'];

function objectiveCounts(language: BankLanguage, module: string): ObjectiveCounts {
  const folder = join(root, 'lessons', language, module);
  const counts: Record<string, number> = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(folder, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    counts[file.replace(/\.mdx$/, '')] = lessonSchema.parse(load(match?.[1] ?? '')).objectives.length;
  }
  return counts;
}

for (const language of languages) {
  describe(`question banks (${language})`, () => {
    const files = readdirSync(join(root, 'quizzes', language)).filter((f) => f.endsWith('.yaml'));
    const read = (file: string) =>
      quizBankSchema.parse(load(readFileSync(join(root, 'quizzes', language, file), 'utf8')));
    it.each(files)('%s meets the item-writing rules', (file) => {
      const bank = read(file);
      expect(bankProblems(bank, language, objectiveCounts(language, bank.module))).toEqual([]);
    });
    it('keys 35–65% of all true/false questions true', () => {
      expect(trueFalseBalanceProblems(files.map(read))).toEqual([]);
    });
  });
}
