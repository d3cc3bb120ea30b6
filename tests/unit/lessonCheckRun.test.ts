/**
 * Every lesson in content/ has the parts a lesson needs and reaches its length floor, its
 * knowledge check names questions that exist in its own language's bank, and every module that
 * has lessons has a bank of at least 12 questions in each language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lessonParts, missingParts } from '@/lib/content/lessonChecks';
import { quizBankSchema } from '@/lib/content/schemas';

const root = new URL('../../content/', import.meta.url).pathname;
const languages = ['zh', 'en'] as const;
const MIN_QUESTIONS = 12;

const lessonFiles = (lang: string) =>
  readdirSync(join(root, 'lessons', lang), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.split('\\').join('/'))
    .sort();

function bank(lang: string, module: string) {
  const path = join(root, 'quizzes', lang, `${module}.yaml`);
  return existsSync(path) ? quizBankSchema.parse(load(readFileSync(path, 'utf8'))) : undefined;
}

for (const lang of languages) {
  describe(`${lang} lessons`, () => {
    for (const file of lessonFiles(lang)) {
      const source = readFileSync(join(root, 'lessons', lang, file), 'utf8');
      const module = file.split('/')[0] ?? '';
      const slug = (file.split('/')[1] ?? '').replace(/\.mdx$/, '');

      it(`${file} has every required part and its length floor`, () => {
        expect(missingParts(source, lang)).toEqual([]);
      });

      it(`${file} checks knowledge with questions of its own lesson that exist`, () => {
        const questions = new Map(bank(lang, module)?.questions.map((q) => [q.id, q]) ?? []);
        for (const id of lessonParts(source).knowledgeCheckIds.flat()) {
          expect(questions.has(id), `${id} in quizzes/${lang}/${module}.yaml`).toBe(true);
          expect(questions.get(id)?.lesson, id).toBe(slug);
        }
      });
    }
  });
}

describe('question banks', () => {
  const modules = [...new Set(lessonFiles('zh').map((file) => file.split('/')[0] ?? ''))];
  for (const lang of languages) {
    for (const module of modules) {
      it(`${lang}/${module} has at least ${MIN_QUESTIONS} questions`, () => {
        expect(bank(lang, module)?.questions.length ?? 0).toBeGreaterThanOrEqual(MIN_QUESTIONS);
      });
    }
  }
});
