/**
 * Lesson table captions (src/lib/content/tableCaption.ts) through Sätteri, the Markdown processor
 * Astro runs on the lessons: the ": …" paragraph after a table becomes the table's first child, a
 * <caption>, and is gone from after it; any other ": …" paragraph, or a table without one, stays.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableCaptionPlugin } from '@/lib/content/tableCaption';

const html = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [tableCaptionPlugin], features: { gfm: true } }).html.replace(
    /\n/g,
    '',
  );

const table = '| Customer | Revenue |\n| --- | ---: |\n| A | 1,200 |\n';

describe('table captions', () => {
  it.each([
    ['an English caption', `${table}\n: Revenue in ¥ thousand\n\nNext.\n`, 'Revenue in ¥ thousand'],
    ['a Chinese caption', `${table}\n: 金额单位：万元\n`, '金额单位：万元'],
    ['inline emphasis, as text', `${table}\n: Revenue in *¥ thousand*\n`, 'Revenue in ¥ thousand'],
  ])('moves %s into the table', (_name, markdown, caption) => {
    const out = html(markdown);
    expect(out).toMatch(new RegExp(`^<table><caption>${caption}</caption><thead>`));
    expect(out).not.toContain('<p>:');
    expect(out.match(/<caption>/g)).toHaveLength(1);
  });

  it('keeps the paragraph that follows the caption', () => {
    expect(html(`${table}\n: Units\n\nNext.\n`)).toMatch(/<\/table><p>Next\.<\/p>$/);
  });

  it.each([
    ['a table without one', `${table}\nNext.\n`, '<p>Next.</p>'],
    ['a ": " paragraph not after a table', `Intro.\n\n: not a caption\n`, '<p>: not a caption</p>'],
    [
      'a ": " paragraph after another paragraph',
      `${table}\nNext.\n\n: not a caption\n`,
      '<p>: not a caption</p>',
    ],
    ['a colon without a space', `${table}\n:no\n`, '<p>:no</p>'],
  ])('leaves %s as it is', (_name, markdown, kept) => {
    const out = html(markdown);
    expect(out).not.toContain('<caption>');
    expect(out).toContain(kept);
  });

  it('gives each of two tables its own caption', () => {
    const out = html(`${table}\n: First\n\n${table}\n: Second\n`);
    expect(out.match(/<caption>[^<]*<\/caption>/g)).toEqual([
      '<caption>First</caption>',
      '<caption>Second</caption>',
    ]);
  });
});
