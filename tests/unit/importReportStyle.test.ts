/**
 * Report-style sheets and Chinese Excel's other exports (issue 16, part 3): UTF-16 "Unicode 文本",
 * totals rows, title lines above the header, amounts in 万元. The files go through the session the
 * import worker runs (read → table → clean → packed list → unpacked), so the tests see what the
 * page sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession, type Reply, type TableSummary } from '@/islands/import/session';
import { cleanTable } from '@/lib/import/clean';
import { unpackList } from '@/lib/import/pack';
import { isTotalsLabel, scaled, titleLines, unitFactor } from '@/lib/import/reportStyle';
import { analyseTable } from '@/lib/import/table';
import type { Cell, ImportedList, ImportError } from '@/lib/import/types';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

/** The worker's path: a `read` request, then `clean` with the mapping it guessed. */
export async function viaSession(
  bytes: Uint8Array,
): Promise<{ table: TableSummary; list: ImportedList } | { error: ImportError }> {
  const replies: Reply[] = [];
  const handle = createSession((reply) => replies.push(reply));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await handle({ type: 'read', bytes: buffer });
  const table = replies.find((r) => r.type === 'table');
  const failed = replies.find((r) => r.type === 'error');
  if (failed?.type === 'error') return { error: failed.error };
  if (table?.type !== 'table') throw new Error('no table reply');
  await handle({ type: 'clean', mapping: table.table.mapping });
  const list = replies.find((r) => r.type === 'list');
  const cleanFailed = replies.find((r) => r.type === 'error');
  if (cleanFailed?.type === 'error') return { error: cleanFailed.error };
  if (list?.type !== 'list') throw new Error('no list reply');
  return { table: table.table, list: unpackList(list.list).list };
}

async function imported(name: string) {
  const result = await viaSession(fixture(name));
  if ('error' in result) throw new Error(result.error);
  return result;
}

const byId = (list: ImportedList) => list.customers.map((c) => [c.id, c.values]);

describe('report-style files through the worker session', () => {
  it('"Unicode 文本": UTF-16LE, tabs, CRLF, a title, 万元, a blank row and 合计', async () => {
    const { table, list } = await imported('unicode-text.txt');
    expect([table.encoding, table.delimiter, table.format]).toEqual(['utf-16le', '\t', 'csv']);
    // Row 3 is the header (row 1 the title, row 2 blank); trailing empty columns are not columns.
    expect([table.headerRow, table.columns]).toEqual([2, 4]);
    expect(table.mapping).toEqual(['id', 'name', 'revenue', 'grossProfit']);
    // 12.5 万 = 125,000; 8.03 万 = 80,300; 0.4567 万 = 4,567 (no 4566.999…).
    expect(byId(list)).toEqual([
      ['K001', { revenue: 125_000, grossProfit: 32_000 }],
      ['K002', { revenue: 80_300, grossProfit: 15_000 }],
      ['K003', { revenue: 4_567, grossProfit: 1_000 }],
    ]);
    expect(list.customers.map((c) => c.name)).toEqual(['华东机械有限公司', '上海精密仪器', '北方重工']);
    expect(list.report).toMatchObject({
      rowsRead: 5,
      rowsKept: 3,
      emptySkipped: 1,
      totalsRows: [{ row: 8, label: '合  计' }],
      totalsCount: 1,
      titleLines: [{ row: 1, text: '2025 年客户销售报表' }],
      scaledColumns: [
        { column: '销售额（万元）', factor: 10_000 },
        { column: '毛利（万元）', factor: 10_000 },
      ],
    });
  });

  it('an English report: two title lines, ¥10k, a subtotal between customers and a grand total', async () => {
    const { table, list } = await imported('report-totals.csv');
    expect([table.headerRow, table.columns, table.mapping]).toEqual([3, 3, ['name', 'revenue', 'orders']]);
    expect(byId(list)).toEqual([
      ['Alpha', { revenue: 15_000, orders: 3 }],
      ['Beta', { revenue: 2_500, orders: 1 }],
      ['Gamma', { revenue: 20_000, orders: 5 }],
    ]);
    expect(list.customers.reduce((sum, c) => sum + (c.values.revenue ?? 0), 0)).toBe(37_500);
    expect(list.report).toMatchObject({
      totalsRows: [
        { row: 7, label: 'Subtotal' },
        { row: 10, label: 'Grand total' },
      ],
      totalsCount: 2,
      titleLines: [
        { row: 1, text: 'Sales by customer' },
        { row: 2, text: 'FY2025 (all regions)' },
      ],
      scaledColumns: [{ column: 'Revenue (¥10k)', factor: 10_000 }],
      emptySkipped: 2,
      rowsKept: 3,
    });
  });
});

describe('totals rows', () => {
  it.each([
    ['合计', true],
    ['合  计', true],
    ['合　计', true],
    ['总计', true],
    ['小计', true],
    ['合计：', true],
    ['小计（华东）', true],
    ['Total', true],
    ['TOTAL', true],
    ['Grand total', true],
    ['Grand Total:', true],
    ['Sub-total', true],
    ['Subtotal', true],
    ['Totals', true],
    ['合计公司', false],
    ['Total Logistics Ltd', false],
    ['华东合计机械', false],
    ['', false],
    ['Totalmente SA', false],
  ])('isTotalsLabel(%j) = %s', (text, expected) => {
    expect(isTotalsLabel(text)).toBe(expected);
  });

  it('a totals row in the first (unmapped) column is left out; a customer named like one is not', () => {
    const rows: Cell[][] = [
      ['序号', '客户名称', '销售额'],
      ['1', '甲公司', '600'],
      ['2', 'Total Logistics Ltd', '400'],
      ['', '', ''],
      ['合计', '', '1000'],
      ['', '', ''],
    ];
    const shape = analyseTable(rows);
    if (!shape.ok) throw new Error(shape.error);
    expect(shape.mapping).toEqual([null, 'name', 'revenue']);
    const cleaned = cleanTable(rows, shape, shape.mapping);
    if (!cleaned.ok) throw new Error(cleaned.error);
    expect(cleaned.list.customers.map((c) => [c.id, c.values.revenue])).toEqual([
      ['甲公司', 600],
      ['Total Logistics Ltd', 400],
    ]);
    expect(cleaned.list.report).toMatchObject({
      rowsRead: 5,
      rowsKept: 2,
      emptySkipped: 2,
      totalsRows: [{ row: 5, label: '合计' }],
      totalsCount: 1,
      titleLines: [],
      scaledColumns: [],
    });
  });
});

describe('title lines', () => {
  it('finds the header below one to three title lines and lists them', () => {
    const rows: Cell[][] = [
      ['2025 年客户销售报表', null, null],
      [],
      ['编制单位：销售部', null, '单位：元'],
      ['客户名称', '销售额', '毛利'],
      ['甲', 100, 30],
    ];
    const shape = analyseTable(rows);
    if (!shape.ok) throw new Error(shape.error);
    expect([shape.headerRow, shape.mapping]).toEqual([3, ['name', 'revenue', 'grossProfit']]);
    expect(titleLines(rows, shape.headerRow)).toEqual([
      { row: 1, text: '2025 年客户销售报表' },
      { row: 3, text: '编制单位：销售部 单位：元' },
    ]);
  });

  it('a file whose header is its first row has no title lines', () => {
    expect(titleLines([['客户', '销售额']], 0)).toEqual([]);
    expect(titleLines([['a', 1]], -1)).toEqual([]);
  });
});

describe('units in headers', () => {
  it.each([
    ['销售额（万元）', 10_000],
    ['销售额(万元)', 10_000],
    ['销售额【万元】', 10_000],
    ['销售额/万元', 10_000],
    ['销售额万元', 10_000],
    ['销售额（万）', 10_000],
    ['Revenue (¥10k)', 10_000],
    ['Revenue (10,000 yuan)', 10_000],
    ['Revenue (RMB 10k)', 10_000],
    ['销售额（千元）', 1_000],
    ['Revenue (¥k)', 1_000],
    ['Revenue (thousands)', 1_000],
    ['销售额（百万元）', 1_000_000],
    ['Revenue (RMB million)', 1_000_000],
    ['销售额（亿元）', 100_000_000],
    ['销售额（元）', 1],
    ['销售额', 1],
    ['Revenue (USD)', 1],
    ['万科销售额', 1],
  ])('unitFactor(%j) = %i', (header, factor) => {
    expect(unitFactor(header)).toBe(factor);
  });

  it('scales without a floating-point tail', () => {
    expect(0.07 * 10_000).not.toBe(700);
    expect(scaled(0.07, 10_000)).toBe(700);
    expect(8.03 * 1_000).not.toBe(8030);
    expect(scaled(8.03, 1_000)).toBe(8030);
    expect(scaled(1.1, 10_000)).toBe(11_000);
    expect(scaled(-0.03, 10_000)).toBe(-300);
    expect(scaled(0.1 + 0.2, 1)).toBe(0.1 + 0.2);
  });

  it('scales amounts, never counts or rates, and only under a real header', () => {
    const rows: Cell[][] = [
      ['客户', '销售额（万元）', '订单数（万）', '回款率（万）'],
      ['甲', '1.2', '3', '0.9'],
    ];
    const shape = analyseTable(rows);
    if (!shape.ok) throw new Error(shape.error);
    const cleaned = cleanTable(rows, shape, ['name', 'revenue', 'orders', 'collections']);
    if (!cleaned.ok) throw new Error(cleaned.error);
    expect(cleaned.list.customers[0]?.values).toEqual({ revenue: 12_000, orders: 3, collections: 0.9 });
    expect(cleaned.list.report.scaledColumns).toEqual([{ column: '销售额（万元）', factor: 10_000 }]);
  });
});

describe('XLSX as applications save it (fixtures of scripts/generate-import-fixtures.mjs)', () => {
  it('LibreOffice Calc: shared strings, styles, date serials, formulas with cached values, a Total row', async () => {
    const { table, list } = await imported('libreoffice.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.mapping).toEqual(['name', 'revenue', 'grossProfit', 'costToServe', 'profit', null]);
    expect(byId(list)).toEqual([
      ['Northwind', { revenue: 600, grossProfit: 200, costToServe: 50, profit: 150 }],
      ['Contoso', { revenue: 300, grossProfit: 60, costToServe: 20, profit: 40 }],
      ['Fabrikam', { revenue: 100, grossProfit: 30, costToServe: 5, profit: 25 }],
    ]);
    // The date column is read as dates (shown as ISO text), not as serial numbers.
    expect(table.preview.map((row) => row[5])).toEqual(['2025-03-14', '2024-12-31', '2025-01-02']);
    expect(list.report).toMatchObject({ totalsRows: [{ row: 6, label: 'Total' }], emptySkipped: 1 });
  });

  it('WPS 表格: merged title cells above the header, 万元, Chinese date format, 合计 with SUM', async () => {
    const { table, list } = await imported('wps-report.xlsx');
    expect([table.headerRow, table.mapping]).toEqual([3, ['id', 'name', 'revenue', 'grossProfit', null]]);
    expect(byId(list)).toEqual([
      ['K001', { revenue: 125_000, grossProfit: 32_000 }],
      ['K002', { revenue: 80_300, grossProfit: 15_000 }],
      ['K003', { revenue: 4_567, grossProfit: 1_000 }],
    ]);
    expect(table.preview.map((row) => row[4])).toEqual(['2025-06-30', '2025-07-01', '2025-05-20']);
    expect(list.report).toMatchObject({
      totalsRows: [{ row: 8, label: '合计' }],
      titleLines: [
        { row: 1, text: '2025 年客户销售报表' },
        { row: 2, text: '编制部门：华东大区' },
      ],
      scaledColumns: [
        { column: '销售额（万元）', factor: 10_000 },
        { column: '毛利（万元）', factor: 10_000 },
      ],
    });
  });

  it("Google Sheets' download: a hidden first sheet, numbers written 1200.0, a formula, ISO dates as text", async () => {
    const { table, list } = await imported('google-sheets.xlsx');
    expect(table.mapping).toEqual(['name', 'revenue', 'profit', 'orders', null]);
    expect(byId(list)).toEqual([
      ['Alpha Ltd', { revenue: 1200, profit: 300, orders: 12 }],
      ['Beta Inc', { revenue: 800, profit: -50, orders: 4 }],
      ['Gamma plc', { revenue: 500, profit: 120.5, orders: 9 }],
    ]);
    expect(list.report).toMatchObject({ totalsCount: 0, titleLines: [], scaledColumns: [] });
  });
});

describe('files LibreOffice Calc itself saved (scripts/fixtures-libreoffice.sh)', () => {
  // Worked by hand from sources/saved-by-libreoffice.fods: 36.5 万 = 365,000; 9.12 万 = 91,200;
  // 12.08 万 = 120,800; −0.6 万 = −6,000; 0.35 万 = 3,500; 0.07 万 = 700. The 毛利率 formula column
  // and the date column are read but map to no measure; row 7 is blank, row 8 the 合计 of SUMs.
  const customers = [
    ['H001', { revenue: 365_000, grossProfit: 91_200 }],
    ['H002', { revenue: 120_800, grossProfit: -6_000 }],
    ['H003', { revenue: 3_500, grossProfit: 700 }],
  ];
  const report = {
    rowsKept: 3,
    emptySkipped: 1,
    totalsRows: [{ row: 8, label: '合计' }],
    titleLines: [
      { row: 1, text: '2025 年客户销售汇总' },
      { row: 2, text: '编制：华南大区销售部' },
    ],
    scaledColumns: [
      { column: '销售额（万元）', factor: 10_000 },
      { column: '毛利（万元）', factor: 10_000 },
    ],
  };

  it('"Excel 2007-365" export: shared strings, merged title cells, number formats, formulas, dates', async () => {
    const { table, list } = await imported('saved-by-libreoffice.xlsx');
    expect([table.format, table.headerRow]).toEqual(['xlsx', 2]);
    expect(table.mapping).toEqual(['id', 'name', 'revenue', 'grossProfit', null, null]);
    expect(byId(list)).toEqual(customers);
    // The formula's cached value is read, and the date cell as a date, not the serial 45989.
    expect(table.preview.map((row) => [row[4], row[5]])).toEqual([
      ['0.24986301369863', '2025-11-28'],
      ['-0.0496688741721854', '2025-10-03'],
      ['0.2', '2024-12-31'],
    ]);
    expect(list.report).toMatchObject(report);
  });

  it('"Text CSV" as Unicode: UTF-16LE with a BOM, tabs, LF, quoted text, numbers as formatted (36.50)', async () => {
    const { table, list } = await imported('saved-by-libreoffice-unicode.txt');
    expect([table.encoding, table.delimiter, table.format, table.headerRow]).toEqual([
      'utf-16le',
      '\t',
      'csv',
      2,
    ]);
    expect(table.mapping).toEqual(['id', 'name', 'revenue', 'grossProfit', null, null]);
    expect(byId(list)).toEqual(customers);
    expect(list.report).toMatchObject(report);
  });
});
