/**
 * Offline use, with service workers allowed (the other specs block them): after one visit the
 * service worker has precached the course, and with the network off every lesson, quiz, exam and
 * tools page loads, its islands run and search still answers. A new deploy replaces the cache
 * and tells the learner once. Also run on the build for a sub-path (scripts/test-all.mjs).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { basePath, builtPages, distDir } from './site';

test.use({ serviceWorkers: 'allow' });

async function waitForOfflineCopy(page: Page) {
  // `ready` resolves once the worker is active, which is after the precache has been filled.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, every lesson, quiz and tools page works with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: cancelled because the test moved on to the next page, not a network failure.
    const reason = request.failure()?.errorText ?? '';
    if (!reason.includes('ERR_ABORTED')) failed.push(`${request.url()} ${reason}`);
  });
  page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));

  await page.goto(`${basePath}zh/`);
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  const pattern = new RegExp(`^${basePath}(zh|en)/(learn|quiz|tools|exam|glossary|progress)/`);
  const pages = [`${basePath}zh/`, `${basePath}en/`, ...builtPages().filter((path) => pattern.test(path))];
  expect(pages.filter((path) => path.includes('/learn/')).length).toBeGreaterThan(60);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.ok(), `${path} offline`).toBe(true);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }

  // An island works offline: the module quiz starts and shows its first question.
  await page.goto(`${basePath}en/quiz/m01-key-accounts/`);
  await page.getByRole('button', { name: /^All \d+ questions$/ }).click();
  await expect(page.getByText(/Question 1 of \d+/).first()).toBeVisible();
  // The exam fetches its question bank, which the offline copy holds too.
  await page.goto(`${basePath}zh/exam/`);
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(page.locator('fieldset[data-question-id]')).toHaveCount(1);

  // Search answers from the precached index.
  await page.goto(`${basePath}zh/`);
  await page.getByRole('searchbox', { name: '搜索课程' }).fill('分级');
  await expect(page.locator('#site-search-results').getByRole('link').first()).toBeVisible();
  expect(failed).toEqual([]);
});

test.describe('a new deploy', () => {
  let root = '';
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    // A private copy of the site, so the test can "deploy" a change to it.
    root = mkdtempSync(join(tmpdir(), 'kas-deploy-'));
    cpSync(distDir, root, { recursive: true });
    const files = sirv(root, { dev: true, extensions: ['html'] });
    server = createServer((request, response) => {
      if (!request.url?.startsWith(basePath)) {
        response.writeHead(404).end();
        return;
      }
      request.url = `/${request.url.slice(basePath.length)}`;
      files(request, response, () => {
        response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('updates the offline copy and tells the learner once', async ({ page }) => {
    await page.goto(`${origin}${basePath}zh/`);
    await waitForOfflineCopy(page);
    await page.reload();
    const notice = page.locator('[data-update-notice]');
    await expect(notice).toBeHidden();

    // Deploy: the home page changes, and so does its revision in the new service worker.
    const home = join(root, 'zh/index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace('</main>', '<p id="deploy-2">deploy 2</p></main>'),
    );
    const worker = join(root, 'sw.js');
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(/(\{url:"zh\/index\.html",revision:")[^"]+"/, '$1deploy-2"'),
    );
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    await expect(notice).toBeVisible();
    await expect(notice).toContainText('课程已更新到新版本。');
    await notice.getByRole('button', { name: '刷新页面' }).click();
    await expect(page.locator('#deploy-2')).toHaveText('deploy 2');
    await expect(page.locator('[data-update-notice]')).toBeHidden();
  });
});

test('the site works when service workers are unavailable', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${basePath}en/learn/m01-key-accounts/01-pareto/`);
  await page.locator('button[data-complete]').click();
  await expect(page.locator('button[data-complete]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
  await context.close();
});
