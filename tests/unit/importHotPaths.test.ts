/**
 * The checks run on every cell or row of an import, written by character codes instead of
 * regular expressions for speed (issue 16): each must answer exactly as the expression it
 * replaced, which these tests compare on every UTF-16 code unit and on exhaustive short strings.
 */
import { describe, expect, it } from 'vitest';
import { isSimpleNumber, parseNumber, simpleNumberValue } from '@/lib/import/numbers';
import { isSpaceCode, isTotalsLabel, mayBeTotals } from '@/lib/import/reportStyle';
import { analyseTable } from '@/lib/import/table';

/** The expressions as they were before the fast paths. */
const SIMPLE = /^-?\d+(?:\.\d+)?$/;
const MAY_BE_TOTALS = /^[\s\u3000]*[合总小共累汇tsgoTSGOｔｓｇｏＴＳＧＯ]/;

/** Every string of up to `length` characters over `alphabet`. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  yield '';
  let level = [''];
  for (let n = 1; n <= length; n += 1) {
    const next: string[] = [];
    for (const prefix of level) for (const char of alphabet) next.push(prefix + char);
    yield* next;
    level = next;
  }
}

describe('isSimpleNumber', () => {
  it('matches /^-?\\d+(?:\\.\\d+)?$/ on every string of up to 6 characters over "-0.9a +,\\n"', () => {
    let checked = 0;
    const differ: string[] = [];
    for (const text of strings(['-', '0', '.', '9', 'a', ' ', '+', ',', '\n'], 6)) {
      if (isSimpleNumber(text) !== SIMPLE.test(text)) differ.push(text);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(500_000);
    expect(differ).toEqual([]);
  });

  it('matches it on digits outside ASCII and on long numbers', () => {
    const samples = [
      '１２３',
      '١٢٣',
      '12３',
      '-0',
      '007',
      '1.',
      '.5',
      '-.5',
      '1..2',
      '1.2.3',
      '5e3',
      'Infinity',
    ];
    for (let code = 0; code < 0x10000; code += 1) samples.push(`1${String.fromCharCode(code)}2`);
    samples.push('9'.repeat(400), `-${'1'.repeat(30)}.${'0'.repeat(30)}`);
    expect(samples.filter((text) => isSimpleNumber(text) !== SIMPLE.test(text))).toEqual([]);
    // "-0", "007", "1d2" for the ten ASCII digits d, "1.2" and the two long ones.
    expect(samples.filter((text) => isSimpleNumber(text)).length).toBe(15);
  });

  it('simpleNumberValue is Number(text) to the bit on every plain number of up to 7 characters', () => {
    const differ: string[] = [];
    let checked = 0;
    for (const text of strings(['-', '0', '1', '5', '9', '.'], 7)) {
      if (!SIMPLE.test(text)) continue;
      checked += 1;
      if (!Object.is(simpleNumberValue(text), Number(text))) differ.push(text);
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  });

  it('simpleNumberValue is Number(text) on 200,000 random decimals of 1 to 20 digits', () => {
    let seed = 99;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const differ: string[] = [];
    for (let n = 0; n < 200_000; n += 1) {
      const length = 1 + Math.floor(random() * 20);
      let digits = '';
      for (let i = 0; i < length; i += 1) digits += String(Math.floor(random() * 10));
      const point = Math.floor(random() * length);
      const text = `${random() < 0.2 ? '-' : ''}${point === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`}`;
      if (!Object.is(simpleNumberValue(text), Number(text))) differ.push(text);
    }
    for (const text of [
      '0.1',
      '0.2',
      '0.3',
      '123456789012345',
      '1234567890123456',
      '9007199254740993',
      '0.000000000000001',
      '99999999999999.9',
      '-0',
      '-0.0',
      '1'.repeat(400),
    ])
      if (!Object.is(simpleNumberValue(text), Number(text))) differ.push(text);
    expect(differ).toEqual([]);
    expect(simpleNumberValue('1e5')).toBeNaN();
    expect(simpleNumberValue('')).toBeNaN();
  });

  it('leaves parseNumber reading what it read', () => {
    expect(parseNumber('-0')).toBe(-0);
    expect(parseNumber('007')).toBe(7);
    expect(parseNumber('1.')).toBe(1);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('１２３')).toBe(123);
    expect(parseNumber('1..2')).toBeNaN();
  });
});

describe('mayBeTotals', () => {
  it('isSpaceCode agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    let spaces = 0;
    for (let code = 0; code < 0x10000; code += 1) {
      const space = /\s/.test(String.fromCharCode(code));
      if (isSpaceCode(code) !== space) differ.push(code);
      if (space) spaces += 1;
    }
    expect(differ).toEqual([]);
    expect(spaces).toBe(25);
  });

  it('agrees with the expression on every code unit, alone, after a letter and after spaces', () => {
    const differ: string[] = [];
    let may = 0;
    for (let code = 0; code < 0x10000; code += 1) {
      const char = String.fromCharCode(code);
      for (const text of [char, `${char}计`, ` ${char}`, `\u3000\u3000${char}x`, `${char} 合`]) {
        const expected = MAY_BE_TOTALS.test(text);
        if (mayBeTotals(text) !== expected) differ.push(text);
        if (expected) may += 1;
      }
    }
    expect(differ).toEqual([]);
    expect(may).toBeGreaterThan(100);
    expect(mayBeTotals('')).toBe(false);
  });

  it('still lets isTotalsLabel find spaced-out and full-width labels', () => {
    for (const label of ['合计', ' 合 计', '\u3000总计：', 'Grand total', 'ＴＯＴＡＬ', '\t小计（华东）'])
      expect(isTotalsLabel(label), label).toBe(true);
    for (const name of ['华东机械', 'Customer 1', ' C01', 'Total Logistics Ltd'])
      expect(isTotalsLabel(name), name).toBe(false);
  });
});

describe('analyseTable: a header alone', () => {
  it('is one whatever the number of empty rows below it, and is not once any row below is filled', () => {
    const header = ['客户', '销售额'];
    const empty = (n: number) => Array.from({ length: n }, () => ['', ' ']);
    expect(analyseTable([header, ...empty(1000)])).toEqual({ ok: false, error: 'import.error.headerOnly' });
    const lastFilled = analyseTable([header, ...empty(100), ['甲', '100']]);
    expect(lastFilled.ok && lastFilled.headerRow).toBe(0);
    // Beyond the 200 rows sampled for number columns, a filled row is data but no column is numeric.
    expect(analyseTable([header, ...empty(1000), ['甲', '100']])).toEqual({
      ok: false,
      error: 'import.error.noNumeric',
    });
  });
});
