/**
 * Module drawings on the built site: every module's card on the course home and every module page
 * shows its own drawing, decorative (aria-hidden SVG), without style attributes (the CSP refuses
 * them), painted from the theme (its colour changes with light and dark), and with a visible size.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site';

const moduleDir = new URL('../../content/modules/', import.meta.url).pathname;
const slugsOf = (locale: string) =>
  readdirSync(`${moduleDir}${locale}`)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();

/** Each drawing on the page: its slug, ARIA state, style attributes inside, size and paint. */
async function drawingsOn(page: Page, variant: 'card' | 'hero') {
  return page.locator(`.module-illustration.${variant}`).evaluateAll((nodes) =>
    nodes.map((node) => {
      const svg = node.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const shape = svg?.querySelector('[class]');
      return {
        slug: node.getAttribute('data-illustration'),
        svgs: node.querySelectorAll('svg').length,
        hidden: svg?.getAttribute('aria-hidden'),
        styled: [node, ...node.querySelectorAll('*')].filter((el) => el.hasAttribute('style')).length,
        text: node.textContent?.trim() ?? '',
        width: Math.round(box?.width ?? 0),
        height: Math.round(box?.height ?? 0),
        colour: getComputedStyle(node).color,
        // A painted shape has a fill or a stroke from the component's classes.
        painted: shape
          ? ['fill', 'stroke'].some((p) => getComputedStyle(shape).getPropertyValue(p) !== 'none')
          : false,
      };
    }),
  );
}

for (const locale of ['zh', 'en'] as const) {
  const slugs = slugsOf(locale);

  test(`${locale}: every module card on the home shows its own decorative drawing in both themes`, async ({
    page,
  }) => {
    // A refused inline style or script shows as a console error (Content-Security-Policy).
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(() => localStorage.setItem('kas:theme', 'light'));
    await page.goto(`/${locale}/`);
    const colours: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
      const drawings = await drawingsOn(page, 'card');
      expect(drawings.map((d) => d.slug).sort()).toEqual(slugs);
      for (const d of drawings) {
        expect(d, `${d.slug} (${theme})`).toMatchObject({
          svgs: 1,
          hidden: 'true',
          styled: 0,
          text: '',
          painted: true,
        });
        expect(d.width, `${d.slug} width`).toBeGreaterThan(60);
        expect(d.height, `${d.slug} height`).toBeGreaterThan(40);
      }
      colours.push(drawings[0]?.colour ?? '');
    }
    expect(colours[0], 'the drawings follow the theme').not.toBe(colours[1]);
    expect(consoleErrors).toEqual([]);
  });

  test(`${locale}: every module page shows its module's drawing`, async ({ page }) => {
    const built = new Set(builtPages());
    const pages = slugs.map((slug) => `/${locale}/learn/${slug}/`).filter((path) => built.has(path));
    expect(pages.length, 'module pages built').toBeGreaterThan(0);
    for (const path of pages) {
      await page.goto(path);
      const drawings = await drawingsOn(page, 'hero');
      expect(drawings, path).toHaveLength(1);
      expect(drawings[0], path).toMatchObject({
        slug: path.split('/')[3],
        svgs: 1,
        hidden: 'true',
        styled: 0,
        text: '',
        painted: true,
      });
      expect(drawings[0]?.width ?? 0, `${path} width`).toBeGreaterThan(100);
    }
  });
}
