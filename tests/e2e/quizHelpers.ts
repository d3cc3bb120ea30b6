/** Reads the question banks and answers a rendered question the way a learner would. */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, type Locator } from '@playwright/test';
import type { Question, QuizBank } from '../../src/lib/content/schemas';

const root = new URL('../../content/quizzes/', import.meta.url).pathname;

export function questionBank(locale: 'zh' | 'en'): Map<string, Question> {
  const map = new Map<string, Question>();
  for (const file of readdirSync(`${root}${locale}`)) {
    const bank = load(readFileSync(`${root}${locale}/${file}`, 'utf8')) as QuizBank;
    for (const question of bank.questions) map.set(question.id, question);
  }
  return map;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string) => new RegExp(`^\\s*${escape(text)}\\s*$`);

/**
 * The list row whose label is exactly `text`. A selector rather than a `has` locator, so it also
 * works when the quiz runs in a frame (the SCORM package inside an LMS).
 */
const rowOf = (card: Locator, text: string) =>
  card.locator(`li:has(> label:text-is(${JSON.stringify(text)}))`);

/** Gives the fully right answer in a question's fieldset, by clicking, ticking, moving and choosing. */
export async function answerCorrectly(
  card: Locator,
  question: Question,
  labels: { true: string; false: string },
) {
  switch (question.type) {
    case 'single':
      await card
        .getByRole('radio', {
          name: exactly(question.options.find((o) => o.id === question.answer)?.text ?? ''),
        })
        .check();
      break;
    case 'multiple':
      for (const option of question.options) {
        const box = card.getByRole('checkbox', { name: exactly(option.text) });
        if (question.answers.includes(option.id)) await box.check();
        else await box.uncheck();
      }
      break;
    case 'truefalse':
      await card.getByRole('radio', { name: question.answer ? labels.true : labels.false }).check();
      break;
    case 'ordering': {
      const texts = question.items.map((item) => item.text);
      for (const [target, text] of texts.entries()) {
        for (;;) {
          const shown = await card.locator('ol.ordering li .text').allTextContents();
          const position = shown.indexOf(text);
          if (position <= target) break;
          await card.locator('ol.ordering li').nth(position).getByRole('button').first().click();
        }
      }
      await expect(card.locator('ol.ordering li .text')).toHaveText(texts);
      break;
    }
    case 'matching':
      for (const pair of question.pairs) {
        await rowOf(card, pair.left).locator('select').selectOption({ label: pair.right });
      }
      break;
    case 'categorising':
      for (const item of question.items) {
        const group = question.groups.find((g) => g.id === item.group)?.text ?? '';
        await rowOf(card, item.text).locator('select').selectOption({ label: group });
      }
      break;
  }
}

/** Gives an answer that is not fully right (for the review of mistakes). */
export async function answerWrongly(
  card: Locator,
  question: Question,
  labels: { true: string; false: string },
) {
  switch (question.type) {
    case 'single':
      await card
        .getByRole('radio', {
          name: exactly(question.options.find((o) => o.id !== question.answer)?.text ?? ''),
        })
        .check();
      break;
    case 'multiple':
      await card
        .getByRole('checkbox', {
          name: exactly(question.options.find((o) => !question.answers.includes(o.id))?.text ?? ''),
        })
        .check();
      break;
    case 'truefalse':
      await card.getByRole('radio', { name: question.answer ? labels.false : labels.true }).check();
      break;
    case 'ordering':
      // The first order shown is never the right one.
      break;
    case 'matching':
      for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 });
      break;
    case 'categorising':
      for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 });
      break;
  }
}
