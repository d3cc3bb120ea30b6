/** What a learner does: switch language and theme, complete a lesson, use the island, keep state. */
import { expect, test, type Page } from '@playwright/test';

const LESSON = 'learn/m01-key-accounts/01-pareto/';

async function completeButton(page: Page) {
  const button = page.locator('button[data-complete]');
  await expect(button).toBeVisible();
  return button;
}

test('the language link lands on the same page in the other language', async ({ page }) => {
  await page.goto(`/zh/${LESSON}`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/${LESSON}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(`/zh/${LESSON}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the theme choice survives a reload and another page', async ({ page }) => {
  await page.goto('/en/');
  const select = page.getByLabel('Colours');
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Colours')).toHaveValue('dark');
  await page.goto('/zh/glossary/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('配色').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('completing a lesson updates the course home, in both languages', async ({ page }) => {
  await page.goto('/zh/');
  const overall = page.locator('.hero [data-progress-template]');
  const before = await overall.textContent();
  expect(before).toMatch(/^已完成 0\/\d+ 课/);
  const total = Number(/\/(\d+)/.exec(before ?? '')?.[1]);

  await page.goto(`/zh/${LESSON}`);
  const button = await completeButton(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`nav.course-nav [data-lesson-done="m01-key-accounts/01-pareto"]`)).toBeVisible();

  await page.goto('/zh/');
  await expect(overall).toHaveText(new RegExp(`^已完成 1/${total} 课`));
  await expect(page.locator('.hero [role="progressbar"]')).toHaveAttribute('aria-valuenow', '1');
  await page.goto('/en/');
  await expect(page.locator('.hero [data-progress-template]')).toHaveText(
    new RegExp(`^1 of ${total} lessons done`),
  );

  await page.goto(`/en/${LESSON}`);
  await (await completeButton(page)).click();
  await page.goto('/en/');
  await expect(page.locator('.hero [data-progress-template]')).toHaveText(
    new RegExp(`^0 of ${total} lessons done`),
  );
});

test('two open tabs stay in sync', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`/en/${LESSON}`);
  await second.goto(`/en/${LESSON}`);
  await (await completeButton(first)).click();
  await expect(second.locator('button[data-complete]')).toHaveAttribute('aria-pressed', 'true');
});

test('a corrupt saved state is replaced by an empty one and the page keeps working', async ({ page }) => {
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() =>
    localStorage.setItem('kas:progress', '{"version":1,"lessons":{"m01-key-accounts/01-par'),
  );
  await page.goto(`/en/${LESSON}`);
  const button = await completeButton(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(warnings.join('\n')).toContain('Saved progress was unreadable');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('when the browser cannot save, a one-line notice shows and the lesson still completes', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`/en/${LESSON}`);
  const button = await completeButton(page);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'cannot save your progress' })).toBeVisible();
});

test.describe('the language chooser', () => {
  test.use({ locale: 'en-US' });

  test('follows the browser language, then the last language used', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await page.goto('/zh/');
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
  });
});

test.describe('the language chooser for a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('opens the Chinese edition', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test('the 80/20 slider hydrates when visible and responds to the keyboard', async ({ page }) => {
  await page.goto(`/en/${LESSON}`);
  const slider = page.getByRole('slider', { name: /Share of customers at the top/ });
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toHaveValue('20');
  const result = page.locator('.explorer .result');
  const before = await result.textContent();
  expect(before).toMatch(/The top 20% of customers by revenue \(\d+ customers\) bring in \d+% of revenue\./);
  await slider.focus();
  for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('50');
  await expect(result).toHaveText(
    /The top 50% of customers by revenue \(15 customers\) bring in \d+% of revenue\./,
  );
  const share = (text: string | null) => Number(/bring in (\d+)%/.exec(text ?? '')?.[1]);
  expect(share(await result.textContent())).toBeGreaterThan(share(before));
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(`/zh/${LESSON}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a knowledge check reveals its answer on request, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/${LESSON}`);
  const check = page.locator('.knowledge-check');
  const questions = check.locator('li.question');
  expect(await questions.count()).toBeGreaterThanOrEqual(3);
  const firstAnswer = questions.first().locator('details');
  await expect(firstAnswer).not.toHaveAttribute('open', '');
  await firstAnswer.locator('summary').click();
  await expect(firstAnswer.getByText('Explanation', { exact: true })).toBeVisible();
  await context.close();
});

test('a glossary term shows its definition on keyboard focus and links to the glossary', async ({ page }) => {
  await page.goto(`/en/${LESSON}`);
  const term = page.locator('.term a').first();
  const tipId = await term.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  const href = await term.getAttribute('href');
  expect(href).toMatch(/^\/en\/glossary\/#[a-z0-9-]+$/);
  await term.click();
  await expect(page.locator(`[id="${href?.split('#')[1]}"]`)).toBeVisible();
});

test('a lesson prints without navigation and keeps its content', async ({ page }) => {
  await page.goto(`/zh/${LESSON}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('nav.course-nav')).toBeHidden();
  await expect(page.locator('button[data-complete]')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('.objectives')).toBeVisible();
  await expect(page.locator('.knowledge-check')).toBeVisible();
});

test('on a 360 px phone nothing scrolls sideways except tables inside their own region', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of [
    '/zh/',
    `/zh/${LESSON}`,
    `/en/${LESSON}`,
    '/en/glossary/',
    '/zh/tools/pareto/',
    '/en/tools/profit-map/',
    '/zh/exam/',
    '/en/quiz/m01-key-accounts/',
    '/zh/learn/m02-customer-value/04-profitability-map/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the glossary filters as you type, in either language', async ({ page }) => {
  await page.goto('/zh/glossary/');
  const entries = page.locator('.glossary .entry');
  const total = await entries.count();
  expect(total).toBeGreaterThanOrEqual(40);
  const filter = page.getByLabel('筛选术语');
  await filter.fill('key account');
  const visible = page.locator('.glossary .entry:visible');
  await expect(visible.first()).toBeVisible();
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.locator('#key-account')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `显示 ${shown}/${total} 个术语` })).toBeVisible();
  await filter.fill('zzzz-no-such-term');
  await expect(visible).toHaveCount(0);
  await expect(page.getByText('没有匹配的术语。')).toBeVisible();
  await filter.fill('');
  await expect(visible).toHaveCount(total);
});
