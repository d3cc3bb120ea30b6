/**
 * The whole import on the fixture files of tests/fixtures/import/ (readBytes → cleanTable), the
 * table structure (analyseTable), cleaning (cleanTable) and the columns the analyses take.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTable } from '@/lib/import/clean';
import { analyseCustomers } from '@/lib/analysis/customerAnalysis';
import { listColumns, type ListColumns } from '@/lib/import/columns';
import { MAX_BYTES, MAX_COLUMNS } from '@/lib/import/limits';
import { packList, packStrings, unpackList, unpackStrings } from '@/lib/import/pack';
import { firstVisibleSheet, readBytes, readPaste, type ParsedTable } from '@/lib/import/readTable';
import { analyseTable, columnLetter, headerlessMapping } from '@/lib/import/table';
import type { Cell, ImportedList } from '@/lib/import/types';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

/** Columns with plain arrays (the worker's come as Float64Arrays), for comparing values. */
const plain = (columns: ListColumns) => ({
  ...columns,
  revenue: Array.from(columns.revenue),
  profit: columns.profit && Array.from(columns.profit),
});

async function table(bytes: Uint8Array): Promise<ParsedTable> {
  const read = await readBytes(bytes);
  if (!read.ok) throw new Error(read.error);
  return read.table;
}

async function importFile(name: string): Promise<ImportedList> {
  const parsed = await table(fixture(name));
  const cleaned = cleanTable(parsed.rows, parsed, parsed.mapping);
  if (!cleaned.ok) throw new Error(cleaned.error);
  return cleaned.list;
}

const revenueOf = (list: ImportedList) =>
  Object.fromEntries(list.customers.map((c) => [c.id, c.values.revenue]));

describe('fixture files', () => {
  it('GB18030 with Chinese headers, ￥ and (120), a duplicate and an empty row', async () => {
    const parsed = await table(fixture('gb18030-customers.csv'));
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.header).toEqual(['客户编号', '客户名称', '销售额（元）', '毛利', '服务成本']);
    expect(parsed.mapping).toEqual(['id', 'name', 'revenue', 'grossProfit', 'costToServe']);
    const list = await importFile('gb18030-customers.csv');
    expect(list.customers).toHaveLength(10);
    expect(revenueOf(list)).toEqual({
      C01: 5000,
      C02: 2000,
      C03: 1000,
      C04: 800,
      C05: 500,
      C06: 300,
      C07: 200,
      C08: 100,
      C09: 60,
      C10: 40,
    });
    expect(list.customers.find((c) => c.id === 'C03')).toEqual({
      id: 'C03',
      name: '北方重工',
      values: { revenue: 1000, grossProfit: 300, costToServe: 80 },
    });
    expect(list.customers.find((c) => c.id === 'C09')?.values.grossProfit).toBe(-120);
    expect(list.report).toMatchObject({
      rowsRead: 12,
      rowsKept: 11,
      emptySkipped: 1,
      duplicates: [{ id: 'C03', rows: 2 }],
      duplicateCount: 1,
      negativeRevenue: [],
      badCellCount: 0,
    });
    expect(list.fields).toEqual(['id', 'name', 'revenue', 'grossProfit', 'costToServe']);
    const columns = listColumns(list);
    expect(Array.from(columns.revenue).reduce((a, b) => a + b, 0)).toBe(10000);
    // C09: gross profit (120) less cost to serve 10.
    expect(columns.profit?.[columns.ids.indexOf('C09')]).toBe(-130);
  });

  it('semicolons, a BOM and decimal commas', async () => {
    const parsed = await table(fixture('semicolon-bom.csv'));
    expect(parsed.encoding).toBe('utf-8-bom');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.decimalComma).toBe(true);
    expect(parsed.header[0]).toBe('Customer');
    const list = await importFile('semicolon-bom.csv');
    expect(list.customers.map((c) => c.values)).toEqual([
      { revenue: 1234.5, grossProfit: 400.25, costToServe: 100 },
      { revenue: 2000, grossProfit: 500, costToServe: 250.5 },
      { revenue: 765.5, grossProfit: -10.25, costToServe: 80 },
    ]);
    expect(list.customers[0]?.name).toBe('Müller GmbH');
  });

  it('tab-separated with $ and (50)', async () => {
    const parsed = await table(fixture('customers.tsv'));
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.mapping).toEqual(['name', 'revenue', 'profit', 'orders']);
    const list = await importFile('customers.tsv');
    expect(list.customers.map((c) => [c.id, c.values.revenue, c.values.profit, c.values.orders])).toEqual([
      ['Alpha Ltd', 1200, 300, 12],
      ['Beta Inc', 800, -50, 4],
      ['Gamma plc', 500, 120, 9],
    ]);
  });

  it('XLSX with inline strings and no styles.xml or sharedStrings.xml (a library export), 4,372 rows', async () => {
    const list = await importFile('inline-strings.xlsx');
    expect(list.customers).toHaveLength(4372);
    // Revenue 1 … 4372: the total is 4372 × 4373 / 2.
    expect(list.customers.reduce((sum, c) => sum + (c.values.revenue ?? 0), 0)).toBe(9_559_378);
    expect(list.customers.find((c) => c.values.revenue === 4372)?.id).toBe('K4372');
  });

  it('XLSX whose first sheet is hidden: the first visible sheet is read', async () => {
    const list = await importFile('hidden-first-sheet.xlsx');
    expect(list.customers.map((c) => [c.id, c.values.revenue])).toEqual([
      ['Alpha', 700],
      ['Beta', 300],
    ]);
  });

  it.each([
    ['<sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets>', 1],
    ['<sheets><sheet name="a" state="hidden" r:id="rId1"/><sheet name="b" r:id="rId2"/></sheets>', 2],
    ['<sheets><sheet state=\'veryHidden\'/><sheet state="hidden"/><sheet state="visible"/></sheets>', 3],
    ['<sheets><sheet state="hidden"/></sheets>', 1],
  ])('firstVisibleSheet(%s) = %i', (xml, expected) => {
    expect(firstVisibleSheet(xml)).toBe(expected);
  });

  it('XLSX through read-excel-file', async () => {
    const parsed = await table(fixture('customers.xlsx'));
    expect(parsed.format).toBe('xlsx');
    expect(parsed.mapping).toEqual(['name', 'revenue', 'grossProfit', 'costToServe']);
    const list = await importFile('customers.xlsx');
    expect(listColumns(list)).toEqual({
      ids: ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware'],
      names: ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware'],
      revenue: [600, 200, 100, 60, 40],
      profit: [150, -10, 20, 15, 8],
    });
  });

  it('hostile names stay exactly as written (they are rendered as text, never parsed)', async () => {
    const list = await importFile('hostile-names.csv');
    expect(list.customers.map((c) => c.name)).toEqual([
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '<b>bold</b> & co',
      '=HYPERLINK("http://example.invalid")',
    ]);
    expect(list.report.duplicates).toEqual([{ id: '<script>alert(1)</script>', rows: 2 }]);
    expect(list.report.negativeRevenue).toEqual(['=HYPERLINK("http://example.invalid")']);
  });

  it('duplicates summed, negative revenue kept, a bad cell reported by row and column', async () => {
    const list = await importFile('duplicates-negative.csv');
    expect(revenueOf(list)).toEqual({ A1: 150.75, B2: -40, C3: undefined });
    expect(list.customers.find((c) => c.id === 'A1')?.values.profit).toBe(16);
    expect(list.report).toMatchObject({
      rowsRead: 6,
      rowsKept: 5,
      emptySkipped: 1,
      duplicates: [{ id: 'A1', rows: 3 }],
      negativeRevenue: ['B2'],
      negativeCount: 1,
      badCells: [{ row: 6, column: 'revenue', value: 'n/a?' }],
      badCellCount: 1,
      missingRevenue: 1,
    });
  });

  it.each([
    ['empty.csv', 'import.error.empty'],
    ['header-only.csv', 'import.error.headerOnly'],
    ['no-numeric.csv', 'import.error.noNumeric'],
    ['binary.csv', 'import.error.binary'],
  ])('%s ends with %s', async (name, error) => {
    expect(await readBytes(fixture(name))).toEqual({ ok: false, error });
  });

  it('other bad inputs: an old .xls, a PDF, a broken zip, too large, too many columns', async () => {
    expect(await readBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({
      ok: false,
      error: 'import.error.unsupported',
    });
    expect(await readBytes(new TextEncoder().encode('%PDF-1.7\n'))).toEqual({
      ok: false,
      error: 'import.error.binary',
    });
    expect(await readBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      error: 'import.error.unreadable',
    });
    expect(await readBytes(new Uint8Array(MAX_BYTES + 1))).toEqual({
      ok: false,
      error: 'import.error.tooLarge',
    });
    const wide = `${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')}\n${Array.from(
      { length: MAX_COLUMNS + 1 },
      (_, i) => i,
    ).join(',')}\n`;
    expect(await readBytes(new TextEncoder().encode(wide))).toEqual({
      ok: false,
      error: 'import.error.tooManyColumns',
    });
  });
});

describe('pasted cells', () => {
  it('with a header, tab-separated', async () => {
    const read = await readPaste('客户\t销售额\t利润\n甲公司\t1,000\t100\n乙公司\t500\t-20\n');
    expect(read.ok && read.table.mapping).toEqual(['name', 'revenue', 'profit']);
  });

  it('without a header: the first text column is the customer, then revenue, profit', async () => {
    const read = await readPaste('甲公司\t1,000\t100\n乙公司\t500\t(20)\n');
    if (!read.ok) throw new Error(read.error);
    expect(read.table.headerRow).toBe(-1);
    expect(read.table.header).toEqual(['A', 'B', 'C']);
    expect(read.table.mapping).toEqual(['name', 'revenue', 'profit']);
    const cleaned = cleanTable(read.table.rows, read.table, read.table.mapping);
    expect(
      cleaned.ok && cleaned.list.customers.map((c) => [c.id, c.values.revenue, c.values.profit]),
    ).toEqual([
      ['甲公司', 1000, 100],
      ['乙公司', 500, -20],
    ]);
  });

  it('numbers only: customers numbered by row, total rows read reported', async () => {
    const read = await readPaste('300\n200\n\n100\n');
    if (!read.ok) throw new Error(read.error);
    const cleaned = cleanTable(read.table.rows, read.table, read.table.mapping);
    if (!cleaned.ok) throw new Error(cleaned.error);
    expect(cleaned.list.customers.map((c) => [c.id, c.values.revenue])).toEqual([
      ['#1', 300],
      ['#2', 200],
      ['#4', 100],
    ]);
    expect(cleaned.list.report).toMatchObject({ rowsRead: 4, rowsKept: 3, emptySkipped: 1, missingIds: [] });
  });

  it.each([
    ['', 'import.error.empty'],
    ['a\u0001b\u0002c\u0003', 'import.error.binary'],
    ['客户\t销售额\n', 'import.error.headerOnly'],
  ])('%j ends with %s', async (text, error) => {
    expect(await readPaste(text)).toEqual({ ok: false, error });
  });
});

describe('analyseTable', () => {
  it('skips a title line above the header', () => {
    const rows: Cell[][] = [['2024 年客户销售表'], [], ['客户名称', '销售额'], ['甲', '100']];
    const shape = analyseTable(rows);
    expect(shape.ok && [shape.headerRow, shape.mapping]).toEqual([2, ['name', 'revenue']]);
  });

  it('an unrecognised header is kept for the mapping step', () => {
    const shape = analyseTable([
      ['Kunde', 'Umsatz'],
      ['A', '10'],
    ]);
    expect(shape.ok && [shape.headerRow, shape.header, shape.mapping, shape.numeric]).toEqual([
      0,
      ['Kunde', 'Umsatz'],
      [null, null],
      [false, true],
    ]);
  });

  it('ignores trailing empty columns', () => {
    const shape = analyseTable([
      ['name', 'revenue', '', ''],
      ['A', '10', '', ''],
    ]);
    expect(shape.ok && shape.columns).toBe(2);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('headerless mapping: first text column, then numeric columns as revenue and profit', () => {
    expect(headerlessMapping([true, false, true, true, true])).toEqual([
      'revenue',
      'name',
      'profit',
      null,
      null,
    ]);
    expect(headerlessMapping([false, false, true])).toEqual(['name', null, 'revenue']);
  });
});

describe('cleanTable properties', () => {
  const shapeOf = (header: string[]) => ({
    headerRow: 0,
    header,
    decimalComma: false,
    numeric: [false, true],
  });

  it('revenue is conserved: the sum over customers equals the sum over rows, duplicates or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E'), fc.integer({ min: -1e6, max: 1e6 })), {
          maxLength: 60,
        }),
        (pairs) => {
          const rows: Cell[][] = [
            ['customer', 'revenue'],
            ...pairs.map(([id, cents]) => [id, (cents / 100).toFixed(2)]),
          ];
          const cleaned = cleanTable(rows, shapeOf(['customer', 'revenue']), ['name', 'revenue']);
          if (!cleaned.ok) throw new Error(cleaned.error);
          const { customers, report } = cleaned.list;
          const rowTotal = pairs.reduce((sum, [, cents]) => sum + cents, 0) / 100;
          const customerTotal = customers.reduce((sum, c) => sum + (c.values.revenue ?? 0), 0);
          expect(customerTotal).toBeCloseTo(rowTotal, 6);
          expect(customers.length).toBe(new Set(pairs.map(([id]) => id)).size);
          expect(report.rowsKept).toBe(pairs.length);
          expect(report.duplicateCount).toBe(
            customers.filter((c) => pairs.filter(([id]) => id === c.id).length > 1).length,
          );
          expect(report.negativeRevenue.sort()).toEqual(
            customers
              .filter((c) => (c.values.revenue ?? 0) < 0)
              .map((c) => c.id)
              .sort(),
          );
        },
      ),
    );
  });

  it('a cell that is not a number is reported with its spreadsheet row and never fatal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('x?'), fc.integer().map(String)), { minLength: 1, maxLength: 30 }),
        (cells) => {
          const rows: Cell[][] = [['customer', 'revenue'], ...cells.map((cell, i) => [`c${i}`, cell])];
          const cleaned = cleanTable(rows, shapeOf(['customer', 'revenue']), ['name', 'revenue']);
          if (!cleaned.ok) throw new Error(cleaned.error);
          const expected = cells.flatMap((cell, i) => (cell === 'x?' ? [i + 2] : []));
          expect(cleaned.list.report.badCells.map((b) => b.row)).toEqual(expected.slice(0, 50));
          expect(cleaned.list.customers).toHaveLength(cells.length);
        },
      ),
    );
  });

  it('averages rates over duplicated rows, sums amounts and counts', () => {
    const rows: Cell[][] = [
      ['客户', '销售额', '订单数', '回款率'],
      ['甲', '100', '2', '90%'],
      ['甲', '50', '3', '70%'],
    ];
    const cleaned = cleanTable(
      rows,
      { headerRow: 0, header: rows[0] as string[], decimalComma: false, numeric: [false, true, true, true] },
      ['name', 'revenue', 'orders', 'collections'],
    );
    expect(cleaned.ok && cleaned.list.customers[0]?.values).toEqual({
      revenue: 150,
      orders: 5,
      collections: 0.8,
    });
  });

  it('reports progress', () => {
    const rows: Cell[][] = [
      ['customer', 'revenue'],
      ...Array.from({ length: 100 }, (_, i) => [`c${i}`, String(i)]),
    ];
    const seen: number[] = [];
    cleanTable(rows, shapeOf(['customer', 'revenue']), ['name', 'revenue'], {
      onProgress: (f) => seen.push(f),
      progressEvery: 25,
    });
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
  });
});

describe('pack / unpack (the worker hand-over)', () => {
  it('strings survive packing, empty ones and markup included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 40 }), (strings) => {
        expect(unpackStrings(packStrings(strings))).toEqual(strings);
      }),
    );
  });

  it('a cleaned list comes back with the same customers, and columns equal to listColumns', async () => {
    for (const name of [
      'gb18030-customers.csv',
      'semicolon-bom.csv',
      'customers.tsv',
      'customers.xlsx',
      'hostile-names.csv',
      'duplicates-negative.csv',
    ]) {
      const list = await importFile(name);
      const { list: back, columns } = unpackList(packList(list));
      expect(back.customers).toEqual(list.customers);
      expect(back.fields).toEqual(list.fields);
      expect(back.report).toEqual(list.report);
      expect(plain(columns)).toEqual(plain(listColumns(list)));
    }
  });

  it('any list of values: columns follow profitOf, missing counts as 0', () => {
    const value = fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value, value), { minLength: 1, maxLength: 30 }), (rows) => {
        const list: ImportedList = {
          customers: rows.map(([revenue, profit, grossProfit, costToServe], i) => ({
            id: `c${i}`,
            name: `c${i}`,
            values: Object.fromEntries(
              Object.entries({ revenue, profit, grossProfit, costToServe }).filter(
                ([, v]) => v !== undefined,
              ),
            ),
          })),
          fields: ['id', 'name', 'revenue', 'grossProfit', 'profit', 'costToServe'],
          report: {} as ImportedList['report'],
        };
        const { list: back, columns } = unpackList(packList(list));
        expect(plain(columns)).toEqual(plain(listColumns(list)));
        expect(back.customers).toEqual(list.customers);
      }),
    );
  });

  it("the worker's sorted columns are the columns sorted, and the page's analyses give the same figures with them", () => {
    const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 60 }), (rows) => {
        const list: ImportedList = {
          customers: rows.map(([revenue, profit], i) => ({
            id: `c${i}`,
            name: `c${i}`,
            values: Object.fromEntries(
              Object.entries({ revenue, profit }).filter(([, v]) => v !== undefined),
            ),
          })),
          fields: ['id', 'revenue', 'profit'],
          report: {} as ImportedList['report'],
        };
        const packed = packList(list);
        const expected = listColumns(list);
        expect(Array.from(packed.chart.sortedRevenue)).toEqual(
          Array.from(Float64Array.from(expected.revenue).sort()),
        );
        expect(Array.from(packed.chart.sortedProfit ?? [])).toEqual(
          Array.from(Float64Array.from(expected.profit ?? []).sort()),
        );
        // The unpacked columns carry the worker's sorted copies; fresh arrays are sorted here.
        const { columns } = unpackList(packed);
        const withCopies = analyseCustomers(columns.revenue, columns.profit);
        const sortedHere = analyseCustomers(Array.from(expected.revenue), Array.from(expected.profit ?? []));
        const figures = (a: typeof withCopies) => ({
          total: a.total,
          gini: a.gini,
          abc: a.abc,
          pareto: a.pareto,
          whale: a.whale,
          top20: a.topShare(0.2),
        });
        expect(figures(withCopies)).toEqual(figures(sortedHere));
      }),
    );
  });

  it('a list with neither profit nor gross profit has no profit column, sorted or not', () => {
    const list: ImportedList = {
      customers: [
        { id: 'a', name: 'a', values: { revenue: 5 } },
        { id: 'b', name: 'b', values: { revenue: 2, costToServe: 1 } },
      ],
      fields: ['id', 'revenue', 'costToServe'],
      report: {} as ImportedList['report'],
    };
    const packed = packList(list);
    expect(packed.chart.profit).toBeNull();
    expect(packed.chart.sortedProfit).toBeNull();
    expect(Array.from(packed.chart.sortedRevenue)).toEqual([2, 5]);
    expect(unpackList(packed).columns.profit).toBeUndefined();
  });
});
