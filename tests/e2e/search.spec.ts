/**
 * Site search over the built Pagefind index: Chinese words find the Chinese lessons that use them
 * (Pagefind segments Chinese text), English words the English ones, each page searches its own
 * language, results name the lesson and its module, and it is all keyboard operable. Also run on
 * the build for a sub-path (scripts/test-all.mjs).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { basePath } from './site';

async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: /搜索课程|Search the course/ });
  await box.fill(query);
  const results = page.locator('#site-search-results');
  await expect(results).toBeVisible();
  // Busy from the keystroke until this query's results are in.
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(results.getByRole('status')).not.toHaveText('');
  return results;
}

/** The first result link with this text, pressing "more" while it is not among those shown. */
async function findResult(results: Locator, text: string): Promise<Locator> {
  // The title is the whole text of the link's <strong>; other pages may quote it in their excerpt.
  const hit = results
    .getByRole('link')
    .filter({ has: results.page().getByText(text, { exact: true }) })
    .first();
  const more = results.getByRole('button', { name: /显示更多结果|Show more results/ });
  while ((await hit.count()) === 0 && (await more.isVisible())) {
    const shown = await results.getByRole('link').count();
    await more.click();
    await expect(results.getByRole('link')).not.toHaveCount(shown);
  }
  return hit;
}

const chinese = [
  { query: '客户', finds: '二八法则：为什么要抓大客户' },
  { query: '分级', finds: '客户分级：铂金、黄金、铁质、铅质' },
  { query: '铂金', finds: '客户分级：铂金、黄金、铁质、铅质' },
  { query: '帕累托', finds: '二八法则：为什么要抓大客户' },
  { query: '暗示', finds: '四类问题：背景、难点、暗示、效益' },
];

test('Chinese words find the Chinese lessons that use them, with their module', async ({ page }) => {
  await page.goto(`${basePath}zh/glossary/`);
  for (const { query, finds } of chinese) {
    const results = await search(page, query);
    await expect(results.getByRole('status')).toHaveText(/^找到 \d+ 条结果$/);
    const hit = await findResult(results, finds);
    await expect(hit, `${query} → ${finds}`).toBeVisible();
    await expect(hit.locator('.section')).toHaveText(/^模块 \d · /);
    await expect(hit.locator('mark').first()).toBeVisible();
    // The Chinese edition only.
    for (const href of await results
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${basePath}zh/`));
    }
  }
});

test('English words find the English lessons, and the count says how many', async ({ page }) => {
  await page.goto(`${basePath}en/`);
  for (const { query, finds } of [
    { query: 'Pareto', finds: 'The 80/20 rule: why key accounts matter' },
    { query: 'platinum', finds: 'Customer tiers: platinum, gold, iron and lead' },
    { query: 'implication', finds: 'The four question types' },
  ]) {
    const results = await search(page, query);
    await expect(results.getByRole('link').filter({ hasText: finds }).first()).toBeVisible();
    expect(await results.getByRole('link').first().getAttribute('href')).toMatch(
      new RegExp(`^${basePath}en/`),
    );
  }
  // Pagefind matches loosely (typos, parts of words), so even nonsense finds something: the count
  // is what the learner reads first, with English plural forms.
  const results = await search(page, 'Pareto');
  await expect(results.getByRole('status')).toHaveText(/^\d+ results?$/);
});

test('a common word shows eight results, and "more" adds the next eight with focus on the first new one', async ({
  page,
}) => {
  await page.goto(`${basePath}zh/`);
  const results = await search(page, '客户');
  const count = Number((await results.getByRole('status').textContent())?.match(/\d+/)?.[0]);
  // 客户 is on nearly every Chinese lesson: far more than one screen of results.
  expect(count).toBeGreaterThan(24);
  const links = results.getByRole('link');
  await expect(links).toHaveCount(8);
  const more = results.getByRole('button', { name: '显示更多结果' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(16);
  await expect(links.nth(8)).toBeFocused();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(16);
  // Pressing until the end shows every result once, then the button goes.
  while (await more.isVisible()) {
    const shown = await links.count();
    await more.click();
    await expect(links).not.toHaveCount(shown);
  }
  await expect(links).toHaveCount(count);
  await expect(results).toBeVisible();
});

test('/ focuses search, arrows reach the results, Enter opens one, Escape closes', async ({ page }) => {
  await page.goto(`${basePath}zh/learn/m01-key-accounts/01-pareto/`);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: '搜索课程' });
  await expect(box).toBeFocused();
  await page.keyboard.type('分级');
  const results = page.locator('#site-search-results');
  await expect(results.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(box).toHaveValue('');

  await box.fill('铂金');
  const first = results.getByRole('link').first();
  await expect(first).toBeVisible();
  const href = (await first.getAttribute('href')) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => `${url.pathname}${url.hash}` === decodeURI(href) || url.href.endsWith(href));
  await expect(page.locator('h1')).toContainText('铂金');

  // Enter in the box opens the first result.
  await page.keyboard.press('/');
  await page.keyboard.type('帕累托');
  await expect(results.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('二八法则：为什么要抓大客户');
});

test('typing / in a text field types it, and a page without scripts shows no dead search box', async ({
  page,
}) => {
  await page.goto(`${basePath}zh/glossary/`);
  const filter = page.getByLabel('筛选术语');
  await filter.click();
  await page.keyboard.type('a/b');
  await expect(filter).toHaveValue('a/b');
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).not.toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box stays hidden', async ({ page }) => {
    await page.goto(`${basePath}en/`);
    await expect(page.locator('[data-site-search]')).toBeHidden();
  });
});

test('trainer pages are found too, in the page language', async ({ page }) => {
  for (const { locale, query, finds } of [
    { locale: 'zh', query: '讲师手册', finds: '讲师手册：模块 6 · SPIN 提问' },
    { locale: 'en', query: 'facilitator notes', finds: 'Facilitator notes: Module 6 · SPIN questioning' },
  ]) {
    await page.goto(`${basePath}${locale}/`);
    const results = await search(page, query);
    const hit = await findResult(results, finds);
    await expect(hit, `${query} → ${finds}`).toBeVisible();
    expect(await hit.getAttribute('href')).toMatch(new RegExp(`^${basePath}${locale}/trainer/notes/`));
  }
});
