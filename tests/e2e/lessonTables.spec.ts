/**
 * Lesson tables (issue 17). At 1366 × 768, in both languages, on every lesson with a table: no
 * table scrolls sideways (its scroll region is as wide as the table, with every model answer
 * opened), no header cell is narrower than its longest word (a header broken letter by letter,
 * "Cu / sto / me / r", overflows its cell under keep-all: its scrollWidth passes its clientWidth),
 * and no header carries a unit, which belongs in the table's caption (a real <caption>, the
 * table's accessible name). On a 360 px phone a table wider than the screen scrolls in its own
 * labelled, focusable region with its first column fixed; on every lesson its headers stay whole
 * (a Chinese 销售额 is not stacked a character a line) and its caption wraps in view.
 */
import { expect, test } from '@playwright/test';
import { builtPages, htmlOf } from './site';

const lessons = builtPages().filter(
  (path) => /\/learn\/[^/]+\/[^/]+\/$/.test(path) && htmlOf(path).includes('class="table-scroll"'),
);

// A table that cannot fit 1366 px without scrolling would be named here, with the reason. None.
const SCROLLS_AT_1366: readonly string[] = [];

// Units are said once, in the caption: ¥ thousand, ¥ million, 万元, 百万元, "per year" and so on.
const UNIT_IN_HEADER = /¥|\bthousand\b|\bmillion\b|万元|次\/年|\(.*\d.*\)|（.*\d.*）/;

test('lessons have tables to check, in both languages', () => {
  for (const locale of ['zh', 'en']) {
    expect(lessons.filter((path) => path.startsWith(`/${locale}/`)).length).toBeGreaterThan(20);
  }
});

test.describe('at 1366 × 768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  for (const path of lessons) {
    test(`${path}: every table fits without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      // A learner opens the model answers: their tables must fit too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const regions = page.locator('.prose .table-scroll');
      expect(await regions.count()).toBeGreaterThan(0);
      const scrolling = await regions.evaluateAll((els) =>
        els
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map(
            (el) => `${el.querySelector('th')?.textContent?.trim()}…: ${el.scrollWidth} > ${el.clientWidth}`,
          ),
      );
      if (SCROLLS_AT_1366.includes(path)) expect(scrolling, 'listed as an exception').not.toEqual([]);
      else expect(scrolling).toEqual([]);
    });

    test(`${path}: table headers keep their words whole and carry no units`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const headers = await page.locator('.prose .table-scroll thead th').allTextContents();
      expect(headers.filter((text) => UNIT_IN_HEADER.test(text))).toEqual([]);
      const broken = await page.evaluate(() => {
        const found: string[] = [];
        for (const th of document.querySelectorAll<HTMLElement>('.prose .table-scroll th')) {
          if (th.getClientRects().length === 0) continue;
          if (th.scrollWidth > th.clientWidth)
            found.push(`${th.textContent?.trim()}: overflows (${th.scrollWidth} > ${th.clientWidth})`);
          // A word split across lines has one box per line. (Chinese has no spaces: a run of
          // Chinese characters may wrap between characters, so only Latin words are checked.)
          const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/[A-Za-z0-9%¥$.,'’()-]{2,}/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) found.push(`${th.textContent?.trim()}: "${match[0]}" split`);
            }
          }
        }
        return found;
      });
      expect(broken).toEqual([]);
    });
  }
});

for (const [locale, caption] of [
  ['zh', /^年销售额单位：万元/],
  ['en', /^Annual revenue in ¥ thousand/],
] as const) {
  test(`${locale}: a table's caption is a real <caption> that names it`, async ({ page }) => {
    await page.goto(`/${locale}/learn/m01-key-accounts/01-pareto/`);
    const table = page.locator('.prose .table-scroll table').first();
    await expect(table.locator('> caption')).toHaveText(caption);
    await expect(page.getByRole('table', { name: caption })).toHaveCount(1);
    // The ": …" paragraph it came from is gone.
    expect(await page.locator('.prose p').filter({ hasText: /^: / }).count()).toBe(0);
  });
}

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a wide table scrolls in its own region with the first column fixed', async ({ page }) => {
    await page.goto('/en/learn/m01-key-accounts/01-pareto/');
    const region = page.locator('.prose .table-scroll').first();
    await expect(region).toHaveAttribute('role', 'region');
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAttribute('aria-label', /.+/);
    const before = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(before.scroll, 'the table is wider than the screen').toBeGreaterThan(before.client);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const firstCell = region.locator('tbody tr:first-child > :first-child');
    const left = (await firstCell.boundingBox())?.x ?? NaN;
    await region.focus();
    // The keyboard scrolls it (the region takes focus), as a finger would.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await firstCell.boundingBox())?.x).toBeCloseTo(left, 0);
  });
});

test.describe('on a 360 × 740 phone, every lesson table', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test.describe.configure({ timeout: 180_000 });

  for (const locale of ['zh', 'en'] as const) {
    // A Chinese header (销售额) is kept whole rather than stacked a character a line, and a caption
    // wraps inside the visible region rather than running off with the scrolled table.
    test(`${locale}: headers stay whole and captions stay in view`, async ({ page }) => {
      const problems: string[] = [];
      for (const path of lessons.filter((p) => p.startsWith(`/${locale}/`))) {
        await page.goto(path);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        problems.push(
          ...(
            await page.evaluate(() => {
              const found: string[] = [];
              for (const region of document.querySelectorAll<HTMLElement>('.prose .table-scroll')) {
                if (region.getClientRects().length === 0) continue;
                const box = region.getBoundingClientRect();
                const caption = region.querySelector('caption')?.getBoundingClientRect();
                if (caption && (caption.left < box.left - 1 || caption.right > box.right + 1))
                  found.push(
                    `caption ${Math.round(caption.right)} past the region's ${Math.round(box.right)}`,
                  );
                for (const th of region.querySelectorAll<HTMLElement>('thead th')) {
                  const text = th.textContent?.trim() ?? '';
                  // Whole words: nothing overflows under keep-all, and a header of one word (no space
                  // or punctuation to break at) is one line high.
                  if (th.scrollWidth > th.clientWidth) found.push(`${text}: overflows`);
                  const range = document.createRange();
                  range.selectNodeContents(th);
                  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
                  if (!/[\s（）()、，/·《》“”"-]/.test(text) && lines > 1)
                    found.push(`${text}: ${lines} lines`);
                }
              }
              return found;
            })
          ).map((problem) => `${path}: ${problem}`),
        );
      }
      expect(problems).toEqual([]);
    });
  }
});
