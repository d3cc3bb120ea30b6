/**
 * Printable trainer material: every worksheet, case handout and agenda renders to PDF on A4 and
 * Letter within its page budget, and nothing but the sheet is printed: no header, navigation,
 * search, buttons or links to the site's menus.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const printable = builtPages().filter((path) =>
  /^\/(zh|en)\/trainer\/(worksheets\/[^/]+|agenda\/[^/]+)\/$/.test(path),
);
// Forms and agendas: one or two pages. Case handouts carry the case text and its tables.
const budget = (path: string) => (path.includes('/case-') ? 4 : 2);

test('there is a sheet for every form, case and agenda in both languages', () => {
  expect(printable.length).toBe(2 * (4 + 5 + 2));
});

for (const path of printable) {
  test(`${path} prints on A4 and Letter without the site around it`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site-header', 'footer.site-footer', 'nav', 'button', '.site-search']) {
      for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    const printed = await page.evaluate(() => document.body.innerText);
    const locale = path.startsWith('/zh/') ? 'zh' : 'en';
    for (const menu of locale === 'zh'
      ? ['课程首页', '术语表', '我的学习记录']
      : ['Course home', 'Glossary', 'My progress']) {
      expect(printed, `"${menu}" printed`).not.toContain(menu);
    }
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const raw = pdf.toString('latin1');
      const pages = (raw.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(budget(path));
      // Links in a PDF are annotations with their URL in clear text: none may lead to the menus.
      const links = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1] ?? '');
      const menus = links.filter((uri) => /\/(zh|en)\/(tools|glossary|progress|trainer)?\/?$/.test(uri));
      expect(menus, `${format} menu links`).toEqual([]);
    }
  });
}
