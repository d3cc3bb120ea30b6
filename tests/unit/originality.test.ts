/**
 * The course writes every lesson in its own words: no Chinese lesson may repeat a run of 16 or
 * more consecutive Chinese characters (punctuation and spacing ignored) from the source documents
 * in ../shared/source/. Those documents sit beside the repository in the workspace and in CI; on
 * a clone without them the check has nothing to compare against and is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsOf, sharedRuns } from '@/lib/content/originality';

const RUN = 16;
const sourceDir = new URL('../../../shared/source/', import.meta.url).pathname;
const lessonDir = new URL('../../content/lessons/zh/', import.meta.url).pathname;
describe('shared runs', () => {
  it('finds a copied run across punctuation and ignores runs across two documents', () => {
    const runs = runsOf(['甲乙丙丁戊己庚辛', '壬癸子丑'], 4);
    expect(sharedRuns('前言：丙，丁戊己。', runs, 4)).toEqual(['丙丁戊己']);
    expect(sharedRuns('辛壬癸子', runs, 4)).toEqual([]);
  });
});

describe.skipIf(!existsSync(sourceDir))('Chinese lessons against the source documents', () => {
  // The body of a skipped describe still runs while tests are collected: read only when present.
  const sources = (existsSync(sourceDir) ? readdirSync(sourceDir) : [])
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(sourceDir, file), 'utf8'));
  const sourceRuns = runsOf(sources, RUN);
  const lessons = readdirSync(lessonDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.mdx'),
  );

  it.each(lessons)('%s repeats no run of 16 characters from a source', (file) => {
    expect(sharedRuns(readFileSync(join(lessonDir, file), 'utf8'), sourceRuns, RUN)).toEqual([]);
  });
});
