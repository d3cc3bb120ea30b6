/** Axe over the page as it stands, in the light and then the dark theme (colours differ). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** `include`: a selector to check only that part (a lesson is long; pages.spec.ts checks it all). */
export async function expectAccessibleInBothThemes(page: Page, where: string, include?: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
    const builder = new AxeBuilder({ page }).withTags(WCAG);
    const results = await (include ? builder.include(include) : builder).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      `${where} (${theme})`,
    ).toEqual([]);
  }
}
