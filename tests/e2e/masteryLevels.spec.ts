/**
 * Every mastery level on screen at once (issue 18): a progress record seeded with answer
 * histories that put module 6's objectives at each of the five levels, by the rules of
 * src/lib/mastery/mastery.ts. The module page, the progress page and the home block then show
 * each level (as data and as text), and axe finds nothing in the light or the dark theme — the
 * levels have their own colours, so a contrast slip in one of them would show only here.
 */
import { expect, test } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';
import { questionBank } from './quizHelpers';

const LEVELS = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
const DAY = 86_400;

/** Histories per target level, ending "now" (seconds): one rule of mastery.ts each. */
function historyFor(level: (typeof LEVELS)[number], now: number): [number, 0 | 1, string][] {
  switch (level) {
    case 'not-started':
      return [];
    case 'attempted': // the latest answer is wrong
      return [
        [now - 2 * DAY, 1, 'q'],
        [now - DAY, 0, 'q'],
      ];
    case 'familiar': // right, on one day only
      return [[now - DAY, 1, 'q']];
    case 'proficient': // right on two different days, no review or exam after
      return [
        [now - 3 * DAY, 1, 'q'],
        [now - DAY, 1, 'k'],
      ];
    case 'mastered': // proficient, then right again in a review
      return [
        [now - 4 * DAY, 1, 'q'],
        [now - 2 * DAY, 1, 'q'],
        [now - DAY, 1, 'r'],
      ];
  }
}

/** Module 6's objectives (lesson#n), each with its questions, in bank order. */
function objectivesOfModule6(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const question of questionBank('en').values()) {
    if (!question.id.startsWith('m06-')) continue;
    const key = `m06-spin/${question.lesson}#${question.objective}`;
    groups.set(key, [...(groups.get(key) ?? []), question.id]);
  }
  return groups;
}

const objectives = objectivesOfModule6();
const keys = [...objectives.keys()];
/** Objective key → the level its seeded history must give: the five levels in turn. */
const expected = new Map(keys.map((key, i) => [key, LEVELS[i % LEVELS.length]!]));

test.describe.configure({ timeout: 120_000 });

test('module 6 has enough objectives to show every level', () => {
  expect(keys.length).toBeGreaterThanOrEqual(LEVELS.length);
});

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: the five mastery levels show on the module, progress and home pages, axe-clean in both themes`, async ({
    page,
  }) => {
    const now = Math.floor(Date.now() / 1000);
    const answers: Record<string, [number, 0 | 1, string][]> = {};
    for (const [key, ids] of objectives) {
      const history = historyFor(expected.get(key)!, now);
      if (history.length > 0) for (const id of ids) answers[id] = history;
    }
    const progress = { version: 4, lessons: {}, attempts: [], visits: {}, saved: {}, answers };
    await page.addInitScript((value) => {
      if (!localStorage.getItem('kas:progress')) localStorage.setItem('kas:progress', value);
    }, JSON.stringify(progress));

    // Module page: each objective at the level its history gives.
    await page.goto(`/${locale}/learn/m06-spin/`);
    const items = page.locator('[data-objective]');
    await items.first().scrollIntoViewIfNeeded();
    await expect(page.locator(`[data-objective="${keys.at(-1)}"]`)).toHaveAttribute(
      'data-level',
      expected.get(keys.at(-1)!)!,
    );
    for (const [key, level] of expected) {
      await expect(page.locator(`[data-objective="${key}"]`), key).toHaveAttribute('data-level', level);
    }
    // Each level is also said in words (not colour alone): five distinct labels.
    const labels = new Set<string>();
    for (const level of LEVELS) {
      const text = await page.locator(`[data-objective][data-level="${level}"] .level`).first().innerText();
      expect(text.trim().length, level).toBeGreaterThan(0);
      labels.add(text.trim());
    }
    expect(labels.size).toBe(LEVELS.length);
    await expectAccessibleInBothThemes(page, `module page ${locale}`);

    // My progress: the same levels.
    await page.goto(`/${locale}/progress/`);
    const row = page.locator(`[data-objective="${keys[0]}"]`);
    await row.scrollIntoViewIfNeeded();
    for (const [key, level] of expected) {
      await expect(page.locator(`[data-objective="${key}"]`), key).toHaveAttribute('data-level', level);
    }
    await expectAccessibleInBothThemes(page, `progress page ${locale}`);

    // Home: module 6's line counts each level.
    await page.goto(`/${locale}/`);
    const line = page.locator('[data-module-mastery="m06-spin"]');
    await line.scrollIntoViewIfNeeded();
    const count = (level: string) => [...expected.values()].filter((l) => l === level).length;
    const digits = (await line.locator('.line').innerText()).match(/\d+/g)?.map(Number) ?? [];
    // moduleLine lists mastered, proficient, familiar, attempted, not started, in that order.
    expect(digits).toEqual(['mastered', 'proficient', 'familiar', 'attempted', 'not-started'].map(count));
    await expectAccessibleInBothThemes(page, `home ${locale}`);
  });
}
