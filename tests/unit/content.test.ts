/**
 * The course content itself: every file passes its schema, and every lesson, module, question and
 * glossary term has its twin in the other language, with the same structure.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  glossaryTermSchema,
  lessonSchema,
  moduleSchema,
  quizBankSchema,
  type QuizBank,
} from '@/lib/content/schemas';

const root = new URL('../../content/', import.meta.url).pathname;
const languages = ['zh', 'en'] as const;

function filesUnder(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

function frontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return match ? load(match[1] ?? '') : undefined;
}

function mirrored(folder: string, extension: string) {
  const [zh, en] = languages.map((lang) => filesUnder(join(root, folder, lang), extension));
  return { zh: zh ?? [], en: en ?? [] };
}

describe('lessons', () => {
  const files = mirrored('lessons', '.mdx');

  it('exist in both languages at mirrored paths', () => {
    expect(files.en).toEqual(files.zh);
    expect(files.zh.length).toBeGreaterThan(0);
  });

  for (const file of files.zh) {
    describe(file, () => {
      const parsed = languages.map((lang) => {
        const path = join(root, 'lessons', lang, file);
        const source = readFileSync(path, 'utf8');
        return { lang, path, source, result: lessonSchema.safeParse(frontmatter(source)) };
      });

      it('passes the lesson schema in both languages, in the folder of its module', () => {
        for (const { path, result } of parsed) {
          expect(result.error?.issues ?? [], relative(root, path)).toEqual([]);
          expect(result.data?.module).toBe(file.split('/')[0]);
        }
      });

      it('has the same order, component calls, questions and terms in both languages', () => {
        const shape = (source: string) => ({
          components: [...source.matchAll(/<([A-Z]\w+)/g)].map((m) => m[1]),
          questions: [...source.matchAll(/'(m\d{2}-q\d+)'/g)].map((m) => m[1]),
          terms: [...source.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]).sort(),
        });
        const [zh, en] = parsed;
        expect(zh?.result.data?.order).toBe(en?.result.data?.order);
        expect(shape(en?.source ?? '')).toEqual(shape(zh?.source ?? ''));
      });
    });
  }
});

describe('modules', () => {
  const files = mirrored('modules', '.yaml');

  it('exist in both languages and pass the schema', () => {
    expect(files.en).toEqual(files.zh);
    expect(files.zh).toHaveLength(8);
    for (const lang of languages) {
      for (const file of files[lang]) {
        const result = moduleSchema.safeParse(load(readFileSync(join(root, 'modules', lang, file), 'utf8')));
        expect(result.error?.issues ?? [], `${lang}/${file}`).toEqual([]);
      }
    }
  });

  it("give minutes equal to the sum of their lessons' minutes", () => {
    for (const lang of languages) {
      for (const file of files[lang]) {
        const module = moduleSchema.parse(load(readFileSync(join(root, 'modules', lang, file), 'utf8')));
        const slug = file.replace(/\.yaml$/, '');
        const lessonMinutes = filesUnder(join(root, 'lessons', lang, slug), '.mdx').map(
          (lesson) =>
            lessonSchema.parse(frontmatter(readFileSync(join(root, 'lessons', lang, slug, lesson), 'utf8')))
              .minutes,
        );
        if (lessonMinutes.length)
          expect(module.minutes, `${lang}/${file}`).toBe(lessonMinutes.reduce((a, b) => a + b, 0));
      }
    }
  });

  it('keep order, minutes and number of objectives across languages', () => {
    for (const file of files.zh) {
      const [zh, en] = languages.map((lang) =>
        moduleSchema.parse(load(readFileSync(join(root, 'modules', lang, file), 'utf8'))),
      );
      expect(en?.order, file).toBe(zh?.order);
      expect(en?.minutes, file).toBe(zh?.minutes);
      expect(en?.objectives.length, file).toBe(zh?.objectives.length);
    }
  });
});

describe('quiz banks', () => {
  const files = mirrored('quizzes', '.yaml');
  const read = (lang: string, file: string): QuizBank =>
    quizBankSchema.parse(load(readFileSync(join(root, 'quizzes', lang, file), 'utf8')));

  it('exist in both languages and pass the schema', () => {
    expect(files.en).toEqual(files.zh);
    for (const lang of languages) {
      for (const file of files[lang]) {
        const result = quizBankSchema.safeParse(
          load(readFileSync(join(root, 'quizzes', lang, file), 'utf8')),
        );
        expect(result.error?.issues ?? [], `${lang}/${file}`).toEqual([]);
      }
    }
  });

  it('share question ids, types, lessons and answers across languages', () => {
    const skeleton = (bank: QuizBank) =>
      bank.questions.map((q) => {
        switch (q.type) {
          case 'single':
            return {
              id: q.id,
              type: q.type,
              lesson: q.lesson,
              options: q.options.map((o) => o.id),
              answer: q.answer,
            };
          case 'multiple':
            return {
              id: q.id,
              type: q.type,
              lesson: q.lesson,
              options: q.options.map((o) => o.id),
              answer: q.answers,
            };
          case 'truefalse':
            return { id: q.id, type: q.type, lesson: q.lesson, answer: q.answer };
          case 'ordering':
            return { id: q.id, type: q.type, lesson: q.lesson, answer: q.items.map((i) => i.id) };
          case 'matching':
            return { id: q.id, type: q.type, lesson: q.lesson, answer: q.pairs.map((p) => p.id) };
          case 'categorising':
            return { id: q.id, type: q.type, lesson: q.lesson, answer: q.items.map((i) => [i.id, i.group]) };
        }
      });
    for (const file of files.zh) {
      expect(skeleton(read('en', file)), file).toEqual(skeleton(read('zh', file)));
      expect(read('zh', file).module).toBe(file.replace(/\.yaml$/, ''));
    }
  });

  it('only test lessons that exist', () => {
    const lessons = new Set(mirrored('lessons', '.mdx').zh.map((f) => f.replace(/\.mdx$/, '')));
    for (const file of files.zh) {
      const bank = read('zh', file);
      for (const question of bank.questions) {
        expect(lessons.has(`${bank.module}/${question.lesson}`), question.id).toBe(true);
      }
    }
  });
});

describe('glossary', () => {
  const terms = load(readFileSync(join(root, 'glossary', 'terms.yaml'), 'utf8')) as unknown[];

  it('has every term in both languages, valid, with a unique id', () => {
    const ids = new Set<string>();
    for (const term of terms) {
      const result = glossaryTermSchema.safeParse(term);
      expect(result.error?.issues ?? [], JSON.stringify(term)).toEqual([]);
      if (result.data) {
        expect(ids.has(result.data.id), result.data.id).toBe(false);
        ids.add(result.data.id);
      }
    }
  });

  it('points every term at a lesson that exists, and every term a lesson uses exists', () => {
    const parsed = terms.map((term) => glossaryTermSchema.parse(term));
    const lessons = new Set(mirrored('lessons', '.mdx').zh.map((f) => f.replace(/\.mdx$/, '')));
    for (const term of parsed) expect(lessons.has(term.lesson), `${term.id} → ${term.lesson}`).toBe(true);
    const ids = new Set(parsed.map((term) => term.id));
    for (const lang of languages) {
      for (const file of filesUnder(join(root, 'lessons', lang), '.mdx')) {
        const source = readFileSync(join(root, 'lessons', lang, file), 'utf8');
        for (const match of source.matchAll(/<Term id="([^"]+)"/g))
          expect(ids.has(match[1] ?? ''), `${file}: ${match[1]}`).toBe(true);
      }
    }
  });
});
