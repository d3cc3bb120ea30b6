/**
 * Quizzing end to end, in both languages: a lesson's knowledge check, a whole module quiz, the
 * final exam with its certificate, and the review of mistakes; results survive a reload; axe is
 * clean before and after answering.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerCorrectly, answerWrongly, questionBank } from './quizHelpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LABELS = {
  zh: { true: '正确', false: '错误', check: '检查答案', next: '下一题', finish: '查看成绩', submit: '交卷' },
  en: {
    true: 'True',
    false: 'False',
    check: 'Check answer',
    next: 'Next question',
    finish: 'See my score',
    submit: 'Submit',
  },
} as const;

async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

// Whole quizzes and the exam are long journeys: give them room on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

for (const locale of ['zh', 'en'] as const) {
  const bank = questionBank(locale);
  const labels = LABELS[locale];

  test.describe(`${locale}`, () => {
    test('a knowledge check answers instantly, right and wrong, and can be retried', async ({ page }) => {
      await page.goto(`/${locale}/learn/m01-key-accounts/01-pareto/`);
      // The island hydrates when the (static) check scrolls into view, then takes its place.
      await page.locator('section.knowledge-check').first().scrollIntoViewIfNeeded();
      const interactive = page.locator('section.knowledge-check.interactive');
      await expect(interactive).toBeVisible();
      await expect(page.locator('.static-version section.knowledge-check')).toBeHidden();
      const cards = interactive.locator('fieldset[data-question-id]');
      const first = cards.first();
      const question = bank.get((await first.getAttribute('data-question-id')) ?? '');
      if (!question || question.type !== 'single')
        throw new Error('the first 80/20 question is a single choice');
      const wrong = question.options.find((o) => o.id !== question.answer);
      await first.getByRole('radio', { name: wrong?.text ?? '' }).check();
      await interactive.getByRole('button', { name: labels.check }).first().click();
      await expect(first.getByRole('status')).toContainText(locale === 'zh' ? '回答错误' : 'Not right');
      await expect(first.getByRole('status')).toContainText(question.explanation);
      await expectAccessible(page, 'knowledge check after a wrong answer');
      await interactive
        .getByRole('button', { name: locale === 'zh' ? '重新作答' : 'Try again' })
        .first()
        .click();
      await answerCorrectly(first, question, labels);
      await interactive.getByRole('button', { name: labels.check }).first().click();
      await expect(first.getByRole('status')).toContainText(locale === 'zh' ? '回答正确' : 'Correct');
    });

    test('a module quiz taken to the end scores 100% with the right answers and shows on the home page', async ({
      page,
    }) => {
      await page.goto(`/${locale}/quiz/m06-spin/`);
      await expectAccessible(page, 'module quiz before starting');
      await page
        .getByRole('button', { name: locale === 'zh' ? /做全部 \d+ 题/ : /All \d+ questions/ })
        .click();
      const total = [...bank.keys()].filter((id) => id.startsWith('m06-')).length;
      for (let i = 0; i < total; i += 1) {
        const card = page.locator('fieldset[data-question-id]');
        const question = bank.get((await card.getAttribute('data-question-id')) ?? '');
        if (!question) throw new Error('question not in the bank');
        await answerCorrectly(card, question, labels);
        await page.getByRole('button', { name: labels.check }).click();
        await expect(card.getByRole('status')).toContainText(locale === 'zh' ? '回答正确' : 'Correct');
        if (i === 0) await expectAccessible(page, 'module quiz after answering');
        await page.getByRole('button', { name: i < total - 1 ? `${labels.next} →` : labels.finish }).click();
      }
      await expect(page.getByRole('heading', { level: 2 })).toContainText(
        locale === 'zh' ? `得分：${total}/${total}（100%）` : `Score: ${total} of ${total} (100%)`,
      );
      await expectAccessible(page, 'module quiz result');
      await page.goto(`/${locale}/`);
      await expect(page.locator('[data-quiz-summary="m06-spin"]')).toContainText('100%');
      await page.reload();
      await expect(page.locator('[data-quiz-summary="m06-spin"]')).toContainText('100%');
    });

    test('the final exam: no feedback until submitted, pass, certificate with a hostile name shown as text', async ({
      page,
    }) => {
      await page.goto(`/${locale}/certificate/`);
      await expect(page.locator('main')).toContainText(
        locale === 'zh' ? '通过结业考试' : 'Pass the final exam',
      );
      await page.goto(`/${locale}/exam/`);
      await expectAccessible(page, 'exam before starting');
      await page.getByLabel(locale === 'zh' ? '时间限制' : 'Time limit').selectOption({ index: 1 });
      await page.getByRole('button', { name: locale === 'zh' ? '开始考试' : 'Start the exam' }).click();
      await expect(page.getByRole('timer')).toBeVisible();
      const seen = new Set<string>();
      for (let i = 0; i < 30; i += 1) {
        const card = page.locator('fieldset[data-question-id]');
        const id = (await card.getAttribute('data-question-id')) ?? '';
        const question = bank.get(id);
        if (!question) throw new Error(`question ${id} not in the bank`);
        seen.add(id);
        await answerCorrectly(card, question, labels);
        await expect(card.getByRole('status')).toHaveCount(0);
        if (i === 0) await expectAccessible(page, 'exam while answering');
        if (i === 10) {
          // A reload mid-exam resumes the same paper with the answers kept.
          await page.reload();
          await page
            .getByRole('button', {
              name: locale === 'zh' ? '继续未完成的考试' : 'Resume the unfinished exam',
            })
            .click();
          await page
            .getByRole('button', {
              name: new RegExp(`^${locale === 'zh' ? `第 ${i + 1} 题` : `Question ${i + 1} `}`),
            })
            .click();
          await answerCorrectly(page.locator('fieldset[data-question-id]'), question, labels);
        }
        if (i < 29) await page.getByRole('button', { name: `${labels.next} →` }).click();
      }
      expect(seen.size).toBe(30);
      const modules = new Set([...seen].map((id) => id.slice(0, 3)));
      expect(modules.size).toBe(8);
      await page.getByRole('button', { name: labels.submit }).click();
      await expect(
        page.getByText(
          locale === 'zh' ? '恭喜，你通过了结业考试！' : 'Congratulations, you passed the final exam!',
        ),
      ).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('100%');
      await expect(page.locator('fieldset[data-question-id]')).toHaveCount(30);
      await expectAccessible(page, 'exam review');

      await page
        .getByRole('link', { name: locale === 'zh' ? '领取结业证书' : 'Get your certificate' })
        .click();
      const hostile = '<img src=x onerror=alert(1)> 王小明';
      await page.getByLabel(locale === 'zh' ? '证书上的姓名' : 'Name on the certificate').fill(hostile);
      await page.getByRole('button', { name: locale === 'zh' ? '生成证书' : 'Show my certificate' }).click();
      const certificate = page.locator('article.certificate');
      await expect(certificate.locator('.name')).toHaveText(hostile);
      await expect(certificate.locator('img')).toHaveCount(0);
      await expect(certificate).toContainText('100%');
      await expect(certificate).toContainText(locale === 'zh' ? '自己的浏览器中生成' : 'Self-issued');
      await expectAccessible(page, 'certificate');
      await page.reload();
      await expect(page.locator('article.certificate .name')).toHaveText(hostile);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.site-header')).toBeHidden();
      await expect(page.locator('form.name-form')).toBeHidden();
      await expect(certificate).toBeVisible();
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        // One page: the certificate fits the sheet.
        expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, format).toBe(1);
      }
    });

    test('the exam fetches its questions; a failed download says so and can be retried', async ({ page }) => {
      let failNext = true;
      await page.route(`**/${locale}/quiz/bank.json`, async (route) => {
        if (failNext) {
          failNext = false;
          await route.abort();
        } else await route.continue();
      });
      await page.goto(`/${locale}/exam/`);
      const start = page.getByRole('button', { name: locale === 'zh' ? '开始考试' : 'Start the exam' });
      await expect(page.getByRole('alert')).toContainText(
        locale === 'zh' ? '题目没能载入' : 'The questions could not be loaded',
      );
      await expect(start).toBeDisabled();
      await page.getByRole('button', { name: locale === 'zh' ? '重新载入题目' : 'Load the questions again' }).click();
      await expect(start).toBeEnabled();
      await start.click();
      await expect(page.locator('fieldset[data-question-id]')).toHaveCount(1);
      // The page itself no longer carries the bank: only the fetched file does.
      const html = await (await page.request.get(`/${locale}/exam/`)).text();
      const plainStarts = [...bank.values()]
        // Long enough to be a question's own words rather than a phrase any page may use.
        .map((q) => (locale === 'zh' ? /^[\p{L}\p{N}]{12}/u : /^[\p{L}\p{N} ]{32}/u).exec(q.explanation)?.[0])
        .filter((start): start is string => !!start);
      expect(plainStarts.length).toBeGreaterThan(20);
      for (const start of plainStarts) expect(html).not.toContain(start);
    });

    test('review my mistakes re-asks only what was answered wrongly', async ({ page }) => {
      await page.goto(`/${locale}/quiz/review/`);
      await expect(
        page.getByText(locale === 'zh' ? '目前没有需要复习的错题。' : 'No mistakes to review right now.'),
      ).toBeVisible();
      await page.goto(`/${locale}/quiz/m06-spin/`);
      await page
        .getByRole('button', { name: locale === 'zh' ? /做全部 \d+ 题/ : /All \d+ questions/ })
        .click();
      const card = page.locator('fieldset[data-question-id]');
      const firstId = (await card.getAttribute('data-question-id')) ?? '';
      const total = [...bank.keys()].filter((id) => id.startsWith('m06-')).length;
      for (let i = 0; i < total; i += 1) {
        const question = bank.get((await card.getAttribute('data-question-id')) ?? '');
        if (!question) throw new Error('question not in the bank');
        // Everything right except the first question, which goes to the review.
        if (i === 0) await answerWrongly(card, question, labels);
        else await answerCorrectly(card, question, labels);
        await page.getByRole('button', { name: labels.check }).click();
        await page.getByRole('button', { name: i < total - 1 ? `${labels.next} →` : labels.finish }).click();
      }
      await page.goto(`/${locale}/quiz/review/`);
      await page.getByRole('button', { name: locale === 'zh' ? '做全部 1 题' : 'The 1 question' }).click();
      await expect(page.locator('fieldset[data-question-id]')).toHaveAttribute('data-question-id', firstId);
      await expect(page.locator('fieldset[data-question-id]')).toHaveCount(1);
    });
  });
}
