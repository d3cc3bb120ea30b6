/**
 * The customer-value tools on the built site: figures on screen against figures computed here from
 * the sample CSV, the URL state, the generator, the whale curve, the profitability map by keyboard
 * and the CSV download.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const csv = readFileSync(new URL('../../content/datasets/distributor-300.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1);
const rows = csv.map((line) => {
  const [id, revenue, gross, cost] = line.split(',');
  return { id: id ?? '', revenue: Number(revenue), profit: Number(gross) - Number(cost) };
});

/** Share of the NET total (loss-makers and returns included) held by the top `count` values, computed plainly. */
function topShare(values: number[], count: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  return sorted.slice(0, count).reduce((a, b) => a + b, 0) / total;
}

const pct = (fraction: number) => `${(Math.round(fraction * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;

test('the Pareto tool shows the top share of the sample list, and keeps its settings in the URL', async ({
  page,
}) => {
  await page.goto('/en/tools/pareto/');
  const result = page.locator('.result');
  await expect(result).toHaveText(
    `The top 20% of customers (60) bring in ${pct(
      topShare(
        rows.map((r) => r.revenue),
        60,
      ),
    )} of revenue.`,
  );
  await page.getByLabel('Top share of customers (%)').fill('10');
  await page.getByLabel('Top share of customers (%)').press('Enter');
  await expect(result).toContainText(
    `(30) bring in ${pct(
      topShare(
        rows.map((r) => r.revenue),
        30,
      ),
    )}`,
  );
  await expect(page).toHaveURL(/\?x=10$/);
  await page.getByLabel('Profit', { exact: true }).check();
  await expect(result).toContainText(
    `bring in ${pct(
      topShare(
        rows.map((r) => r.profit),
        30,
      ),
    )} of profit`,
  );
  await page.reload();
  await expect(page.getByLabel('Top share of customers (%)')).toHaveValue('10');
  await expect(page.getByLabel('Profit', { exact: true })).toBeChecked();
  await expect(page.locator('.facts')).toContainText(/Gini coefficient 0\.\d{3}(?!\d)/);
  await expect(page.locator('.definitions')).toContainText('⌈X% × n⌉');
});

test('a malformed URL falls back to the defaults', async ({ page }) => {
  await page.goto('/zh/tools/pareto/?x=<script>&data=nope&measure=1');
  await expect(page.getByLabel('头部客户占比（%）')).toHaveValue('20');
  await expect(page.locator('.result')).toContainText('（60 家）');
});

test('generated customers: 1,000 by a seed, the same figures after a reload', async ({ page }) => {
  await page.goto('/en/tools/pareto/');
  await page.getByLabel('Data').selectOption('generate');
  await page.getByLabel('Number of customers').fill('1000');
  await page.getByRole('button', { name: 'Generate' }).click();
  const result = page.locator('.result');
  await expect(result).toContainText('(200)');
  const first = await result.textContent();
  await page.reload();
  await expect(result).toHaveText(first ?? '');
});

test('the whale curve peaks above 100% where the profitable customers end', async ({ page }) => {
  await page.goto('/en/tools/whale/');
  const profits = rows.map((r) => r.profit);
  const total = profits.reduce((a, b) => a + b, 0);
  const positive = profits.filter((p) => p > 0);
  const peak = positive.reduce((a, b) => a + b, 0) / total;
  await expect(page.locator('.result')).toContainText(
    `The curve peaks at ${pct(peak)}: the top ${positive.length} customers`,
  );
});

test('the profitability map steps through customers by keyboard', async ({ page }) => {
  await page.goto('/en/tools/profit-map/');
  const chart = page.getByRole('img', { name: 'Customer profitability map: revenue against profit' });
  await chart.focus();
  const readout = page.locator('.readout');
  const largest = [...rows].sort((a, b) => b.revenue - a.revenue);
  await expect(readout).toContainText(`${largest[0]?.id}:`);
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText(`${largest[1]?.id}:`);
  await page.keyboard.press('End');
  await expect(readout).toContainText(`${largest.at(-1)?.id}:`);
  const losses = rows.filter((r) => r.profit < 0).length;
  await expect(page.getByText(`${losses} loss-making customers`).first()).toBeVisible();
});

test("capstone case 1 puts its own fifteen customers on the map (the lesson's table, C5 the one loss-maker)", async ({
  page,
}) => {
  await page.goto('/en/learn/m08-capstone/01-six-customers/');
  const chart = page.getByRole('img', { name: 'Customer profitability map: revenue against profit' });
  await chart.scrollIntoViewIfNeeded();
  // The lesson hydrates it when visible; the read-out answers once it has.
  await expect(page.locator('astro-island[component-url*="ProfitMapView"]')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('[data-simulator-slot]')).toHaveCount(0);
  await chart.focus();
  const readout = page.locator('.readout');
  // In ¥ thousand, as the English table (the file's ¥10,000 × 10). Largest first: C1 (15,000,
  // profit 1,200 − 960 = 240), then C2 (11,000, 2,200 − 640 = 1,560); the last is C15.
  await expect(readout).toContainText('C1: revenue 15K, profit 240 · High revenue, low profit');
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('C2: revenue 11K, profit 1.6K');
  await page.keyboard.press('End');
  await expect(readout).toContainText('C15:');
  await expect(page.getByText('1 loss-making customer').first()).toBeVisible();
});

test('the results download as CSV with an ABC class per customer, by the measure on screen', async ({
  page,
}) => {
  await page.goto('/en/tools/pareto/');
  async function downloaded(): Promise<string[]> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the results/ }).click(),
    ]);
    return readFileSync((await download.path()) ?? '', 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
  }
  const lines = await downloaded();
  expect(lines[0]).toBe('customer,revenue,profit,rank by revenue,ABC by revenue');
  expect(lines).toHaveLength(rows.length + 1);
  const largest = [...rows].sort((a, b) => b.revenue - a.revenue)[0];
  expect(lines[1]).toBe(`${largest?.id},${largest?.revenue},${largest?.profit},1,A`);

  // Switched to profit, the file ranks and classes by profit, as the chart does.
  await page.getByRole('radio', { name: 'Profit' }).check();
  await expect(page).toHaveURL(/measure=profit/);
  const byProfit = await downloaded();
  expect(byProfit[0]).toBe('customer,revenue,profit,rank by profit,ABC by profit');
  const mostProfitable = [...rows].sort((a, b) => b.profit - a.profit)[0];
  expect(byProfit[1]).toBe(`${mostProfitable?.id},${mostProfitable?.revenue},${mostProfitable?.profit},1,A`);
  const leastProfitable = [...rows].sort((a, b) => b.profit - a.profit).at(-1);
  expect(byProfit.at(-1)).toBe(
    `${leastProfitable?.id},${leastProfitable?.revenue},${leastProfitable?.profit},${rows.length},C`,
  );
});

test('each chart draws the same SVG for the same data (snapshots committed in tests/e2e/)', async ({
  page,
}) => {
  // A change to a chart must update its snapshot on purpose: npx playwright test tools --update-snapshots
  for (const [path, name] of [
    ['/en/tools/pareto/', 'pareto-chart.svg'],
    ['/en/tools/whale/', 'whale-chart.svg'],
    ['/en/tools/profit-map/', 'profit-map-chart.svg'],
  ] as const) {
    await page.goto(path);
    const markup = await page
      .locator('.view svg')
      .first()
      .evaluate((svg) =>
        svg.outerHTML
          .replace(/ (class|aria-labelledby|aria-describedby|id)="[^"]*"/g, '')
          .replace(/svelte-[a-z0-9]+/g, ''),
      );
    expect(markup).toMatchSnapshot(name);
  }
});
