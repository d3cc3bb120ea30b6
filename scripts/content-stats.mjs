#!/usr/bin/env node
/**
 * `npm run stats`: per module, the lessons, the teaching text (Chinese characters, English words),
 * the questions per language and their types, and the glossary size. Counts with the same functions
 * the tests use (src/lib/content/lessonChecks.ts, loaded through Node's TypeScript type stripping).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { teachingLength } from '../src/lib/content/lessonChecks.ts';

const root = new URL('../content/', import.meta.url).pathname;
const modules = readdirSync(join(root, 'modules', 'zh'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

const lessonsOf = (lang, module) => {
  const dir = join(root, 'lessons', lang, module);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.mdx'))
        .sort()
    : [];
};
const questionsOf = (lang, module) => {
  const file = join(root, 'quizzes', lang, `${module}.yaml`);
  return existsSync(file) ? (load(readFileSync(file, 'utf8'))?.questions ?? []) : [];
};

const rows = modules.map((module) => {
  const zhLessons = lessonsOf('zh', module);
  const enLessons = lessonsOf('en', module);
  const zhChars = zhLessons.map((f) =>
    teachingLength(readFileSync(join(root, 'lessons', 'zh', module, f), 'utf8'), 'zh'),
  );
  const enWords = enLessons.map((f) =>
    teachingLength(readFileSync(join(root, 'lessons', 'en', module, f), 'utf8'), 'en'),
  );
  const zhQuestions = questionsOf('zh', module);
  const types = {};
  for (const question of zhQuestions) types[question.type] = (types[question.type] ?? 0) + 1;
  return {
    module,
    lessons: `${zhLessons.length}/${enLessons.length}`,
    zhChars: zhChars.reduce((a, b) => a + b, 0),
    zhMin: zhChars.length ? Math.min(...zhChars) : 0,
    enWords: enWords.reduce((a, b) => a + b, 0),
    enMin: enWords.length ? Math.min(...enWords) : 0,
    questions: `${zhQuestions.length}/${questionsOf('en', module).length}`,
    types: Object.entries(types)
      .map(([type, n]) => `${type} ${n}`)
      .join(', '),
  };
});

const header = [
  'module',
  'lessons zh/en',
  'zh chars (min)',
  'en words (min)',
  'questions zh/en',
  'question types',
];
console.log(header.join(' | '));
console.log(header.map(() => '---').join(' | '));
for (const r of rows) {
  console.log(
    [
      r.module,
      r.lessons,
      `${r.zhChars} (${r.zhMin})`,
      `${r.enWords} (${r.enMin})`,
      r.questions,
      r.types,
    ].join(' | '),
  );
}
const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
const lessonTotal = rows.reduce((total, r) => total + Number(r.lessons.split('/')[0]), 0);
const questionTotal = rows.reduce((total, r) => total + Number(r.questions.split('/')[0]), 0);
const terms = load(readFileSync(join(root, 'glossary', 'terms.yaml'), 'utf8')) ?? [];
console.log(
  `\nlessons: ${lessonTotal} per language · zh characters: ${sum('zhChars')} · en words: ${sum('enWords')} · questions: ${questionTotal} per language · glossary terms: ${terms.length}`,
);
