/**
 * The module 5–6 exercises on the built site, in both languages: a role-play path that follows
 * the model answer ends at the temperature computed here from the scenario data with an advance
 * (the buyer agrees to the trial), a pitching path is refused and graded cold; the sorter grades a full set of answers; the buying-centre map, marked as the model
 * answer, finds the case's risk. The three tools pages are axe-clean in light and dark, in their
 * finished state. The lessons carry the exercises.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';
import { load } from 'js-yaml';
import { buildMap, modelMarks } from '../../src/lib/exercises/buyingCentre';
import { buyingCentreCaseSchema } from '../../src/lib/exercises/buyingCentreSchema';
import { modelPath as bestPath, playPath, type RoleplayScenario } from '../../src/lib/exercises/spinRoleplay';
import { roleplayScenarioSchema, sorterBankSchema } from '../../src/lib/exercises/spinSchemas';

// A whole path plus two axe runs over a long exercise page can pass 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });
const locales = ['en', 'zh'] as const;
type Lang = (typeof locales)[number];
const content = (path: string) =>
  load(readFileSync(new URL(`../../content/exercises/${path}`, import.meta.url), 'utf8'));

const scenario = (lang: Lang, id: string): RoleplayScenario => ({
  id,
  ...roleplayScenarioSchema.parse(content(`spin-roleplay/${lang}/${id}.yaml`)),
});
const sorter = (lang: Lang) => sorterBankSchema.parse(content(`spin-sorter/${lang}/questions.yaml`));
const buyingCase = (lang: Lang, id: string) =>
  buyingCentreCaseSchema.parse(content(`buying-centre/${lang}/${id}.yaml`));

const words = {
  en: {
    start: 'Start the call',
    check: 'Check my answers',
    compare: 'Compare with the model answer',
    role: {
      user: 'User',
      gatekeeper: 'Technical gatekeeper',
      coach: 'Coach',
      'decision-maker': 'Decision maker',
      none: 'No buying role',
    },
    attitude: { supportive: 'Supportive', neutral: 'Neutral', sceptical: 'Sceptical', unknown: 'Not known' },
    contact: { none: 'Never met', group: 'Seen only in a group', 'one-to-one': 'Visited one-to-one' },
    labels: ['Buying role', 'Attitude', 'How well the rep knows them'],
    second: 'Second buying role (if any)',
    risk: (name: string, roles: string) => `${name} (${roles}): Risk: not yet visited one-to-one`,
    score: (n: number, of: number) => `${n} of your ${of} marks match the model answer.`,
    sorted: (n: number, of: number) => `${n} of ${of} correct.`,
    final: (t: number) => `Final temperature: ${t}°C`,
  },
  zh: {
    start: '开始拜访',
    check: '核对答案',
    compare: '与参考答案对照',
    role: {
      user: '使用者',
      gatekeeper: '技术把关者',
      coach: '教练',
      'decision-maker': '决策者',
      none: '不是采购角色',
    },
    attitude: { supportive: '支持', neutral: '中立', sceptical: '怀疑', unknown: '不清楚' },
    contact: { none: '从未见过', group: '只在集体场合见过', 'one-to-one': '单独拜访过' },
    labels: ['采购角色', '态度', '接触程度'],
    second: '第二个采购角色（如有）',
    risk: (name: string, roles: string) => `${name}（${roles}）：风险：尚未单独拜访`,
    score: (n: number, of: number) => `你的标注有 ${n} / ${of} 项与参考答案一致。`,
    sorted: (n: number, of: number) => `答对 ${n} / ${of} 题。`,
    final: (t: number) => `最终水温：${t}°C`,
  },
} as const;

/** Waits until the island of the named component has hydrated (Astro removes `ssr` then). */
async function hydrated(page: Page, component: string) {
  const island = page.locator(`astro-island[component-url*="/${component}."]`);
  // client:visible islands hydrate once on screen; the island itself is display: contents.
  await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

async function playByKeyboard(page: Page, path: string[]) {
  for (const id of path) {
    const button = page.locator(`button[data-choice-id="${id}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
  }
}

for (const lang of locales) {
  const w = words[lang];

  test(`${lang}: the role-play's model path ends in an advance graded hot, a pitching path is refused (cold), and both are saved`, async ({
    page,
  }) => {
    const xianlin = scenario(lang, 'xianlin');
    const modelPath = bestPath(xianlin);
    const model = playPath(xianlin, modelPath);
    if (!model.ok) throw new Error('the model path does not play');
    // The threshold comes from the data: the model path's own end, which must be an advance graded hot.
    expect(model.temperature).toBeGreaterThanOrEqual(80);
    expect([model.outcome, model.grade]).toEqual(['advance', 'hot']);

    await page.goto(`/${lang}/tools/spin-roleplay/`);
    await hydrated(page, 'SpinRoleplay');
    await page.getByRole('button', { name: w.start }).click();
    await playByKeyboard(page, modelPath);
    await expect(page.locator('[data-end-temperature]')).toHaveAttribute(
      'data-end-temperature',
      String(model.temperature),
    );
    await expect(page.getByText(w.final(model.temperature))).toBeVisible();
    await expect(page.getByText(xianlin.endings.advance)).toBeVisible();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'advance');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-grade', 'hot');
    await expect(page.locator('[data-deciding-turn]')).toHaveAttribute(
      'data-deciding-turn',
      String(model.decidingTurn),
    );
    await expect(page.locator('ol.path > li')).toHaveCount(modelPath.length);
    await expect(page.locator('svg.curve-chart')).toBeVisible();

    // Pitch whenever a pitch is offered (otherwise the first choice).
    const pitchPath: string[] = [];
    for (;;) {
      const played = playPath(xianlin, pitchPath);
      if (!played.ok || !played.current) break;
      const choice = played.current.choices.find((c) => c.type === 'pitch') ?? played.current.choices[0];
      if (!choice) break;
      pitchPath.push(choice.id);
    }
    const pitched = playPath(xianlin, pitchPath);
    if (!pitched.ok) throw new Error('the pitch path does not play');
    expect(pitched.temperature).toBeLessThan(40);
    expect(pitched.outcome).toBe('refusal');
    await page
      .getByRole('button', { name: lang === 'en' ? 'Replay this scenario' : '重新开始这个场景' })
      .click();
    await playByKeyboard(page, pitchPath);
    await expect(page.getByText(w.final(pitched.temperature))).toBeVisible();
    await expect(page.getByText(xianlin.endings.refusal)).toBeVisible();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'refusal');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-grade', 'cold');

    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('kas:progress') ?? '{}'));
    expect(saved.saved['spin-roleplay'].xianlin.data).toMatchObject({
      scenario: 'xianlin',
      path: pitchPath,
      endTemperature: pitched.temperature,
    });
    await expectAccessibleInBothThemes(page, `/${lang}/tools/spin-roleplay/ (finished)`);
  });

  test(`${lang}: the sorter grades a full set of answers, with one mistake explained`, async ({ page }) => {
    const bank = sorter(lang);
    await page.goto(`/${lang}/tools/spin-sorter/`);
    await hydrated(page, 'SpinSorter');
    const cards = page.locator('li[data-question-id]');
    await expect(cards).toHaveCount(bank.questions.length);
    const typeIndex = { situation: 0, problem: 1, implication: 2, 'need-payoff': 3 } as const;
    for (const [index, question] of bank.questions.entries()) {
      // The first question is deliberately put one type off.
      const target = index === 0 ? (typeIndex[question.type] + 1) % 4 : typeIndex[question.type];
      await cards.nth(index).locator('input[type="radio"]').nth(target).check();
    }
    await page.getByRole('button', { name: w.check }).click();
    await expect(
      page.getByRole('status').getByText(w.sorted(bank.questions.length - 1, bank.questions.length)),
    ).toBeVisible();
    await expect(cards.first()).toHaveAttribute('data-status', 'wrong');
    await expect(cards.first().getByText(bank.questions[0]?.why ?? '')).toBeVisible();
    await expectAccessibleInBothThemes(page, `/${lang}/tools/spin-sorter/ (checked)`);
  });

  test(`${lang}: the buying-centre map, marked as the model answer, finds the case's risk`, async ({
    page,
  }) => {
    const jinhe = buyingCase(lang, 'jinhe-dairy');
    const modelRisks = buildMap(jinhe.people, modelMarks(jinhe.people)).risks;
    // Per person: Deng Hui (a gatekeeper seen only in a group) is a risk although Fan Jie, the other
    // gatekeeper, has been visited; Qian Wei, the decision maker, too.
    expect(modelRisks.map((r) => (r.kind === 'person' ? r.id : r.role))).toEqual(['deng-hui', 'qian-wei']);

    await page.goto(`/${lang}/tools/buying-centre/`);
    await hydrated(page, 'BuyingCentreMap');
    for (const person of jinhe.people) {
      const card = page.locator(`li[data-person-id="${person.id}"]`);
      const [role, attitude, contact] = w.labels;
      await card.getByLabel(new RegExp(`^${role}`)).selectOption({ label: w.role[person.model.role] });
      if (person.model.secondRole)
        await card.getByLabel(w.second).selectOption({ label: w.role[person.model.secondRole] });
      await card.getByLabel(attitude).selectOption({ label: w.attitude[person.model.attitude] });
      await card.getByLabel(contact).selectOption({ label: w.contact[person.model.contact] });
    }
    await expect(page.locator('[data-role="decision-maker"]')).toHaveAttribute('data-status', 'unvisited');
    await expect(page.locator('[data-role="coach"]')).toHaveAttribute('data-status', 'covered');
    await expect(page.locator('[data-role="user"]')).toHaveAttribute('data-status', 'covered');
    await expect(page.locator('[data-role="gatekeeper"]')).toHaveAttribute('data-status', 'unvisited');
    await page.getByRole('button', { name: w.compare }).press('Enter');
    const outOf = jinhe.people.length * 3;
    await expect(page.getByRole('heading', { name: w.score(outOf, outOf) })).toBeFocused();
    const name = (id: string) => jinhe.people.find((p) => p.id === id)!.name;
    await expect(page.locator('[data-list="found"] li')).toHaveText([
      w.risk(name('deng-hui'), w.role.gatekeeper),
      w.risk(name('qian-wei'), w.role['decision-maker']),
    ]);
    await expectAccessibleInBothThemes(page, `/${lang}/tools/buying-centre/ (compared)`);
  });

  test(`${lang}: the lessons carry the three exercises`, async ({ page }) => {
    await page.goto(`/${lang}/learn/m06-spin/02-temperature/`);
    await hydrated(page, 'SpinRoleplay');
    await page.getByRole('button', { name: w.start }).click();
    // Only the supermarket scenario is offered in the lesson.
    await expect(page.locator('button[data-choice-id="t1-records"]')).toBeVisible();
    await expect(page.locator('input[type="radio"][name$="-scenario"]')).toHaveCount(0);
    await page.goto(`/${lang}/learn/m06-spin/01-question-types/`);
    await hydrated(page, 'SpinSorter');
    await expect(page.locator('li[data-question-id]')).toHaveCount(sorter(lang).questions.length);
    await page.goto(`/${lang}/learn/m05-buying-influences/02-four-influences/`);
    await hydrated(page, 'BuyingCentreMap');
    await expect(page.locator('[data-role="coach"]')).toHaveAttribute('data-status', 'unidentified');
    await expect(page.locator('[data-simulator-slot]')).toHaveCount(0);
  });
}

test('the tools index lists the three exercises', async ({ page }) => {
  for (const lang of locales) {
    await page.goto(`/${lang}/tools/`);
    for (const path of ['buying-centre', 'spin-sorter', 'spin-roleplay'])
      await expect(page.locator(`main a[href$="/tools/${path}/"]`)).toHaveCount(1);
  }
});
