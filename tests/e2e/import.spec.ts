/**
 * Importing a customer list on the built tools page, through the real file input: the figures on
 * screen against figures worked out by hand from the fixture files, hostile customer names shown as
 * text, a broken file that leaves the chart as it was, and axe with the import panel open.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe';
import { bigCsv } from '../../scripts/generate-import-fixtures.mjs';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

const text = {
  zh: { data: '数据', choose: '选择文件…' },
  en: { data: 'Data', choose: 'Choose a file…' },
} as const;

async function openImport(page: Page, lang: 'zh' | 'en') {
  await page.goto(`/${lang}/tools/pareto/`);
  await page.getByLabel(text[lang].data, { exact: true }).selectOption('import');
  await expect(page.getByLabel(text[lang].choose)).toBeVisible();
}

async function importFile(page: Page, lang: 'zh' | 'en', name: string) {
  await page.getByLabel(text[lang].choose).setInputFiles(fixture(name));
}

/*
 * gb18030-customers.csv, after C03's two rows (600 + 400) are added up, has ten customers with
 * revenue 5000, 2000, 1000, 800, 500, 300, 200, 100, 60, 40: total 10,000.
 * Top 20% = 2 customers: (5000 + 2000) / 10000 = 70%.
 * Gini = 2·Σ i·xᵢ / (n·Σx) − (n + 1)/n with x ascending:
 *   Σ i·xᵢ = 1·40 + 2·60 + 3·100 + 4·200 + 5·300 + 6·500 + 7·800 + 8·1000 + 9·2000 + 10·5000 = 87,360
 *   G = 2·87360 / (10·10000) − 11/10 = 1.7472 − 1.1 = 0.6472 → "0.647" (three decimals).
 *
 * customers.xlsx has five customers with revenue 600, 200, 100, 60, 40: total 1,000.
 * Top 20% = 1 customer: 600 / 1000 = 60%.
 *   Σ i·xᵢ = 1·40 + 2·60 + 3·100 + 4·200 + 5·600 = 4,260
 *   G = 2·4260 / (5·1000) − 6/5 = 1.704 − 1.2 = 0.504 → "0.504" (three decimals).
 */
const expected = {
  gb: { file: 'gb18030-customers.csv', customers: 10, top: 2, share: '70%', gini: '0.647' },
  xlsx: { file: 'customers.xlsx', customers: 5, top: 1, share: '60%', gini: '0.504' },
};

for (const { file, customers, top, share, gini } of Object.values(expected)) {
  test(`${file} on /zh/tools/pareto/: top 20% share, Gini and customer count`, async ({ page }) => {
    await openImport(page, 'zh');
    await importFile(page, 'zh', file);
    await expect(page.locator('.imported')).toHaveText(`已导入：${file}（${customers} 家客户）`);
    await expect(page.locator('.result')).toHaveText(`前 20% 的客户（${top} 家）贡献了 ${share} 的销售额。`);
    await expect(page.locator('.facts')).toContainText(`基尼系数 ${gini}`);
  });

  test(`${file} on /en/tools/pareto/: top 20% share, Gini and customer count`, async ({ page }) => {
    await openImport(page, 'en');
    await importFile(page, 'en', file);
    await expect(page.locator('.imported')).toHaveText(`Imported: ${file} (${customers} customers)`);
    await expect(page.locator('.result')).toHaveText(
      `The top 20% of customers (${top}) bring in ${share} of revenue.`,
    );
    await expect(page.locator('.facts')).toContainText(`Gini coefficient ${gini}`);
  });
}

test('the GB18030 file reports what was cleaned, and the URL never carries the imported data', async ({
  page,
}) => {
  await openImport(page, 'en');
  await importFile(page, 'en', 'gb18030-customers.csv');
  const report = page.locator('.report');
  await expect(report).toContainText('Read as: GB18030 text separated by commas.');
  await expect(report).toContainText('12 rows read, 11 used, 1 empty rows skipped.');
  await expect(report).toContainText('C03 (×2)');
  expect(page.url()).not.toMatch(/C03|gb18030|import/);
});

test('hostile customer names are shown as text and run no script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openImport(page, 'en');
  await importFile(page, 'en', 'hostile-names.csv');
  await expect(page.locator('.imported')).toContainText('(4 customers)');
  await expect(page.locator('.report')).toContainText('<script>alert(1)</script> (×2)');
  await expect(page.locator('.report')).toContainText('=HYPERLINK("http://example.invalid")');
  // The profitability map reads the focused customer out by name.
  await page.getByRole('button', { name: 'Profitability map' }).click();
  const chart = page.locator('svg[tabindex="0"]');
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText('<script>alert(1)</script>', { exact: false }).first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('<img src=x onerror=alert(2)>', { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const injected = await page.evaluate(
    () =>
      [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert('))
        .length,
  );
  expect(injected).toBe(0);
  expect(dialogs).toEqual([]);
});

/*
 * The same GB18030 file for ABC and the whale curve. ABC (A while the share ranked above is under
 * 80%): 5000 (0%) A, 2000 (50%) A, 1000 (70%) A, 800 (80%) B, 500 (88%) B, 300 (93%) B, then C for
 * 200, 100, 60, 40 → A 3 (80%), B 3 (16%), C 4 (4%).
 * Profit = gross profit − cost to serve: C01 1200, C02 450, C03 (180 + 120) − (50 + 30) = 220,
 * C04 180, C05 110, C06 −10, C07 −20, C08 10, C09 −120 − 10 = −130, C10 7 → total 2,017.
 * The seven profitable ones make 2,177 = 107.9% of it; the three loss-makers give back 7.9%.
 */
test('the imported Chinese file gives ABC classes and the whale curve worked out by hand', async ({
  page,
}) => {
  await openImport(page, 'zh');
  await importFile(page, 'zh', 'gb18030-customers.csv');
  await expect(page.locator('.imported')).toContainText('10 家客户');
  const abc = page.getByRole('table').filter({ hasText: '类别' });
  for (const [cls, count, share] of [
    ['A', '3', '80%'],
    ['B', '3', '16%'],
    ['C', '4', '4%'],
  ] as const)
    await expect(abc.getByRole('row').filter({ has: page.getByRole('rowheader', { name: cls }) })).toHaveText(
      `${cls}${count}${share}`,
    );
  // By profit the Pareto curve peaks at 107.9% of the net total: the y axis widens (to 110%) so
  // the curve stays inside the plot (y from 12 to 212 in the 250-high view box), never clipped.
  await page.getByRole('radio', { name: '利润', exact: true }).check();
  await expect(page.locator('.result')).toContainText('利润');
  const d = (await page.locator('svg.chart path.curve').first().getAttribute('d')) ?? '';
  const ys = [...d.matchAll(/[ML][\d.]+,(-?[\d.]+)/g)].map((m) => Number(m[1]));
  expect(ys).toHaveLength(11);
  expect(Math.min(...ys)).toBeGreaterThanOrEqual(12);
  expect(Math.max(...ys)).toBeLessThanOrEqual(212);
  await page.getByRole('button', { name: '鲸鱼曲线' }).click();
  await expect(
    page.getByText('曲线峰值 107.9%：前 7 家客户（70%）创造的利润相当于净总利润的 107.9%。'),
  ).toBeVisible();
  await expect(page.getByText('3 家客户亏损，吃掉了相当于净总利润 7.9% 的利润。')).toBeVisible();
});

test('a file dropped on the drop zone is imported like a chosen one', async ({ page }) => {
  await openImport(page, 'en');
  const bytes = [...readFileSync(fixture('gb18030-customers.csv'))];
  // A real drag from the desktop cannot be scripted; the page gets the same events and DataTransfer.
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(content)], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, bytes);
  const zone = page.locator('.import .drop');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveClass(/dragging/);
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).not.toHaveClass(/dragging/);
  await expect(page.locator('.imported')).toHaveText('Imported: dropped.csv (10 customers)');
  await expect(page.locator('.result')).toHaveText('The top 20% of customers (2) bring in 70% of revenue.');
});

test('a broken file shows the message in the page language and the chart stays', async ({ page }) => {
  await openImport(page, 'zh');
  await importFile(page, 'zh', 'gb18030-customers.csv');
  const result = page.locator('.result');
  await expect(result).toContainText('70%');
  const before = await result.textContent();
  await importFile(page, 'zh', 'binary.csv');
  await expect(page.getByRole('alert').filter({ hasText: '这不是文本表格文件' })).toBeVisible();
  await expect(result).toHaveText(before ?? '');
  await importFile(page, 'zh', 'header-only.csv');
  await expect(page.getByRole('alert').filter({ hasText: '文件只有表头' })).toBeVisible();
  await expect(result).toHaveText(before ?? '');
});

test('a file over 1 MB is read in a worker, with progress; Cancel keeps the chart as it was', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openImport(page, 'en');
  // 50,000 rows, about 2 MB: above the worker threshold.
  await page.getByLabel('Choose a file…').setInputFiles({
    name: 'customers-50k.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bigCsv(50_000)),
  });
  await expect(page.locator('.imported')).toHaveText('Imported: customers-50k.csv (50,000 customers)', {
    timeout: 120_000,
  });
  await expect(page.locator('.report')).toContainText('50,000 rows read, 50,000 used, 0 empty rows skipped.');
  const result = page.locator('.result');
  const before = await result.textContent();

  // A larger file, cancelled while it is read: nothing changes.
  await page.getByLabel('Choose a file…').setInputFiles({
    name: 'customers-200k.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bigCsv(200_000)),
  });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText('Import cancelled. The chart still shows what it showed before.'),
  ).toBeVisible();
  await expect(page.locator('.imported')).toHaveText('Imported: customers-50k.csv (50,000 customers)');
  await expect(result).toHaveText(before ?? '');
});

test('axe finds nothing with the import panel open, before and after an import (light and dark)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openImport(page, 'zh');
  for (const stage of ['open', 'imported'] as const) {
    if (stage === 'imported') {
      await importFile(page, 'zh', 'duplicates-negative.csv');
      await expect(page.locator('.report')).toBeVisible();
    }
    await expectAccessibleInBothThemes(page, `axe with the panel ${stage}`);
  }
});

// A library's XLSX (inline strings, no styles.xml, no sharedStrings.xml) once left the page busy
// with no message. The count alone is checked: the shares belong to the analysis tests.
for (const lang of ['zh', 'en'] as const) {
  test(`inline-strings.xlsx (4,372 rows, no styles or shared strings) imports on /${lang}/`, async ({
    page,
  }) => {
    await openImport(page, lang);
    await importFile(page, lang, 'inline-strings.xlsx');
    await expect(page.locator('.imported')).toHaveText(
      lang === 'zh'
        ? '已导入：inline-strings.xlsx（4,372 家客户）'
        : 'Imported: inline-strings.xlsx (4,372 customers)',
      { timeout: 15_000 },
    );
  });
}

/*
 * Report-style files (issue 16, part 3). unicode-text.txt (UTF-16LE, tabs) and wps-report.xlsx
 * hold the same three customers in 万元: 125,000, 80,300 and 4,567 yuan, total 209,867, under a
 * title and above a 合计 row of 209,867. Top 20% = 1 customer: 125,000 / 209,867 = 59.56% → 59.6%.
 * Had the 合计 row become a customer, it would be the top one with 50%.
 */
test('a "Unicode 文本" report on /zh/: totals row left out, title skipped, 万元 scaled, and said so', async ({
  page,
}) => {
  await openImport(page, 'zh');
  await importFile(page, 'zh', 'unicode-text.txt');
  await expect(page.locator('.imported')).toHaveText('已导入：unicode-text.txt（3 家客户）');
  await expect(page.locator('.result')).toContainText('59.6%');
  const report = page.locator('.report');
  await expect(report).toContainText('UTF-16');
  await expect(report).toContainText('已略去 1 个合计行：第 8 行「合  计」');
  await expect(report).toContainText('已跳过表头上方的 1 行标题：第 1 行「2025 年客户销售报表」');
  await expect(report).toContainText('「销售额（万元）」列的表头注明了单位，金额已乘以 10,000 换算为元。');
});

test('a WPS report workbook on /en/: merged title lines, 万元 and 合计, and said so', async ({ page }) => {
  await openImport(page, 'en');
  await importFile(page, 'en', 'wps-report.xlsx');
  await expect(page.locator('.imported')).toHaveText('Imported: wps-report.xlsx (3 customers)');
  await expect(page.locator('.result')).toContainText('59.6%');
  const report = page.locator('.report');
  await expect(report).toContainText('Left out the totals row: row 8 “合计”');
  await expect(report).toContainText(
    'Skipped 2 title lines above the header: row 1 “2025 年客户销售报表”, row 2 “编制部门：华东大区”',
  );
  await expect(report).toContainText(
    'The header of column “销售额（万元）” states its unit; its amounts were multiplied by 10,000 into yuan.',
  );
});

/*
 * saved-by-libreoffice.xlsx is LibreOffice Calc's own export (scripts/fixtures-libreoffice.sh):
 * 365,000 + 120,800 + 3,500 = 489,300 yuan after 万元 scaling. Top 20% = ⌈0.6⌉ = 1 customer:
 * 365,000 / 489,300 = 0.74596 → 74.6%.
 */
test('a workbook LibreOffice Calc saved, on /zh/: title lines, 万元 and 合计 handled in the browser', async ({
  page,
}) => {
  await openImport(page, 'zh');
  await importFile(page, 'zh', 'saved-by-libreoffice.xlsx');
  await expect(page.locator('.imported')).toHaveText('已导入：saved-by-libreoffice.xlsx（3 家客户）');
  await expect(page.locator('.result')).toContainText('74.6%');
  const report = page.locator('.report');
  await expect(report).toContainText('已略去 1 个合计行：第 8 行「合计」');
  await expect(report).toContainText('「毛利（万元）」');
});
