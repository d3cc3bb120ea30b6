/**
 * The course writes every lesson in its own words: no Chinese lesson may repeat a run of 15 or
 * more consecutive Chinese characters (punctuation and spacing ignored) from the source documents
 * in ../shared/source/, except inside a marked quotation: 「quoted words」（引自 credit）. Those
 * documents sit beside the repository in the workspace and in CI; on a clone without them the
 * check has nothing to compare against and is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copiedPassages,
  quotations,
  runsOf,
  sharedRuns,
  unquotedSegments,
  unquotedSharedRuns,
} from '@/lib/content/originality';

const RUN = 15;
const sourceDir = new URL('../../../shared/source/', import.meta.url).pathname;
const lessonDir = new URL('../../content/lessons/zh/', import.meta.url).pathname;
describe('shared runs', () => {
  it('finds a copied run across punctuation and ignores runs across two documents', () => {
    const runs = runsOf(['甲乙丙丁戊己庚辛', '壬癸子丑'], 4);
    expect(sharedRuns('前言：丙，丁戊己。', runs, 4)).toEqual(['丙丁戊己']);
    expect(sharedRuns('辛壬癸子', runs, 4)).toEqual([]);
  });

  it('joins overlapping runs into one copied passage', () => {
    const runs = runsOf(['甲乙丙丁戊己庚辛'], 4);
    expect(copiedPassages('前丙丁戊己庚后，又甲乙丙丁', runs, 4)).toEqual(['丙丁戊己庚', '甲乙丙丁']);
  });
});

describe('marked quotations', () => {
  const runs = runsOf(['甲乙丙丁戊己庚辛'], 4);

  it.each([
    ['credited in 「」 with （引自…）', '他说「丙丁戊己」（引自资料000）。', []],
    ['credited after a space', '他说「丙丁戊己」 （引自资料000）。', []],
    ['quoted but not credited', '他说「丙丁戊己」。', ['丙丁戊己']],
    ['credited with another word than 引自', '他说「丙丁戊己」（资料000）。', ['丙丁戊己']],
    ['in “” instead of 「」', '他说“丙丁戊己”（引自资料000）。', ['丙丁戊己']],
    ['copied outside, quoted inside', '乙丙丁戊，「庚辛」（引自资料000）', ['乙丙丁戊']],
  ])('%s', (_name, text, expected) => {
    expect(unquotedSharedRuns(text, runs, 4)).toEqual(expected);
  });

  it('counts no run across the place a quotation was taken out', () => {
    // 乙丙 before the quotation and 丁戊 after it would make a copied run if joined.
    expect(unquotedSegments('乙丙「子丑寅卯」（引自资料000）丁戊')).toEqual(['乙丙', '丁戊']);
    expect(unquotedSharedRuns('乙丙「子丑寅卯」（引自资料000）丁戊', runs, 4)).toEqual([]);
  });

  it('counts no run across a line break (table rows, list items), but finds one within a line', () => {
    expect(unquotedSegments('| 乙丙 |\n| 丁戊 |')).toEqual(['| 乙丙 |', '| 丁戊 |']);
    expect(unquotedSharedRuns('| 乙丙 |\n| 丁戊 |', runs, 4)).toEqual([]);
    expect(unquotedSharedRuns('| 乙丙 | 丁戊 |', runs, 4)).toEqual(['乙丙丁戊']);
  });

  it('lists the quoted words of each quotation', () => {
    expect(quotations('「一」（引自甲）和「二三」（引自乙），「四」不算')).toEqual(['一', '二三']);
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

  it.each(lessons)('%s repeats no run of 15 characters from a source outside a quotation', (file) => {
    expect(copiedPassages(readFileSync(join(lessonDir, file), 'utf8'), sourceRuns, RUN)).toEqual([]);
  });
});
