/**
 * The SCORM 1.2 package (`npm run build:scorm`) inside a stand-in LMS that uses scorm-again's
 * run-time, which checks every value as a real LMS would: the manifest keeps the rules, every
 * URL is file-relative, and a learner's first launch, exam and relaunch report and resume right.
 * The package is unpacked into a sub-folder and served by a file server with no folder index.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { ADLCP_NS, IMSCP_NS, manifestProblems } from '../../src/lib/scorm/manifest';
import { bigCsv } from '../../scripts/generate-import-fixtures.mjs';
import { answerCorrectly, questionBank } from './quizHelpers';
import { outlineManifest, readPackage, serveLms, urlsIn, type Lms } from './scormLms';
import { distDir } from './site';

test.describe.configure({ mode: 'serial' });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LESSON = 'zh/learn/m01-key-accounts/01-pareto/index.html';
const LAST_LESSON = 'zh/learn/m08-capstone/05-four-tiers/index.html';
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

interface LmsData {
  lesson_status: string;
  lesson_location: string;
  score: { raw: string; min: string; max: string };
  session_time: string;
  exit: string;
  suspend_data: string;
}
interface LmsRecord {
  initialised: number;
  finished: number;
  commits: number;
  errors: unknown[];
}

let lms: Lms;
test.beforeAll(async () => {
  lms = await serveLms(['zh', 'en']);
});
test.afterAll(async () => {
  await lms.close();
});

const data = (page: Page) => page.evaluate(() => (window as unknown as { lmsData(): LmsData }).lmsData());
const record = (page: Page) => page.evaluate(() => (window as unknown as { lmsRecord: LmsRecord }).lmsRecord);

/** Errors any frame of the page reports: none is expected. */
function collectErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // A failed request is reported below with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** Opens the LMS with the learner's stored record; gives the course frame inside the launch page. */
async function launch(page: Page, seed: Record<string, string>): Promise<FrameLocator> {
  await page.addInitScript((value) => Object.assign(window, { lmsSeed: value }), seed);
  await page.goto(`${lms.url}lms.html?launch=packages/zh/scorm/zh/index.html`);
  await expect.poll(async () => (await record(page)).initialised).toBe(1);
  return page.frameLocator('#sco').frameLocator('iframe[data-course]');
}

test('each zip keeps the SCORM 1.2 manifest rules, and every URL in it is file-relative', async ({
  page,
}) => {
  for (const locale of ['zh', 'en']) {
    const files = readPackage(locale);
    const xml = new TextDecoder().decode(files.get('imsmanifest.xml'));
    const outline = await page.evaluate(outlineManifest, { xml, imscp: IMSCP_NS, adlcp: ADLCP_NS });
    const paths = [...files.keys()].filter((name) => name !== 'imsmanifest.xml');
    expect(manifestProblems(outline, paths), locale).toEqual([]);
    expect(outline.resources.map((r) => [r.scormType, r.href])).toEqual([
      ['sco', `scorm/${locale}/index.html`],
    ]);
    expect(outline.organizations[0]?.title).toBe(
      locale === 'zh' ? '大客户销售实战课' : 'Key Account Sales: An Interactive Course',
    );
  }

  const files = readPackage('zh');
  const problems: string[] = [];
  for (const [name, bytes] of files) {
    if (!/\.(html|css)$/.test(name)) continue;
    for (const url of urlsIn(new TextDecoder().decode(bytes))) {
      if (url.startsWith('#') || url.startsWith('data:')) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) {
        problems.push(`${name}: not relative: ${url}`);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(name), url.split(/[?#]/)[0] ?? ''));
      if (!files.has(target)) problems.push(`${name}: ${url} → missing ${target}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the bridge is only in the package: no public page loads it', () => {
  const publicScripts = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.js'));
  for (const file of publicScripts) {
    expect(readFileSync(join(distDir, '_astro', file), 'utf8'), file).not.toContain('LMSInitialize');
  }
  const pages = [...readPackage('zh')].filter(([name]) => name.endsWith('.html'));
  const withBridge = pages
    .filter(([, bytes]) => new TextDecoder().decode(bytes).includes('LaunchPage.astro_astro_type_script'))
    .map(([name]) => name);
  expect(withBridge.sort()).toEqual(['scorm/en/index.html', 'scorm/zh/index.html']);
});

test('outside an LMS the launch page shows the course with a notice, accessibly', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${lms.url}packages/en/scorm/en/index.html`);
  await expect(page.getByRole('status')).toHaveText(/Not connected to a learning platform/);
  const course = page.frameLocator('iframe[data-course]');
  await expect(course.getByRole('heading', { level: 1 })).toHaveText(
    'Key Account Sales: An Interactive Course',
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('inside the package a tools page imports a large file through its worker (relative script URLs)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const folder = mkdtempSync(join(tmpdir(), 'scorm-import-'));
  const file = join(folder, 'customers-40k.csv');
  // Over the 1 MB above which the import runs in a Web Worker.
  writeFileSync(file, bigCsv(40_000));
  try {
    await page.goto(`${lms.url}packages/en/en/tools/pareto/index.html`);
    await page.getByLabel('Data', { exact: true }).selectOption('import');
    await page.getByLabel('Choose a file…').setInputFiles(file);
    await expect(page.locator('.imported')).toHaveText('Imported: customers-40k.csv (40,000 customers)', {
      timeout: 60_000,
    });
    await expect(page.locator('.result')).toContainText('The top 20% of customers (8,000)');
    expect(errors).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

let stored: LmsData;

test('first launch: incomplete, then location, completion, exam score and passed reach the LMS', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const course = await launch(page, { student_name: '王, 小明' });
  await expect(course.getByRole('heading', { level: 1 })).toHaveText('大客户销售实战课');
  await expect.poll(async () => (await data(page)).lesson_status).toBe('incomplete');
  expect((await record(page)).commits).toBeGreaterThan(0);

  await course.getByRole('link', { name: '开始学习' }).click();
  await expect.poll(async () => (await data(page)).lesson_location).toBe(LESSON);
  const before = await record(page);
  await course.getByRole('button', { name: '标记为已完成' }).click();
  await expect.poll(async () => (await record(page)).commits).toBeGreaterThan(before.commits);
  const afterOne = await data(page);
  expect(afterOne.lesson_status).toBe('incomplete');
  expect(afterOne.suspend_data).toMatch(/^kas1:/);

  // The other lessons as if done on earlier days, then the last one by hand: completed.
  const keys = readFileSync(new URL('../fixtures/scorm/lesson-keys.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((key) => key && !LAST_LESSON.includes(key));
  // First to the last lesson: the first lesson's pending save of its reading position (a second
  // after the scroll to its button) ends with that page. Then the other lessons are written from
  // the launch page, not from the frame: a document never hears its own localStorage writes, so
  // the lesson's store would keep its older record and its next save would put that back. The
  // frame hears this write as another tab's, and its badges show when it has.
  await course.locator('nav a[href$="m08-capstone/05-four-tiers/index.html"]').first().click();
  await expect.poll(async () => (await data(page)).lesson_location).toBe(LAST_LESSON);
  await page.evaluate((lessonKeys) => {
    const saved = JSON.parse(localStorage.getItem('kas:progress') ?? '{}');
    for (const key of lessonKeys) saved.lessons[key] ??= { completedAt: '2026-11-20T08:00:00.000Z' };
    localStorage.setItem('kas:progress', JSON.stringify(saved));
  }, keys);
  await expect(course.locator(`[data-lesson-done="${keys.at(-1)}"]`).first()).not.toHaveAttribute('hidden');
  await course.getByRole('button', { name: '标记为已完成' }).click();
  await expect.poll(async () => (await data(page)).lesson_status).toBe('completed');

  // The final exam, answered right: passed with 100 of 100.
  const bank = questionBank('zh');
  await course.getByRole('link', { name: '课程首页' }).first().click();
  await course.locator('a[href$="zh/exam/index.html"]').first().click();
  await expect.poll(async () => (await data(page)).lesson_location).toBe('zh/exam/index.html');
  await course.getByRole('button', { name: '开始考试' }).click();
  for (let i = 0; i < 30; i += 1) {
    const card = course.locator('fieldset[data-question-id]');
    const question = bank.get((await card.getAttribute('data-question-id')) ?? '');
    if (!question) throw new Error('question not in the bank');
    await answerCorrectly(card, question, { true: '正确', false: '错误' });
    if (i < 29) await course.getByRole('button', { name: '下一题 →' }).click();
  }
  await course.getByRole('button', { name: '交卷' }).click();
  await expect(course.getByText('恭喜，你通过了结业考试！')).toBeVisible();
  await expect.poll(async () => (await data(page)).lesson_status).toBe('passed');
  expect((await data(page)).score).toEqual({ raw: '100', min: '0', max: '100' });

  // The certificate carries the LMS's learner name.
  await course.getByRole('link', { name: '领取结业证书' }).click();
  await expect(course.getByLabel('证书上的姓名')).toHaveValue('王小明');
  await expect.poll(async () => (await data(page)).lesson_location).toBe('zh/certificate/index.html');

  // Closing the course finishes the session once, with its time, suspended for a later resume.
  await page.getByRole('button', { name: 'Close the course' }).click();
  await expect.poll(async () => (await record(page)).finished).toBe(1);
  stored = await data(page);
  expect(stored.session_time).toMatch(TIMESPAN);
  expect(stored.exit).toBe('suspend');
  expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
  const final = await record(page);
  expect(final.initialised).toBe(1);
  expect(final.errors, 'values the run-time refused').toEqual([]);
  expect(errors).toEqual([]);
});

test('relaunch in a fresh browser: the LMS record alone brings the learner back where they left', async ({
  browser,
}) => {
  expect(stored, 'the first launch ran').toBeDefined();
  const context = await browser.newContext(); // empty localStorage: only the LMS remembers
  const page = await context.newPage();
  const errors = collectErrors(page);
  const course = await launch(page, {
    student_name: '王, 小明',
    lesson_status: stored.lesson_status,
    lesson_location: stored.lesson_location,
    score_raw: stored.score.raw,
    suspend_data: stored.suspend_data,
  });
  await expect(course.getByLabel('证书上的姓名')).toHaveValue('王小明');
  await course.getByRole('button', { name: '生成证书' }).click();
  await expect(course.locator('article.certificate')).toContainText('100%');
  await course.getByRole('link', { name: '课程首页' }).first().click();
  await expect(course.locator('[data-progress-keys][data-progress-template]').first()).toContainText('31/31');
  const now = await data(page);
  expect(now.lesson_status).toBe('passed');
  expect(now.suspend_data).toBe(stored.suspend_data);
  expect(errors).toEqual([]);
  await context.close();
});

test('damaged suspend data is ignored: the course starts afresh at home and reports incomplete', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  const course = await launch(page, {
    suspend_data: 'kas1:this-is-not-what-we-wrote',
    lesson_location: 'javascript:alert(1)',
  });
  await expect(course.getByRole('heading', { level: 1 })).toHaveText('大客户销售实战课');
  await expect.poll(async () => (await data(page)).lesson_status).toBe('incomplete');
  expect((await data(page)).suspend_data).toMatch(/^kas1:/);
  expect((await data(page)).lesson_location).toBe('zh/index.html');
  expect(errors).toEqual([]);
  await context.close();
});
