/**
 * Mastery and Review today (issue 18): nothing is due before any answer; a module quiz moves the
 * objectives' mastery; a month later (fake clock) the answered questions are due, the home page
 * says so, and a review session runs to the end with the next due date; axe-clean on the way.
 */
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';
import { answerCorrectly, questionBank } from './quizHelpers';

const LABELS = {
  zh: { true: '正确', false: '错误' },
  en: { true: 'True', false: 'False' },
} as const;
const TEXT = {
  zh: {
    all: /做全部 \d+ 题/,
    check: '检查答案',
    retry: '重新作答',
    next: '下一题',
    finish: '查看成绩',
    reviewCheck: '核对答案',
    reviewNext: '下一题',
    reviewFinish: '结束复习',
    noneYet: '还没有要复习的题目',
    done: '复习完成',
  },
  en: {
    all: /All \d+ questions/,
    check: 'Check answer',
    retry: 'Try again',
    next: 'Next question',
    finish: 'See my score',
    reviewCheck: 'Check answer',
    reviewNext: 'Next question',
    reviewFinish: 'Finish review',
    noneYet: 'Nothing to review yet',
    done: 'Review done',
  },
} as const;

test.describe.configure({ timeout: 180_000 });

for (const locale of ['en', 'zh'] as const) {
  const bank = questionBank(locale);
  const text = TEXT[locale];

  test(`${locale}: mastery moves with answers and a due review runs to the end`, async ({ page }) => {
    // Before any answer: nothing is due, on the review page and on the home page.
    await page.goto(`/${locale}/review/`);
    await expect(page.locator('[data-review-empty]')).toContainText(text.noneYet);
    await expectAccessibleInBothThemes(page, 'review page, nothing yet');
    await page.goto(`/${locale}/`);
    await page.locator('[data-review-status]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-review-status]')).toHaveAttribute('data-review-status', 'none-yet');

    // The module page: every objective not started.
    await page.goto(`/${locale}/learn/m06-spin/`);
    const objectives = page.locator('[data-objective]');
    await objectives.first().scrollIntoViewIfNeeded();
    await expect(objectives.first()).toHaveAttribute('data-level', 'not-started');
    const count = await objectives.count();
    expect(count).toBeGreaterThan(1);

    // A whole module quiz answered right.
    await page.goto(`/${locale}/quiz/m06-spin/`);
    await page.getByRole('button', { name: text.all }).click();
    const total = [...bank.keys()].filter((id) => id.startsWith('m06-')).length;
    for (let i = 0; i < total; i += 1) {
      const card = page.locator('fieldset[data-question-id]');
      const question = bank.get((await card.getAttribute('data-question-id')) ?? '');
      if (!question) throw new Error('question not in the bank');
      await answerCorrectly(card, question, LABELS[locale]);
      await page.getByRole('button', { name: text.check, exact: true }).click();
      await expect(card.getByRole('status')).toBeVisible();
      await page.getByRole('button', { name: i < total - 1 ? `${text.next} →` : text.finish }).click();
    }
    await expect(page.getByText('100%').first()).toBeVisible();

    // Every objective of the module is now familiar (right once, on one day).
    await page.goto(`/${locale}/learn/m06-spin/`);
    await objectives.first().scrollIntoViewIfNeeded();
    await expect(page.locator('[data-objective][data-level="familiar"]')).toHaveCount(count);
    await expectAccessibleInBothThemes(page, 'module page with mastery');

    // Straight after, nothing is due yet.
    await page.goto(`/${locale}/review/`);
    await expect(page.locator('[data-review-empty]')).toBeVisible();

    // A month later the answers are due.
    await page.clock.install({ time: new Date(Date.now() + 30 * 86_400_000) });
    await page.goto(`/${locale}/`);
    await page.locator('[data-review-status]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-review-status]')).toHaveAttribute('data-review-status', 'due');
    await expectAccessibleInBothThemes(page, 'home page with reviews due');

    await page.goto(`/${locale}/review/`);
    await expect(page.locator('.review-session')).toHaveAttribute('data-phase', 'running');
    await expectAccessibleInBothThemes(page, 'review session');
    for (let i = 0; i < 10; i += 1) {
      const card = page.locator('fieldset[data-question-id]');
      const question = bank.get((await card.getAttribute('data-question-id')) ?? '');
      if (!question) throw new Error('question not in the bank');
      expect(question.id.startsWith('m06-')).toBe(true);
      await answerCorrectly(card, question, LABELS[locale]);
      await page.getByRole('button', { name: text.reviewCheck, exact: true }).click();
      await expect(card.getByRole('status')).toContainText(question.explanation);
      await expect(page.locator('.review-session a[href*="/learn/m06-spin/"]')).toBeVisible();
      const last = page.getByRole('button', { name: text.reviewFinish });
      if (await last.isVisible()) {
        await last.click();
        break;
      }
      await page.getByRole('button', { name: text.reviewNext }).click();
    }
    await expect(page.locator('[data-review-done]')).toContainText(text.done);
    await expect(page.locator('[data-next-due]')).toBeVisible();

    // Right again on a later day: the objectives reviewed are now proficient.
    await page.goto(`/${locale}/learn/m06-spin/`);
    await objectives.first().scrollIntoViewIfNeeded();
    await expect(page.locator('[data-objective][data-level="proficient"]').first()).toBeVisible();
  });
}

for (const locale of ['en', 'zh'] as const) {
  const bank = questionBank(locale);
  const text = TEXT[locale];

  test(`${locale}: a lesson's knowledge check moves its objective's mastery, the first check only`, async ({
    page,
  }) => {
    // The first question of lesson m01/01's knowledge check, and the objective it tests.
    const card = page.locator('.knowledge-check fieldset[data-question-id]').first();
    await page.goto(`/${locale}/learn/m01-key-accounts/01-pareto/`);
    // The island hydrates when the static version scrolls into view.
    await page.locator('section.knowledge-check').first().scrollIntoViewIfNeeded();
    await card.scrollIntoViewIfNeeded();
    const question = bank.get((await card.getAttribute('data-question-id')) ?? '');
    if (!question || question.type !== 'single')
      throw new Error('expected a single-choice question from the bank');
    const key = `m01-key-accounts/${question.lesson}#${question.objective}`;
    const check = card.locator('xpath=following-sibling::p[1]');

    await answerCorrectly(card, question, LABELS[locale]);
    await check.getByRole('button', { name: text.check, exact: true }).click();
    await expect(card.getByRole('status')).toBeVisible();
    // A wrong retry after the explanation is not a fresh answer: the objective stays familiar.
    await check.getByRole('button', { name: text.retry }).click();
    const wrong = question.options.find((o) => o.id !== question.answer)!;
    await card.getByRole('radio', { name: wrong.text, exact: true }).check();
    await check.getByRole('button', { name: text.check, exact: true }).click();
    await expect(card.getByRole('status')).toBeVisible();

    await page.goto(`/${locale}/learn/m01-key-accounts/`);
    const objective = page.locator(`[data-objective="${key}"]`);
    await objective.scrollIntoViewIfNeeded();
    await expect(objective).toHaveAttribute('data-level', 'familiar');
  });
}
