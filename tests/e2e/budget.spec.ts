/**
 * JavaScript budget, read from dist/, counting what a page loads before any interaction (scripts,
 * their static imports, island components and renderers; code loaded on demand with import() is
 * not counted, nor Pagefind's own files, loaded by URL when the learner first uses search). A page
 * without an island ships no framework JavaScript; a page with one island at most 48 KB gzipped in
 * all, plus 8 KB for each further island (a lesson with a simulator and its knowledge check); a
 * tools page at most 60 KB. Prints the table of pages. (The single-island limit was 40 KB until
 * every page gained search, offline registration, reading position and text size: about 2 KB;
 * 44 KB until the tier classifier, the import panel and five exercises joined the course: Svelte's
 * shared runtime chunk holds every runtime feature any island uses, about 1.5 KB more for all.)
 * And a layout budget: the exam page does not move when its question bank arrives.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, fileForUrl, htmlOf, scriptsOf } from './site';

const ISLAND_BUDGET = 48 * 1024;
const EXTRA_ISLAND = 8 * 1024;
const TOOLS_BUDGET = 60 * 1024;
const budgetFor = (page: string, islands: number) =>
  /\/tools\//.test(page) ? TOOLS_BUDGET : ISLAND_BUDGET + EXTRA_ISLAND * Math.max(0, islands - 1);
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
        budgetFor(row.page, row.islands),
      );
  }
  expect(
    rows.some((r) => r.islands > 0),
    'at least one page has an island',
  ).toBe(true);
});

/** The layout shifts (not caused by input) the page has recorded so far, from the buffered entries. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) sum += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Two frames: a shift of the last render has been reported by then.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve(sum);
          }),
        );
      }),
  );
}

for (const locale of ['zh', 'en']) {
  test(`/${locale}/exam/ does not shift when the question bank arrives (CLS < 0.001)`, async ({ page }) => {
    // The bank is held back until the start panel has painted in its loading state, so the
    // switch to ready happens on screen every run, as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/quiz/bank.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/${locale}/exam/`);
    const start = page.locator('.runner .start > button').last();
    await expect(start).toBeDisabled();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const before = await layoutShift(page);
    release();
    await expect(start).toBeEnabled();
    const after = await layoutShift(page);
    expect(after - before, 'layout shift when the bank arrived').toBeLessThan(0.001);
    expect(after, 'layout shift of the whole visit').toBeLessThan(0.001);
  });
}
