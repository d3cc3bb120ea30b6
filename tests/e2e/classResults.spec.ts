/**
 * Class results end to end: a learner makes a workshop result on the progress page; the trainer
 * imports a set of generated result files and a pasted code on the class page, and the page
 * shows the figures worked out by hand, reports what it skipped, renders names as text and
 * exports the CSV.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';
import { encodeResultCode, RESULT_KIND, type WorkshopResult } from '../../src/lib/trainer/workshopResult';

const NOW = '2026-12-03T10:00:00.000Z';

/** A result with the m01 quiz: q01 (single, answer b) and q02 (true/false, answer false). */
function result(
  name: string,
  q01: 'a' | 'b' | 'c',
  q02: boolean,
  extra: Partial<WorkshopResult> = {},
  workshop = 'KAM-TEST',
): WorkshopResult {
  return {
    kind: RESULT_KIND,
    version: 1,
    workshop,
    name,
    createdAt: NOW,
    quizzes: [
      {
        scope: 'm01-key-accounts',
        kind: 'module',
        finishedAt: NOW,
        questionIds: ['m01-q01', 'm01-q02'],
        responses: {
          'm01-q01': { type: 'single', choice: q01 },
          'm01-q02': { type: 'truefalse', value: q02 },
        },
        scores: { 'm01-q01': q01 === 'b' ? 1 : 0, 'm01-q02': q02 ? 0 : 1 },
      },
    ],
    ...extra,
  };
}

/** Waits until the named island has hydrated (Astro removes `ssr` then): input before is lost. */
async function hydrated(page: Page, component: string) {
  const island = page.locator(`astro-island[component-url*="/${component}."]`);
  // client:visible islands hydrate once on screen; the island itself is display: contents.
  await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

const file = (name: string, content: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(content),
});

test('the trainer imports a class and sees the figures worked out by hand', async ({ page }) => {
  // By hand: Ann 2/2 = 100%, Bob 1/2 = 50% (q01 wrong, answer a), "<b>Cai</b>" 0/2 = 0% (q01 c,
  // q02 true), Dan (pasted) 1/2 = 50% (q01 a). Mean 50%. q01 missed by 3 of 4 (a twice, c once),
  // q02 by 1 of 4. Tier cards: x gold/gold/iron → 67%, y lead ×3 → 100%; SPIN 100, 40, 80.
  const ann = result('Ann', 'b', false, {
    tierCards: { correct: 2, total: 2, placements: { x: 'gold', y: 'lead' } },
    spinTemperatures: [100],
  });
  const bob = result('Bob', 'a', false, {
    tierCards: { correct: 1, total: 2, placements: { x: 'gold', y: 'lead' } },
    spinTemperatures: [40, 80],
  });
  const cai = result('<b>Cai</b>', 'c', true, {
    tierCards: { correct: 1, total: 2, placements: { x: 'iron', y: 'lead' } },
  });
  const dan = result('Dan', 'a', false);
  await page.goto('/en/trainer/class/');
  await hydrated(page, 'ClassResults');
  await page.getByLabel('Workshop code').fill('kam-test');
  await page
    .locator('#class-files')
    .setInputFiles([
      file('ann.json', JSON.stringify(ann)),
      file('bob.json', JSON.stringify(bob)),
      file('cai.json', JSON.stringify(cai)),
      file('other.json', JSON.stringify(result('Eve', 'b', false, {}, 'OTHER-1'))),
      file('ann-again.json', JSON.stringify(result('ann', 'c', true))),
      file('broken.json', '{"kind": "key-account-course/workshop-result", "version": 1, "name": '),
      file('photo.json', '\u0000\u0001PNG\u0002'),
    ]);
  await expect(page.locator('[data-class-status]')).toHaveText('3 added, 4 skipped.');
  await page.getByLabel('Pasted codes (one per line)').fill(`\n${encodeResultCode(dan)}\n`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.locator('[data-class-status]')).toHaveText('1 added, 0 skipped.');

  await expect(page.locator('[data-participants] li')).toHaveText(['Ann', 'Bob', '<b>Cai</b>', 'Dan']);
  await expect(page.locator('[data-participants] b')).toHaveCount(0);
  await expect(page.locator('[data-skipped] li')).toHaveText([
    'other.json: from another workshop (OTHER-1)',
    'ann-again.json: a second result for ann',
    'broken.json: not a workshop result (not readable as JSON)',
    'photo.json: not a workshop result (not readable as JSON)',
  ]);

  const m01 = page.locator('tr[data-scope="m01-key-accounts"]');
  await expect(m01.locator('td').first()).toHaveText('4');
  await expect(m01.locator('[data-mean]')).toHaveText('50%');
  const bands = await m01.locator('[data-band]').allTextContents();
  expect(bands).toEqual(['1', '0', '0', '0', '0', '2', '0', '0', '0', '1']);

  const bank = readFileSync(
    new URL('../../content/quizzes/en/m01-key-accounts.yaml', import.meta.url),
    'utf8',
  );
  const optionA = /\{ id: a, text: "([^"]+)" \}/.exec(bank)?.[1] ?? '';
  const first = page.locator('[data-missed] > li').first();
  await expect(first).toHaveAttribute('data-question', 'm01-q01');
  await expect(first).toContainText('missed by 3 of 4');
  await expect(first.locator('li').first()).toHaveText(`${optionA} (2)`);
  await expect(page.locator('[data-missed] > li').nth(1)).toContainText('missed by 1 of 4');
  await expect(page.locator('[data-missed] > li').nth(1).locator('li')).toHaveText(['True (1)']);
  // Per objective, weakest first: q01 tests 80/20 objective 4 (1 of 4 right), q02 objective 1 (3 of 4).
  const rates = page.locator('[data-objective-rates] > li');
  await expect(rates.nth(0)).toHaveAttribute('data-objective', 'm01-key-accounts/01-pareto#4');
  await expect(rates.nth(0)).toContainText('25% right (1 of 4 answers, 4 learners)');
  await expect(rates.nth(1)).toHaveAttribute('data-objective', 'm01-key-accounts/01-pareto#1');
  await expect(rates.nth(1)).toContainText('75% right (3 of 4 answers, 4 learners)');
  await expect(page.locator('[data-old-codes]')).toContainText('result version 1');

  await expect(page.locator('[data-tier-summary]')).toHaveText(
    '3 participants sorted the cards; mean score 67%; mean agreement per card 83%.',
  );
  await expect(page.locator('[data-spin-summary]')).toHaveText(
    '3 role-plays: mean 73.3°C, lowest 40°C, highest 100°C.',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the summary (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('class-KAM-TEST.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\ufeff/, '');
  expect(csv.trim().split('\r\n')).toEqual([
    'Name,Module quiz: What is a key account?,Tier card sort,SPIN role-play end temperatures',
    'Ann,100,2/2,100',
    'Bob,50,1/2,40 80',
    '<b>Cai</b>,0,1/2,',
    'Dan,50,,',
  ]);
});

test('a learner makes a workshop result on the progress page', async ({ page }) => {
  await page.goto('/en/progress/');
  await hydrated(page, 'WorkshopResultMaker');
  const maker = page.locator('section.workshop-result');
  await maker.scrollIntoViewIfNeeded();
  await maker.getByRole('button', { name: 'Make my workshop result' }).click();
  await maker.getByLabel('Workshop code (from your trainer)').fill('x y');
  await maker.getByLabel('Name to show the trainer').fill('Li Wei');
  await maker.getByRole('button', { name: 'Make my workshop result' }).click();
  await expect(maker.getByRole('alert')).toContainText('Enter the workshop code your trainer gave you');
  await maker.getByLabel('Workshop code (from your trainer)').fill('kam-test');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    maker.getByRole('button', { name: 'Make my workshop result' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('workshop-KAM-TEST-Li_Wei.json');
  const saved = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as WorkshopResult;
  expect(saved).toMatchObject({ kind: RESULT_KIND, workshop: 'KAM-TEST', name: 'Li Wei', quizzes: [] });
  const code = await maker.getByLabel('Result code (paste it into a chat with your trainer)').inputValue();
  expect(code).toMatch(/^KASW1\./);
  expect(saved).toMatchObject({ version: 2, history: { days: [], answers: {} } });
});

/**
 * Mastery across the room (issue 18). Two learners' progress records are seeded in localStorage,
 * each makes a result code on the progress page, and the trainer imports both codes and an old
 * version 1 file. By hand, with m01-q01 testing 80/20 objective 4 and m01-q02 objective 1:
 * Ann: q01 wrong in a knowledge check → #4 attempted; q02 right on day 1, day 2, then in a review
 * on day 3 → #1 mastered. Bob: q01 right → #4 familiar; q02 right → #1 familiar. So #4 (one
 * learner at attempted) comes before #1 (none), against course order; the v1 file counts in the
 * share right only.
 */
const DAY_S = 86_400;
/** Noon UTC on 1–3 December 2026: distinct local days in every time zone from UTC−11 to UTC+11. */
const noon = (day: number) => Date.parse('2026-12-01T12:00:00Z') / 1000 + day * DAY_S;
const LEARNERS = {
  Ann: {
    'm01-q01': [[noon(0), 0, 'k']],
    'm01-q02': [
      [noon(0), 1, 'k'],
      [noon(1), 1, 'q'],
      [noon(2), 1, 'r'],
    ],
  },
  Bob: { 'm01-q01': [[noon(0), 1, 'k']], 'm01-q02': [[noon(1), 1, 'q']] },
} as const;
const MASTERY_TEXT = {
  en: {
    add: 'Add the codes',
    make: 'Make my workshop result',
    sort: 'Objectives to re-teach come first',
    old: '1 of 3 results come from an older version of the course',
    levels: (l: string[]) =>
      `Not started: ${l[0]}Attempted: ${l[1]}Familiar: ${l[2]}Proficient: ${l[3]}Mastered: ${l[4]}`,
    label: 'Learners per level (2 with an answer history):',
  },
  zh: {
    add: '添加这些代码',
    make: '生成我的工作坊结果',
    sort: '需要重讲的目标排在前面',
    old: '3 份结果中有 1 份来自旧版课程',
    levels: (l: string[]) => `未开始：${l[0]}已尝试：${l[1]}熟悉：${l[2]}熟练：${l[3]}已掌握：${l[4]}`,
    label: '各掌握程度的学员人数（2 位有作答记录）：',
  },
} as const;

async function learnerCode(page: Page, locale: 'en' | 'zh', name: keyof typeof LEARNERS): Promise<string> {
  await page.goto(`/${locale}/progress/`);
  await page.evaluate(
    (answers) =>
      localStorage.setItem(
        'kas:progress',
        JSON.stringify({ version: 4, lessons: {}, attempts: [], visits: {}, saved: {}, answers }),
      ),
    LEARNERS[name],
  );
  await page.reload();
  await hydrated(page, 'WorkshopResultMaker');
  const maker = page.locator('section.workshop-result');
  await maker.locator('#workshop-code').fill('kam-test');
  await maker.locator('#workshop-name').fill(name);
  await Promise.all([
    page.waitForEvent('download'),
    maker.getByRole('button', { name: MASTERY_TEXT[locale].make }).click(),
  ]);
  const code = await maker.locator('#workshop-result-code').inputValue();
  expect(code).toMatch(/^KASW1\.[A-Za-z0-9_-]+$/);
  return code;
}

for (const locale of ['en', 'zh'] as const) {
  test(`the trainer sees how many learners are at each level per objective (${locale})`, async ({ page }) => {
    const text = MASTERY_TEXT[locale];
    const codes = [await learnerCode(page, locale, 'Ann'), await learnerCode(page, locale, 'Bob')];
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${locale}/trainer/class/`);
    await hydrated(page, 'ClassResults');
    await page.locator('#class-code').fill('KAM-TEST');
    await page
      .locator('#class-files')
      .setInputFiles([file('old.json', JSON.stringify(result('Cai', 'b', false)))]);
    await page.locator('#class-paste').fill(codes.join('\n'));
    await page.getByRole('button', { name: text.add }).click();
    await expect(page.locator('[data-participants] li')).toHaveCount(3);

    await expect(page.locator('[data-sort-rule]')).toContainText(text.sort);
    await expect(page.locator('[data-old-codes]')).toContainText(text.old);
    const rows = page.locator('[data-objective-rates] > li');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute('data-objective', 'm01-key-accounts/01-pareto#4');
    await expect(rows.nth(0).locator('[data-levels]')).toHaveText(text.levels(['0', '1', '1', '0', '0']));
    await expect(rows.nth(1)).toHaveAttribute('data-objective', 'm01-key-accounts/01-pareto#1');
    await expect(rows.nth(1).locator('[data-levels]')).toHaveText(text.levels(['0', '0', '1', '0', '1']));
    await expect(rows.nth(0).locator('.levels-label')).toHaveText(text.label);
    // The share right still comes from the quiz attempts: here only Cai's (v1) quiz.
    await expect(rows.nth(0).locator('[data-rate]')).toContainText(
      locale === 'en' ? '100% right (1 of 1' : '100%',
    );

    // Fits a 360 px phone; axe-clean in both themes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessibleInBothThemes(page, `class results (${locale})`);

    // Each objective links to its place in the lesson, by keyboard too.
    const link = rows.nth(0).getByRole('link');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/learn/m01-key-accounts/01-pareto/#objective-4$`));
    await expect(page.locator('#objective-4')).toBeVisible();
  });
}

test('old (version 1) results only: the share right, and why', async ({ page }) => {
  for (const [locale, why] of [
    ['en', 'These results come from an older version of the course (result version 1)'],
    ['zh', '这些结果来自旧版课程（结果版本 1）'],
  ] as const) {
    await page.goto(`/${locale}/trainer/class/`);
    await hydrated(page, 'ClassResults');
    await page.locator('#class-code').fill('KAM-TEST');
    await page
      .locator('#class-files')
      .setInputFiles([file('ann.json', JSON.stringify(result('Ann', 'a', false)))]);
    await expect(page.locator('[data-old-codes]')).toContainText(why);
    await expect(page.locator('[data-sort-rule]')).toHaveCount(0);
    await expect(page.locator('[data-levels]')).toHaveCount(0);
    await expect(page.locator('[data-objective-rates] > li')).toHaveCount(2);
  }
});

test.describe('before the islands have run', () => {
  test.use({ javaScriptEnabled: false });

  // What is typed or chosen before hydration would be reset when the island's code runs, so the
  // server-rendered controls are disabled; the tests above see them enabled once hydrated.
  test('the class import and the result maker render their inputs disabled', async ({ page }) => {
    await page.goto('/en/trainer/class/');
    for (const id of ['#class-code', '#class-files', '#class-paste'])
      await expect(page.locator(id)).toBeDisabled();
    await page.goto('/zh/progress/');
    for (const id of ['#workshop-code', '#workshop-name']) await expect(page.locator(id)).toBeDisabled();
  });
});
