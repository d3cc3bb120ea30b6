/**
 * The site header (issue 17): one bar of at most 56 px on a 360 × 740 phone on every page
 * template; one row at 1024 and 1366 px in both languages at every text size, nothing in it
 * overflowing (a larger text size on a narrower screen folds the links behind the menu button
 * rather than wrapping or overflowing the bar); and the menu as a
 * disclosure a keyboard can open, cycle through and close (focus stays inside while it is open,
 * Escape returns it to the button), with no axe violations while open in either theme. Without
 * JavaScript the links are in the header, under the title.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';

const MAX_PHONE_HEADER = 56;
// One template each: home, module, lesson, tool, quiz, exam, progress, glossary, trainer, slides,
// certificate, and the not-found page (one page in both languages).
const templates = [
  '',
  'learn/m01-key-accounts/',
  'learn/m01-key-accounts/01-pareto/',
  'tools/pareto/',
  'quiz/m01-key-accounts/',
  'exam/',
  'progress/',
  'glossary/',
  'trainer/',
  'present/m01-key-accounts/',
  'certificate/',
];
const pages = [
  ...['zh', 'en'].flatMap((locale) => templates.map((path) => `/${locale}/${path}`)),
  '/404.html',
];
// Slides and the not-found page have no site header (the slide uses the whole window).
const headerless = (path: string) => /\/present\/|404/.test(path);

async function headerHeight(page: Page): Promise<number> {
  const header = page.locator('header.site-header');
  await expect(header).toBeVisible();
  return (await header.boundingBox())?.height ?? Infinity;
}

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of pages) {
    test(`${path}: the header is one bar of at most ${MAX_PHONE_HEADER} px`, async ({ page }) => {
      await page.goto(path);
      if (headerless(path)) {
        await expect(page.locator('header.site-header')).toHaveCount(0);
        return;
      }
      await expect(page.locator('[data-menu-button]')).toBeVisible();
      expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_PHONE_HEADER);
      // The links wait behind the menu button.
      await expect(page.locator('header nav')).toBeHidden();
    });
  }

  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: the menu opens, keeps focus inside and closes by keyboard`, async ({ page }) => {
      await page.goto(`/${locale}/learn/m01-key-accounts/01-pareto/`);
      const button = page.locator('[data-menu-button]');
      const menu = page.locator('#site-menu');
      await expect(button).toHaveAttribute('aria-controls', 'site-menu');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(menu).toBeVisible();
      await expect(menu.locator('nav a').first()).toBeFocused();

      // Two rounds of Tab and one of Shift+Tab: focus is always on the button or in the menu, and
      // comes back round to where it started.
      const stops = (await menu.locator('a, select').count()) + 1;
      const inside = () =>
        page.evaluate(() => {
          const active = document.activeElement;
          return Boolean(active?.closest('#site-menu') || active?.matches('[data-menu-button]'));
        });
      for (let i = 0; i < 2 * stops; i += 1) {
        await page.keyboard.press('Tab');
        expect(await inside(), `after ${i + 1} Tab`).toBe(true);
      }
      await expect(menu.locator('nav a').first()).toBeFocused();
      for (let i = 0; i < stops; i += 1) {
        await page.keyboard.press('Shift+Tab');
        expect(await inside(), `after ${i + 1} Shift+Tab`).toBe(true);
      }
      await expect(menu.locator('nav a').first()).toBeFocused();

      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeHidden();
      await expect(button).toBeFocused();

      // The button toggles it, and a tap outside closes it.
      await button.click();
      await expect(menu).toBeVisible();
      // Below the open menu, on the page.
      await page.mouse.click(180, 730);
      await expect(menu).toBeHidden();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    test(`${locale}: the open menu has no axe violations in either theme`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.locator('[data-menu-button]').click();
      await expect(page.locator('#site-menu')).toBeVisible();
      await expectAccessibleInBothThemes(page, 'axe with the menu open', 'header.site-header');
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the links are in the header, with no menu button', async ({ page }) => {
      await page.goto('/en/glossary/');
      await expect(page.locator('[data-menu-button]')).toBeHidden();
      for (const link of await page.locator('header nav a').all()) await expect(link).toBeVisible();
      await expect(page.locator('header a[data-locale-link]')).toBeVisible();
    });
  });
});

// The reader's text size (the header's switch), saved as the switch saves it.
const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;

for (const width of [1024, 1366]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 768 } });

    for (const locale of ['zh', 'en'] as const) {
      for (const size of TEXT_SIZES) {
        test(`${locale}, text size ${size}: the header is one row and nothing in it overflows`, async ({
          page,
        }) => {
          await page.addInitScript((value) => localStorage.setItem('kas:fontSize', value), size);
          await page.goto(`/${locale}/learn/m01-key-accounts/01-pareto/`);
          if (size === 'm') await expect(page.locator('html')).not.toHaveAttribute('data-font-size', /.+/);
          else await expect(page.locator('html')).toHaveAttribute('data-font-size', size);
          const button = page.locator('[data-menu-button]');
          const folded = await button.isVisible();
          // At the default size or smaller every link is in the bar from 1024 px up, and at 1366 px at
          // every size; only a larger text size on a narrower screen folds them behind the button.
          if (size === 's' || size === 'm' || width >= 1366) expect(folded, 'links folded').toBe(false);

          // One row: every shown item of the bar shares one line (their vertical centres agree), none
          // overlaps the next or leaves the window, and the bar is no taller than its tallest item
          // plus its padding.
          const bar = await page.evaluate(() => {
            const el = document.querySelector<HTMLElement>('header.site-header .bar');
            const items = [
              ...(el?.querySelectorAll(
                '.brand, .site-search, nav a, .lang-link, .font-size-switch, .theme-switch, [data-menu-button]',
              ) ?? []),
            ]
              .filter((item) => item.getClientRects().length > 0)
              .map((item) => ({
                name: item.textContent?.trim() || item.className,
                box: item.getBoundingClientRect(),
              }))
              .sort((a, b) => a.box.left - b.box.left);
            const style = el ? getComputedStyle(el) : undefined;
            return {
              items: items.map(({ name, box }) => ({
                name,
                left: box.left,
                right: box.right,
                width: box.width,
                centre: box.top + box.height / 2,
                height: box.height,
              })),
              height: el?.getBoundingClientRect().height ?? Infinity,
              padding: style ? parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0,
              pageWidth: document.documentElement.scrollWidth,
            };
          });
          expect(bar.items.length).toBeGreaterThanOrEqual(folded ? 3 : 10);
          const centres = bar.items.map((i) => i.centre);
          expect(
            Math.max(...centres) - Math.min(...centres),
            `vertical spread of the bar's items`,
          ).toBeLessThanOrEqual(4);
          expect(bar.height).toBeLessThanOrEqual(
            Math.max(...bar.items.map((i) => i.height)) + bar.padding + 1,
          );
          bar.items.forEach((item, i) => {
            expect(item.width, `${item.name} has room`).toBeGreaterThan(0);
            expect(item.right, `${item.name} in the window`).toBeLessThanOrEqual(width);
            const previous = bar.items[i - 1];
            if (previous)
              expect(item.left, `${item.name} clear of ${previous.name}`).toBeGreaterThanOrEqual(
                previous.right - 1,
              );
          });
          expect(bar.pageWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(width);
          if (size === 'm') expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_PHONE_HEADER);

          if (!folded) return;
          // Folded: the menu opens by keyboard with every link, in the window, and closes with Escape.
          const menu = page.locator('#site-menu');
          await button.focus();
          await page.keyboard.press('Enter');
          await expect(menu).toBeVisible();
          await expect(menu.locator('nav a').first()).toBeFocused();
          for (const link of await menu.locator('nav a, a[data-locale-link], select').all()) {
            await expect(link).toBeInViewport();
            expect((await link.boundingBox())?.x ?? Infinity).toBeLessThanOrEqual(width);
          }
          await page.keyboard.press('Escape');
          await expect(menu).toBeHidden();
          await expect(button).toBeFocused();
        });
      }
    }
  });
}
