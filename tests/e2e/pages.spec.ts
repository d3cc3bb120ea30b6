/**
 * Every built page, in the light and the dark theme: no axe violations (WCAG 2.0/2.1 A and AA, and
 * the best-practice rules Lighthouse scores, such as heading order),
 * no console errors, the right <html lang>, a link to its twin, and no request to any host but
 * this one. One visit a page: the theme is switched in place between the two axe runs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

// "/" redirects when scripts run; it is checked without JavaScript below and in behaviour.spec.ts.
const pages = builtPages().filter((path) => path !== '/');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Best-practice rules that Lighthouse's accessibility score counts, run on top of the WCAG set.
const LIGHTHOUSE_RULES = ['heading-order', 'empty-heading', 'page-has-heading-one', 'landmark-one-main'];
// Two axe runs over a long lesson with three islands can pass 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

for (const path of pages) {
  test(`${path} is accessible in both themes and error-free`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin) {
        problems.push(`request to another host: ${request.url()}`);
      }
    });
    await page.addInitScript(() => localStorage.setItem('kas:theme', 'light'));
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBeLessThan(400);
    // Islands hydrate when visible: scroll through the page so they all run.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 700) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');

    const lang = await page.locator('html').getAttribute('lang');
    expect(['zh-CN', 'en']).toContain(lang);
    if (/^\/(zh|en)\//.test(path)) {
      expect(lang).toBe(path.startsWith('/zh/') ? 'zh-CN' : 'en');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(page.locator('a[data-locale-link]')).toHaveCount(1);
    }

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
      const results = await new AxeBuilder({ page })
        .options({
          runOnly: { type: 'tag', values: WCAG },
          rules: Object.fromEntries(LIGHTHOUSE_RULES.map((rule) => [rule, { enabled: true }])),
        })
        .analyze();
      const violations = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations, `axe on ${path} (${theme})`).toEqual([]);
    }
    expect(problems, `console and network on ${path}`).toEqual([]);
  });
}

test.describe('the language chooser without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ shows both languages as plain links', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  });
});

test('the language chooser passes axe (/?choose stays on the choice)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/?choose');
  await expect(page).toHaveURL('/?choose');
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});
