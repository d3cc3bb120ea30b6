/**
 * The progress page and the course home's dashboard: export then import into a fresh browser
 * restores everything; damaged or foreign files are refused and lose nothing; an import merges
 * with what is here; reset asks first; "continue" opens the last lesson at the heading being read.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const fixture = (name: string) => new URL(`../fixtures/export/${name}`, import.meta.url).pathname;
const storedProgress = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('kas:progress') ?? 'null') as Record<string, unknown> | null,
  );

async function seed(page: Page, progress: unknown) {
  await page.goto('/zh/');
  await page.evaluate((value) => localStorage.setItem('kas:progress', JSON.stringify(value)), progress);
}

/** A learner's record with lessons, attempts, visits, a saved item and a certificate name. */
const learner = (JSON.parse(readFileSync(fixture('valid.json'), 'utf8')) as { progress: unknown }).progress;

test('export, then import into a fresh browser, restores everything', async ({ page, browser }) => {
  await seed(page, learner);
  // One more lesson done through the page itself.
  await page.goto('/zh/learn/m02-customer-value/02-tiers/');
  await page.locator('button[data-complete]').click();
  await page.goto('/zh/progress/');
  const summary = page.getByTestId('lessons-summary');
  await expect(summary).toContainText('已完成 4/');
  await expect(page.getByRole('row').filter({ hasText: '模块测验' })).toHaveCount(2);
  await expect(page.getByText('华东机电 <script>')).toBeVisible();
  const original = await storedProgress(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出学习记录' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^key-account-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  await expect(page.getByRole('status').filter({ hasText: '已生成文件' })).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/zh/progress/');
  await expect(other.getByTestId('lessons-summary')).toContainText('已完成 0/');
  await other.getByLabel('导入学习记录文件').setInputFiles(file);
  const preview = other.locator('[data-import-preview]');
  await expect(preview.getByRole('heading', { name: '导入前请确认' })).toBeFocused();
  await expect(preview).toContainText('新增 4 节已完成的课');
  await expect(preview).toContainText('新增 2 次测验记录');
  await expect(preview).toContainText('填入证书上的姓名');
  await preview.getByRole('button', { name: '导入' }).click();
  await expect(other.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible();
  await expect(other.getByTestId('lessons-summary')).toContainText('已完成 4/');
  expect(await storedProgress(other)).toEqual(original);
  await other.goto('/zh/');
  await expect(other.locator('.hero [data-progress-template]')).toContainText('已完成 4/');
  await fresh.close();
});

test('damaged, foreign and truncated files are refused and nothing changes', async ({ page }) => {
  await seed(page, learner);
  await page.goto('/en/progress/');
  const before = await storedProgress(page);
  const input = page.getByLabel('Import a progress file');
  for (const [file, message] of [
    ['checksum-mismatch.json', 'The file has been changed or damaged and cannot be imported.'],
    ['bad-attempt.json', 'The file has been changed or damaged and cannot be imported.'],
    ['foreign.json', 'This is not a progress file from this course.'],
    ['truncated.json', 'The file is damaged or incomplete and cannot be read.'],
    ['future-format.json', 'This file comes from a newer version of the course.'],
  ] as const) {
    await input.setInputFiles(fixture(file));
    await expect(page.getByRole('alert'), file).toContainText(message);
    await expect(page.locator('[data-import-preview]')).toHaveCount(0);
    expect(await storedProgress(page)).toEqual(before);
  }
  await expect(page.getByTestId('lessons-summary')).toContainText('3 of');
});

test('an import merges: lessons done here stay, and cancelling changes nothing', async ({ page }) => {
  await page.goto('/en/learn/m07-relationship-stages/01-stages/');
  await page.locator('button[data-complete]').click();
  await page.goto('/en/progress/');
  await expect(page.getByTestId('lessons-summary')).toContainText('1 of');
  const input = page.getByLabel('Import a progress file');

  await input.setInputFiles(fixture('valid.json'));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled' })).toBeVisible();
  await expect(page.getByTestId('lessons-summary')).toContainText('1 of');

  await input.setInputFiles(fixture('valid.json'));
  await expect(page.locator('[data-import-preview]')).toContainText('add 3 completed lessons');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('lessons-summary')).toContainText('4 of');
  const stored = (await storedProgress(page)) as { lessons: Record<string, unknown> };
  expect(Object.keys(stored.lessons)).toContain('m07-relationship-stages/01-stages');

  // The same file again adds nothing.
  await input.setInputFiles(fixture('valid.json'));
  await expect(page.locator('[data-import-preview]')).toContainText('This browser already has everything');
});

test('reset asks first, and cancelling keeps everything', async ({ page }) => {
  await seed(page, learner);
  await page.goto('/zh/progress/');
  await page.getByRole('button', { name: '清除我的学习记录…' }).click();
  await expect(page.locator('p', { hasText: '确定要删除这个浏览器中的全部学习记录吗？' })).toBeFocused();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('lessons-summary')).toContainText('已完成 3/');
  await page.getByRole('button', { name: '清除我的学习记录…' }).click();
  await page.getByRole('button', { name: '是的，全部删除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '学习记录已清除' })).toBeVisible();
  await expect(page.getByTestId('lessons-summary')).toContainText('已完成 0/');
  await expect(page.getByText('还没有测验记录。')).toBeVisible();
});

test('continue where you left off: the last lesson, at the heading being read', async ({ page }) => {
  await page.goto('/zh/');
  const start = page.locator('[data-continue] a');
  await expect(start).toHaveText('开始学习');
  const minutes = page.locator('.hero [data-minutes-left]');
  const before = Number(/\d+/.exec((await minutes.textContent()) ?? '')?.[0]);

  await page.goto('/zh/learn/m01-key-accounts/01-pareto/');
  await page.locator('button[data-complete]').click();
  await page.goto('/zh/learn/m02-customer-value/01-measuring-value/');
  const heading = page.locator('[data-pagefind-body] h2[id]').nth(2);
  const id = (await heading.getAttribute('id')) ?? '';
  await heading.evaluate((element) => element.scrollIntoView());
  // The position is saved a second after scrolling stops.
  await expect
    .poll(
      async () =>
        ((await storedProgress(page)) as { visits: Record<string, { heading?: string }> }).visits[
          'm02-customer-value/01-measuring-value'
        ]?.heading,
    )
    .toBe(id);

  await page.goto('/zh/');
  await expect(start).toHaveText(/^继续学习：衡量客户价值/);
  await expect(minutes).toHaveText(`还剩约 ${before - 15} 分钟`);
  await start.click();
  await expect(page).toHaveURL(
    new RegExp(`/zh/learn/m02-customer-value/01-measuring-value/#${encodeURIComponent(id)}$`),
  );
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the text size choice applies at once and survives a reload', async ({ page }) => {
  await page.goto('/en/learn/m01-key-accounts/01-pareto/');
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const standard = await rootSize();
  await page.getByLabel('Text size').selectOption('xl');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'xl');
  expect(await rootSize()).toBeCloseTo(standard * 1.3, 0);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'xl');
  await expect(page.getByLabel('Text size')).toHaveValue('xl');
  await page.getByLabel('Text size').selectOption('m');
  await expect(page.locator('html')).not.toHaveAttribute('data-font-size', /.+/);
});
