/**
 * JavaScript budget, read from dist/: a page without an island ships no framework JavaScript; a
 * page with islands ships at most 44 KB of gzipped JavaScript in all. Prints the table of pages.
 * Pagefind's own files (pagefind/, loaded by URL when the learner first uses search) are not
 * part of any page's bundle and are not counted.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, fileForUrl, htmlOf, scriptsOf } from './site';

// 40 KB until every page gained search, offline registration, reading position and text size
// (about 2 KB with the progress record's new fields); the 80/20 lesson with two islands is ~42 KB.
const ISLAND_BUDGET = 44 * 1024;
// Svelte's runtime carries links to its error reference; no other code we ship does.
const isFramework = (code: string) => code.includes('svelte.dev/e/') || /from\s*["'][^"']*svelte/.test(code);

test('JavaScript per page stays within budget', () => {
  const rows = builtPages().map((page) => {
    const html = htmlOf(page);
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    );
    const files = scriptsOf(page)
      .map((url) => fileForUrl(url))
      .filter((f): f is string => Boolean(f));
    const code = [...inline, ...files.map((file) => readFileSync(file, 'utf8'))];
    const gzipped = code.reduce((sum, source) => sum + gzipSync(source).length, 0);
    return {
      page,
      islands: (html.match(/<astro-island/g) ?? []).length,
      framework: code.some(isFramework),
      gzipped,
    };
  });

  const table = rows
    .map(
      (r) =>
        `${r.page.padEnd(48)} ${String(r.islands).padStart(7)} ${(r.framework ? 'yes' : 'no').padStart(9)} ${(r.gzipped / 1024).toFixed(1).padStart(8)} KB`,
    )
    .join('\n');
  console.log(`\n${'page'.padEnd(48)} islands framework  JS (gzip)\n${table}\n`);

  for (const row of rows) {
    if (row.islands === 0)
      expect(row.framework, `${row.page} has no island but ships framework code`).toBe(false);
    else
      expect(row.gzipped, `${row.page} ships ${row.gzipped} bytes gzipped`).toBeLessThanOrEqual(
        ISLAND_BUDGET,
      );
  }
  expect(
    rows.some((r) => r.islands > 0),
    'at least one page has an island',
  ).toBe(true);
});
