/**
 * Screenshot snapshots of the five page kinds a learner sees most — the course home, a lesson, the
 * Pareto tools page, a module quiz in progress and a slide — at a phone (360 × 740) and a laptop
 * (1366 × 768), in both languages and both colour themes: 40 first screens. A change to the look
 * must update them on purpose (`npx playwright test tests/e2e/visual.spec.ts --update-snapshots`,
 * then look at the new images before committing them).
 *
 * Taken with Debian's Chromium and Noto CJK (scripts/find-fonts.mjs installs the font); the
 * tolerance absorbs anti-aliasing differences between Chromium builds, not a moved block.
 * Every page is captured in a ready state: fonts loaded, the island hydrated and showing its
 * result, the clock and the quiz's random seed fixed.
 */
import { expect, test, type Page } from '@playwright/test';

const viewports = {
  phone: { width: 360, height: 740 },
  laptop: { width: 1366, height: 768 },
} as const;

type Ready = (page: Page, locale: 'zh' | 'en') => Promise<void>;

const pages: { name: string; path: string; ready: Ready }[] = [
  { name: 'home', path: '', ready: async () => {} },
  { name: 'lesson', path: 'learn/m01-key-accounts/01-pareto/', ready: async () => {} },
  {
    name: 'pareto',
    path: 'tools/pareto/',
    ready: async (page) => {
      // The explorer hydrates when visible and then prints its Gini with three decimals.
      await expect(page.locator('.facts')).toContainText(/0\.\d{3}/);
    },
  },
  {
    name: 'quiz',
    path: 'quiz/m01-key-accounts/',
    ready: async (page, locale) => {
      await page
        .getByRole('button', { name: locale === 'zh' ? /做全部 \d+ 题/ : /All \d+ questions/ })
        .click();
      await expect(page.locator('fieldset[data-question-id]').first()).toBeVisible();
    },
  },
  {
    name: 'slide',
    path: 'present/m01-key-accounts/',
    ready: async (page) => {
      await expect(page.locator('[data-counter]')).toHaveText(/^1 \/ \d+$/);
    },
  },
];

test.describe.configure({ timeout: 60_000 });

for (const locale of ['zh', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const { name, path, ready } of pages) {
        test(`${name} · ${locale} · ${theme} · ${device}`, async ({ page }) => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
          // A fixed clock and seed: the quiz orders its questions from Date.now() and Math.random().
          await page.clock.setFixedTime(new Date('2026-12-01T09:00:00Z'));
          await page.addInitScript(() => {
            Math.random = () => 0.42;
          });
          await page.goto(`/${locale}/${path}`);
          await ready(page, locale);
          await page.evaluate(async () => {
            await document.fonts.ready;
          });
          await expect(page).toHaveScreenshot(`${name}-${locale}-${theme}-${device}.png`, {
            maxDiffPixelRatio: 0.01,
          });
        });
      }
    }
  }
}
