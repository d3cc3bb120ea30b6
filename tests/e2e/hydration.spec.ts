/**
 * Before an island hydrates, its server-rendered controls take no taps (global.css): a radio
 * tapped then would show as chosen and be reset when the island's code runs (seen on the
 * opportunity worksheet). With the island's script held back, a tap changes nothing; once it has
 * run, a tap takes and stays.
 */
import { expect, test } from '@playwright/test';

test('a tap before the island hydrates is not taken and then lost; after, it takes', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/OpportunityWorksheet\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/zh/tools/opportunity/');
  const island = page.locator('astro-island[component-url*="/OpportunityWorksheet."]');
  await expect(island).toHaveAttribute('ssr', /.*/);
  const radio = island.locator('input[type=radio]').first();
  await radio.scrollIntoViewIfNeeded();
  const box = await radio.boundingBox();
  if (!box) throw new Error('no radio on the page');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(radio).not.toBeChecked();

  release();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  await radio.click();
  await expect(radio).toBeChecked();
  // Still chosen a moment later (nothing resets it): wait two frames, then look again.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(radio).toBeChecked();
});
