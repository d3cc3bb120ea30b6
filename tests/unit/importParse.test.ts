/**
 * The small import functions: numbers, encodings, binary files, delimiters, headers, the mapping
 * and profitOf. Tables of hand-checked cases, and fast-check properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksBinary, magicKind } from '@/lib/import/binary';
import { detectDelimiter } from '@/lib/import/delimiter';
import { decodeText, detectEncoding } from '@/lib/import/encoding';
import { guessMapping, normaliseHeader, recogniseHeader } from '@/lib/import/headers';
import { checkMapping, needsMapping, setField } from '@/lib/import/mapping';
import { parseNumber, toHalfWidth, usesDecimalComma } from '@/lib/import/numbers';
import { profitOf } from '@/lib/import/profit';
import { encodeGb18030 } from '../../scripts/generate-import-fixtures.mjs';

describe('parseNumber', () => {
  it.each([
    ['1234', false, 1234],
    ['1,234.50', false, 1234.5],
    ['¥1,234', false, 1234],
    ['￥1,234', false, 1234],
    ['$99', false, 99],
    ['(120)', false, -120],
    ['($1,200.75)', false, -1200.75],
    ['-¥120', false, -120],
    ['¥-120', false, -120],
    ['120-', false, -120],
    ['12%', false, 0.12],
    ['12.5%', false, 0.125],
    ['１２３４', false, 1234],
    ['１，２３４．５', false, 1234.5],
    ['（１２０）', false, -120],
    ['1 234.5', false, 1234.5],
    ['1\u00a0234', false, 1234],
    ['1.234,50', true, 1234.5],
    ['1234,5', true, 1234.5],
    ['-0,75', true, -0.75],
    ['12,5%', true, 0.125],
    ['1.5万', false, 15000],
    ['2亿', false, 200000000],
    ['1.2E+05', false, 120000],
    ['5000元', false, 5000],
    ['RMB 300', false, 300],
    ['−42', false, -42],
    ['.5', false, 0.5],
    [' 7 ', false, 7],
    [42, false, 42],
    [-3.5, false, -3.5],
  ] as const)('%j (decimal comma %s) is %d', (cell, comma, expected) => {
    expect(parseNumber(cell, comma)).toBeCloseTo(expected, 10);
  });

  it.each(['', '  ', '-', '--', '—', 'N/A', '#N/A', 'null', null, undefined])('%j is missing', (cell) => {
    expect(parseNumber(cell)).toBeNull();
  });

  it.each(['abc', '12abc', '1,23', '1.2.3', '¥', '()', '%', '1,234.5', 'NaN', 'Infinity'])(
    '%j is not a number',
    (cell) => {
      // '1,234.5' is a number only in dot-decimal files; here each case is read as the table says.
      const comma = cell === '1,234.5';
      expect(parseNumber(cell, comma)).toBeNaN();
    },
  );

  it('formats a number with Intl (en, zh, de, accounting, currency) and reads it back', () => {
    const cents = fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100);
    fc.assert(
      fc.property(cents, (value) => {
        const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        const zh = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(value);
        const de = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(value);
        const accounting = new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency: 'USD',
          currencySign: 'accounting',
        }).format(value);
        expect(parseNumber(en)).toBeCloseTo(value, 6);
        expect(parseNumber(zh)).toBeCloseTo(value, 6);
        expect(parseNumber(de, true)).toBeCloseTo(value, 6);
        expect(parseNumber(accounting)).toBeCloseTo(value, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('reads full-width digits as their half-width twins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (value) => {
        const wide = String(value).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(toHalfWidth(wide)).toBe(String(value));
        expect(parseNumber(wide)).toBe(value);
      }),
    );
  });

  it('String(x) reads back as x for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumber(String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('usesDecimalComma', () => {
  it.each([
    [['1,5', '2,25'], ',', true],
    [['1.5', '2.25'], ';', false],
    [['1.234,56'], ',', true],
    [['1,234.56'], ';', false],
    [['100', '200'], ';', true],
    [['100', '200'], ',', false],
  ] as const)('%j with %j → %s', (cells, delimiter, expected) => {
    expect(usesDecimalComma(cells, delimiter)).toBe(expected);
  });
});

describe('encodings', () => {
  const chinese = '客户名称,销售额\n华东机械,"¥1,234"\n';
  it('detects UTF-8 with and without a BOM, UTF-16 by its BOM, and GB18030 otherwise', () => {
    const utf8 = new TextEncoder().encode(chinese);
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('utf-8-bom');
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(detectEncoding(encodeGb18030('客户名称,销售额\n'))).toBe('gb18030');
    expect(detectEncoding(new TextEncoder().encode('plain ascii'))).toBe('utf-8');
  });

  it('decodes each encoding to the same text, without the BOM', () => {
    const text = '客户名称,销售额\n华东机械,1234\n';
    const utf8 = new TextEncoder().encode(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    for (const bytes of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), encodeGb18030(text), utf16]) {
      const result = decodeText(bytes);
      expect(result.ok && result.text).toBe(text);
    }
  });

  it('GB18030 round trip: any text of common Chinese and ASCII decodes as it was written', () => {
    const char = fc.constantFrom(
      ...'客户名称销售额毛利润服务成本订单数回款率增长潜力战略价值华东机械有限公司abcXYZ0123456789,.;-（）￥'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 80 }), (chars) => {
        const text = `客户${chars.join('')}`;
        const result = decodeText(encodeGb18030(text));
        expect(result.ok && result.encoding).toBe('gb18030');
        expect(result.ok && result.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [new Uint8Array(0), 'import.error.empty'],
    [new TextEncoder().encode('  \n\n'), 'import.error.empty'],
    [new Uint8Array([0x61, 0, 0x62, 0x63]), 'import.error.binary'],
  ] as const)('rejects %j with %s', (bytes, error) => {
    expect(decodeText(bytes)).toEqual({ ok: false, error });
  });
});

describe('binary files', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 1], 'zip'],
    [[0xd0, 0xcf, 0x11, 0xe0, 1], 'ole'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], 'pdf'],
    [[0x61, 0x62, 0x63, 0x64], undefined],
  ] as const)('%j is %s', (bytes, kind) => {
    expect(magicKind(new Uint8Array(bytes))).toBe(kind);
  });

  it('NUL bytes or many control characters make a file binary; tabs and line ends do not', () => {
    expect(looksBinary(new TextEncoder().encode('a\tb\r\nc\td\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x61, 0x00]))).toBe(true);
    expect(
      looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 1 : 0x61)))),
    ).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = [...text]
          .filter((c) => (c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f) || '\t\n\r'.includes(c))
          .join('');
        expect(looksBinary(new TextEncoder().encode(clean))).toBe(false);
      }),
    );
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['name;revenue\nA;1,5\nB;2,25\n', ';'],
    ['name\trevenue\nA\t1,234.50\nB\t2,000\n', '\t'],
    ['"a,b";c\n"x,y";z\n', ';'],
    ['single\n1\n2\n', ','],
    ['', ','],
  ] as const)('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('finds the delimiter of any generated table', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[A-Za-z客户华东 ]{1,8}$/),
      fc.integer({ min: 0, max: 1e6 }).map(String),
      fc.integer({ min: 0, max: 1e6 }).map((n) => (n / 100).toFixed(2)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(cell, { minLength: 120, maxLength: 120 }),
        (delimiter, columns, rows, cells) => {
          const lines = Array.from({ length: rows + 1 }, (_, r) =>
            Array.from({ length: columns }, (_, c) => cells[(r * columns + c) % cells.length]).join(
              delimiter,
            ),
          );
          expect(detectDelimiter(lines.join('\n'))).toBe(delimiter);
        },
      ),
    );
  });
});

describe('headers', () => {
  it.each([
    ['客户', 'name'],
    ['客户名称', 'name'],
    ['客户编号', 'id'],
    ['Customer', 'name'],
    ['Account', 'name'],
    ['ID', 'id'],
    ['Customer ID', 'id'],
    ['customer_id', 'id'],
    ['Name', 'name'],
    ['销售额', 'revenue'],
    ['销售额（元）', 'revenue'],
    ['收入', 'revenue'],
    ['营业额', 'revenue'],
    ['Revenue (USD)', 'revenue'],
    ['SALES', 'revenue'],
    ['毛利', 'grossProfit'],
    ['毛利润', 'grossProfit'],
    ['Gross Profit', 'grossProfit'],
    ['gross_profit', 'grossProfit'],
    ['利润', 'profit'],
    ['净利', 'profit'],
    ['Profit', 'profit'],
    ['服务成本', 'costToServe'],
    ['Cost to serve', 'costToServe'],
    ['cost_to_serve', 'costToServe'],
    ['订单数', 'orders'],
    ['采购频次', 'orders'],
    ['Orders', 'orders'],
    ['Frequency', 'orders'],
    ['回款', 'collections'],
    ['回款率', 'collections'],
    ['Collections', 'collections'],
    ['Payment on time', 'collections'],
    ['增长潜力', 'growthPotential'],
    ['潜力', 'growthPotential'],
    ['Growth potential', 'growthPotential'],
    ['战略价值', 'strategicValue'],
    ['Strategic value', 'strategicValue'],
    ['２０２４年销售额', 'revenue'],
    ['毛利率', undefined],
    ['区域', undefined],
    ['', undefined],
  ] as const)('%j → %s', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  it('normalises case, width, brackets and separators', () => {
    expect(normaliseHeader(' Revenue（ＵＳＤ） ')).toBe('revenue');
    expect(normaliseHeader('Cost-to-Serve')).toBe('costtoserve');
  });

  it('maps each field to the first column that names it', () => {
    expect(guessMapping(['客户名称', '销售额', '收入', '区域', '毛利'])).toEqual([
      'name',
      'revenue',
      null,
      null,
      'grossProfit',
    ]);
  });
});

describe('mapping', () => {
  it('setField moves a field from its old column', () => {
    expect(setField(['name', 'revenue', null], 2, 'revenue')).toEqual(['name', null, 'revenue']);
    expect(setField(['name', 'revenue', null], 1, null)).toEqual(['name', null, null]);
  });

  it.each([
    [['name', 'revenue'], false, { ok: true, mapping: ['name', 'revenue'] }],
    [['id', null, 'revenue'], false, { ok: true, mapping: ['id', null, 'revenue'] }],
    [[null, 'revenue'], false, { ok: false, error: 'import.error.noCustomer' }],
    [[null, 'revenue'], true, { ok: true, mapping: [null, 'revenue'] }],
    [['name', 'profit'], false, { ok: false, error: 'import.error.noRevenue' }],
    [['name', 'revenue', 'revenue'], false, { ok: false, error: 'import.error.duplicateField' }],
  ] as const)('%j (customer optional %s)', (mapping, optional, expected) => {
    expect(checkMapping([...mapping], optional)).toEqual(expected);
    expect(needsMapping([...mapping], optional)).toBe(!expected.ok);
  });

  it('after any sequence of settings each field is on one column at most', () => {
    const field = fc.constantFrom('id', 'name', 'revenue', 'profit', 'grossProfit', null);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), field), { maxLength: 30 }), (steps) => {
        let mapping = Array.from({ length: 6 }, () => null) as (string | null)[];
        for (const [column, f] of steps) mapping = setField(mapping as never, column, f as never);
        const used = mapping.filter((f) => f !== null);
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });
});

describe('profitOf', () => {
  it.each([
    [{ profit: 10, grossProfit: 50, costToServe: 20 }, 10],
    [{ grossProfit: 50, costToServe: 20 }, 30],
    [{ grossProfit: 50 }, 50],
    [{ grossProfit: -5, costToServe: 20 }, -25],
    [{ costToServe: 20 }, undefined],
    [{ revenue: 100 }, undefined],
  ])('%j → %s', (values, expected) => {
    expect(profitOf({ values })).toBe(expected);
  });
});
