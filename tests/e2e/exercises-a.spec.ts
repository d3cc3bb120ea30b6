/**
 * The opportunity worksheet and the relationship diagnostic on the built site, in both languages:
 * each prepared deal assessed with its model answer gets the intended verdict; an own assessment
 * is saved, survives a reload and prints as one A4 page without navigation or controls; the
 * diagnostic places a prepared account in its stage and keeps a dated history across reloads;
 * axe stays clean with results on screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';
import { load } from 'js-yaml';
import { opportunityContentSchema } from '../../src/lib/exercises/opportunitySchema';
import { indicators } from '../../src/lib/exercises/relationshipIndicators';
import { relationshipContentSchema } from '../../src/lib/exercises/relationshipSchema';

const locales = ['zh', 'en'] as const;
const read = (path: string) => load(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const opportunity = Object.fromEntries(
  locales.map((l) => [l, opportunityContentSchema.parse(read(`content/exercises/opportunity/${l}.yaml`))]),
);
const relationship = Object.fromEntries(
  locales.map((l) => [l, relationshipContentSchema.parse(read(`content/exercises/relationship/${l}.yaml`))]),
);
const indicatorText = (locale: (typeof locales)[number], id: string) =>
  indicators.find((i) => i.id === id)!.text[locale];
const verdictText = {
  zh: { go: '投入', 'no-go': '不投入', qualify: '继续核实' },
  en: { go: 'Go', 'no-go': 'No-go', qualify: 'Qualify further' },
} as const;

test.describe.configure({ timeout: 120_000 });

async function answerDeal(
  page: Page,
  locale: (typeof locales)[number],
  answers: Record<string, string | number>,
) {
  const steps = opportunity[locale]!.steps;
  for (const [index, step] of steps.entries()) {
    await page.getByRole('button', { name: `${index + 1}. ${step.title}` }).click();
    for (const question of step.questions) {
      await page
        .getByRole('group', { name: question.text, exact: true })
        .locator(`input[value="${answers[question.id]}"]`)
        .check();
    }
  }
}

for (const locale of locales) {
  for (const deal of opportunity[locale]!.deals) {
    test(`${locale}: the prepared deal ${deal.id} assessed like the model answer gives ${deal.model.verdict}`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/tools/opportunity/`);
      await page.getByLabel(locale === 'zh' ? '评估哪个商机' : 'Deal to assess').selectOption(deal.id);
      await expect(page.getByRole('heading', { name: deal.title })).toBeVisible();
      await answerDeal(page, locale, deal.model.answers);
      const verdict = page.locator('.result [data-verdict]');
      await expect(verdict).toHaveAttribute('data-verdict', deal.model.verdict);
      await expect(verdict).toContainText(verdictText[locale][deal.model.verdict]);
      await page
        .getByRole('button', { name: locale === 'zh' ? '对照参考答案' : 'Compare with the model answer' })
        .click();
      await expect(page.locator('.model')).toContainText(
        locale === 'zh'
          ? '你的每一项打分都和参考答案相同'
          : 'Every one of your scores matches the model answer',
      );
      if (deal.id === 'hotel-quote')
        await expectAccessibleInBothThemes(page, `${locale} opportunity with a verdict`);
    });
  }
}

test('an own assessment is saved, listed after a reload, reopened and exported', async ({ page }) => {
  await page.goto('/en/tools/opportunity/');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByRole('status')).toHaveText('Give the deal a name before saving.');
  await page.getByLabel('Name of the deal').fill('Boiler retrofit at Harbour Foods');
  const answers = Object.fromEntries(
    opportunity['en']!.steps.flatMap((s) =>
      s.questions.map((q) => [q.id, q.id === 'budget' ? 'unknown' : 4]),
    ),
  );
  await answerDeal(page, 'en', answers);
  await page.getByRole('button', { name: '1. Is it a real opportunity?' }).click();
  await page.getByLabel('Evidence for this step (notes)').fill('Budget meeting is on the 12th.');
  await expect(page.locator('.result [data-verdict]')).toHaveAttribute('data-verdict', 'qualify');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved “Boiler retrofit at Harbour Foods”.');

  await page.reload();
  const item = page.locator('.saved li', { hasText: 'Boiler retrofit at Harbour Foods' });
  await expect(item).toContainText('Qualify further');
  await item.getByRole('button', { name: /Open/ }).click();
  await expect(page.getByLabel('Name of the deal')).toHaveValue('Boiler retrofit at Harbour Foods');
  await expect(page.getByLabel('Evidence for this step (notes)').first()).toHaveValue(
    'Budget meeting is on the 12th.',
  );
  await expect(page.locator('.result [data-verdict]')).toHaveAttribute('data-verdict', 'qualify');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { items: { name: string; verdict: string }[] };
  expect(exported.items).toEqual([
    expect.objectContaining({ name: 'Boiler retrofit at Harbour Foods', verdict: 'qualify' }),
  ]);
});

test('the deal review prints on one A4 page without navigation or controls', async ({ page }) => {
  await page.goto('/zh/tools/opportunity/');
  const deal = opportunity['zh']!.deals.find((d) => d.id === 'racking-terms')!;
  await page.getByLabel('评估哪个商机').selectOption(deal.id);
  await answerDeal(page, 'zh', deal.model.answers);
  for (const [index, step] of opportunity['zh']!.steps.entries()) {
    await page.getByRole('button', { name: `${index + 1}. ${step.title}` }).click();
    await page.getByLabel('这一步的事实依据（备注）').fill(deal.model.comments[step.id] ?? '');
  }
  await page.emulateMedia({ media: 'print' });
  const review = page.locator('.deal-review');
  await expect(review).toBeVisible();
  await expect(review).toContainText(deal.title);
  await expect(review).toContainText('不投入');
  for (const selector of ['nav', 'header', 'footer', 'button', 'select', 'input', 'textarea', 'h1']) {
    const visible = await page
      .locator(selector)
      .evaluateAll(
        (nodes) =>
          nodes.filter(
            (n) =>
              (n as HTMLElement).offsetParent !== null ||
              (getComputedStyle(n).display !== 'none' && n.getClientRects().length > 0),
          ).length,
      );
    expect(visible, `${selector} visible in print`).toBe(0);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages.length).toBe(1);
});

for (const locale of locales) {
  test(`${locale}: the diagnostic places a prepared account and keeps its dated history across reloads`, async ({
    page,
  }) => {
    const content = relationship[locale]!;
    const account = content.accounts.find((a) => a.id === 'electronics-plant')!;
    const stage = content.stages.find((s) => s.id === account.stage)!;
    await page.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));
    await page.goto(`/${locale}/tools/relationship/`);
    await page.getByLabel(locale === 'zh' ? '从哪里开始' : 'Start from').selectOption(account.id);
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', 'middle');
    await expect(page.locator('[data-stage]')).toContainText(stage.name);
    await expect(page.locator('.result')).toContainText(stage.kpis[0]!);

    // The rep's own activity is shown apart and never moves the stage.
    for (const id of ['monthly-favour', 'senior-visits']) {
      await page
        .getByRole('group', { name: indicatorText(locale, id) })
        .locator('input[value="yes"]')
        .check();
    }
    const repDone = indicators.filter(
      (i) =>
        i.kind === 'rep' &&
        (account.yes.includes(i.id) || ['monthly-favour', 'senior-visits'].includes(i.id)),
    );
    await expect(page.locator('.rep-result')).toHaveAttribute('data-rep-done', String(repDone.length));
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', 'middle');
    await page
      .getByRole('button', { name: locale === 'zh' ? '保存这次诊断' : 'Save this assessment' })
      .click();
    await expectAccessibleInBothThemes(page, `${locale} relationship with a history`);

    // Three months later: a second product line, the partnership's defining condition.
    await page.clock.setFixedTime(new Date('2026-06-02T09:00:00Z'));
    await page.reload();
    const saved = page.locator('ul.saved li', { hasText: account.name });
    await expect(saved).toContainText(stage.name);
    await saved.getByRole('button').first().click();
    await expect(page.locator('.timeline li')).toHaveCount(1);
    await expect(page.locator('.next-condition')).toHaveText(indicatorText(locale, 'several-lines'));
    await page
      .getByRole('group', { name: indicatorText(locale, 'several-lines') })
      .locator('input[value="yes"]')
      .check();
    const partnership = content.stages.find((s) => s.id === 'partnership')!;
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', 'partnership');
    await page
      .getByRole('button', { name: locale === 'zh' ? '保存这次诊断' : 'Save this assessment' })
      .click();

    await page.reload();
    await page.locator('ul.saved li', { hasText: account.name }).getByRole('button').first().click();
    const timeline = page.locator('.timeline li');
    await expect(timeline).toHaveCount(2);
    await expect(timeline.nth(0)).toContainText(stage.name);
    await expect(timeline.nth(1)).toContainText(partnership.name);
    await expect(page.locator('.timeline time').nth(0)).toHaveAttribute(
      'datetime',
      '2026-03-02T09:00:00.000Z',
    );
    await expect(page.locator('.timeline time').nth(1)).toHaveAttribute(
      'datetime',
      '2026-06-02T09:00:00.000Z',
    );
  });
}

test('an account saved with the old 0–4 statements is named, not misread, and can be removed', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('kas:progress')) return;
    const old = {
      version: 1,
      name: 'Old Acme',
      history: [{ date: '2026-01-02T00:00:00.000Z', answers: { 'first-orders': 4 }, stage: 'middle' }],
    };
    localStorage.setItem(
      'kas:progress',
      JSON.stringify({
        version: 3,
        lessons: {},
        attempts: [],
        visits: {},
        saved: { relationship: { old: { savedAt: '2026-01-02T00:00:00.000Z', data: old } } },
      }),
    );
  });
  await page.goto('/en/tools/relationship/');
  const note = page.locator('.legacy');
  await expect(note).toContainText('“Old Acme”');
  await expect(page.locator('ul.saved')).toHaveCount(0);
  await note.getByRole('button', { name: 'Remove the old records' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Removed the accounts saved with the earlier statements.',
  );
  await expect(note).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.legacy')).toHaveCount(0);
});

/** Scrolls a lesson's island into view and waits until it has hydrated (client:visible). */
async function hydrated(page: Page, label: string, component: string) {
  await page.getByLabel(label).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island[component-url*="${component}"]`)).not.toHaveAttribute('ssr', /.*/);
}

for (const locale of locales) {
  test(`${locale}: both exercises are embedded in their lessons and pass axe there`, async ({ page }) => {
    await page.goto(`/${locale}/learn/m04-opportunity-assessment/02-four-steps/`);
    await expect(page.locator('[data-simulator-slot]')).toHaveCount(0);
    const deal = opportunity[locale]!.deals[0]!;
    await hydrated(page, locale === 'zh' ? '评估哪个商机' : 'Deal to assess', 'OpportunityWorksheet');
    await page.getByLabel(locale === 'zh' ? '评估哪个商机' : 'Deal to assess').selectOption(deal.id);
    await expect(page.getByRole('heading', { name: deal.title })).toBeVisible();
    await expectAccessibleInBothThemes(page, `${locale} m04 lesson`, '.lesson-tool');

    await page.goto(`/${locale}/learn/m07-relationship-stages/01-stages/`);
    await expect(page.locator('[data-simulator-slot]')).toHaveCount(0);
    // The lesson's stage-indicator table comes from the data the diagnostic asks.
    await expect(page.locator('tr[data-row-stage]')).toHaveCount(5);
    await expect(page.locator('tr[data-row-stage="middle"]')).toContainText(
      indicatorText(locale, 'trial-passed'),
    );
    await hydrated(page, locale === 'zh' ? '从哪里开始' : 'Start from', 'RelationshipDiagnostic');
    await page.getByLabel(locale === 'zh' ? '从哪里开始' : 'Start from').selectOption('electronics-plant');
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', 'middle');
    await expectAccessibleInBothThemes(page, `${locale} m07 lesson`, '.lesson-tool');
  });
}

test('on a 360 px phone neither tool scrolls sideways, even with the longest deal name chosen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const locale of locales) {
    await page.goto(`/${locale}/tools/opportunity/`);
    const longest = [...opportunity[locale]!.deals].sort((a, b) => b.title.length - a.title.length)[0]!;
    await page.getByLabel(locale === 'zh' ? '评估哪个商机' : 'Deal to assess').selectOption(longest.id);
    await expect(page.getByRole('heading', { name: longest.title })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.goto(`/${locale}/tools/relationship/`);
    await page.getByLabel(locale === 'zh' ? '从哪里开始' : 'Start from').selectOption('dairy-group');
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', 'partnership');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  }
  await context.close();
});
