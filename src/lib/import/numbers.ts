/**
 * Numbers as people type them in spreadsheets: `1,234.50`, `¥1,234`, `￥`, `$99`, `(120)` for a
 * negative, `12%`, full-width digits and punctuation (`１，２３４．５`), `1.234,50` when the file
 * uses a comma as decimal separator, `1.2万`. A dash or an empty cell is missing (null); anything
 * else that is not a number is NaN, so the caller can report the cell.
 */
import type { Cell } from './types';

const MISSING = new Set(['', '-', '--', '—', '–', 'n/a', 'na', '#n/a', 'null', 'none', '/', '无']);
const CURRENCY = /^(?:us\$|hk\$|rmb|cny|usd|eur|[¥$€£元])/i;
const CURRENCY_END = /(?:rmb|cny|usd|eur|[¥$€£元])$/i;
const DOT_DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^\.\d+$/;
const COMMA_DECIMAL = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?$|^,\d+$/;
const EXPONENT = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

/** Full-width ASCII (U+FF01–FF5E) to ASCII, the full-width yen sign and the minus sign too. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0xffe5) out += '¥';
    else if (code === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}

/**
 * Whether the text is a plain number, `-?\d+(?:\.\d+)?` and nothing else (ASCII digits, an
 * optional minus, an optional decimal point with digits after it): the common case.
 */
export function isSimpleNumber(text: string): boolean {
  return !Number.isNaN(simpleNumberValue(text));
}

/** 10 to the powers 0 … 22, each exactly a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain number (see isSimpleNumber), exactly `Number(text)`; NaN when the text is
 * not one. Tested on every cell of an import, so by character codes rather than a regular
 * expression, and without Number's general conversion when the digits allow: up to 15 digits
 * are an exact integer, and that integer divided by an exact power of ten is correctly rounded,
 * as Number's own reading is (the fast path of decimal-to-binary conversion).
 */
export function simpleNumberValue(text: string): number {
  const length = text.length;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const integer = i;
  let digits = 0;
  let code = 0;
  while (i < length && (code = text.charCodeAt(i)) >= 48 && code <= 57) {
    digits = digits * 10 + (code - 48);
    i += 1;
  }
  if (i === integer) return NaN;
  let decimals = 0;
  if (i < length) {
    if (code !== 46) return NaN;
    i += 1;
    const fraction = i;
    while (i < length && (code = text.charCodeAt(i)) >= 48 && code <= 57) {
      digits = digits * 10 + (code - 48);
      i += 1;
    }
    if (i === fraction || i < length) return NaN;
    decimals = i - fraction;
  }
  const count = length - integer - (decimals > 0 ? 1 : 0);
  if (count > 15) return Number(text);
  const value = decimals === 0 ? digits : digits / (POWERS_OF_TEN[decimals] as number);
  return negative ? -value : value;
}

/**
 * The number in a cell: a finite number, null when the cell is empty or a dash, NaN when it holds
 * something that is not a number. `decimalComma`: the file writes 1.234,50 for 1234.5.
 */
export function parseNumber(cell: Cell, decimalComma = false): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell === 'boolean' || cell instanceof Date) return NaN;
  // The common case first: a plain number.
  const simple = simpleNumberValue(cell);
  if (!Number.isNaN(simple)) return simple;
  let text = toHalfWidth(cell).replace(/[\s\u00a0\u2009\u202f']/g, '');
  if (MISSING.has(text.toLowerCase())) return null;
  let negative = false;
  let scale = 1;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  // Signs and currency in any order at the start: -¥120, ¥-120, +$5.
  for (let guard = 0; guard < 4; guard += 1) {
    const before = text;
    if (text.startsWith('-')) {
      negative = !negative;
      text = text.slice(1);
    } else if (text.startsWith('+')) text = text.slice(1);
    text = text.replace(CURRENCY, '');
    if (text === before) break;
  }
  if (text.endsWith('-')) {
    // 120- (a negative as some accounting systems write it)
    negative = !negative;
    text = text.slice(0, -1);
  }
  text = text.replace(CURRENCY_END, '');
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  } else if (text.endsWith('万')) {
    scale = 1e4;
    text = text.slice(0, -1);
  } else if (text.endsWith('亿')) {
    scale = 1e8;
    text = text.slice(0, -1);
  }
  if (text === '') return NaN;
  let plain: string;
  if (EXPONENT.test(text)) plain = text;
  else if (decimalComma) {
    if (!COMMA_DECIMAL.test(text)) return NaN;
    plain = text.replace(/\./g, '').replace(',', '.');
  } else {
    if (!DOT_DECIMAL.test(text)) return NaN;
    plain = text.replace(/,/g, '');
  }
  const value = Number(plain) * scale;
  if (!Number.isFinite(value)) return NaN;
  // Scaling by 0.01 must not leave 0.12000000000000001 behind.
  const rounded = scale === 1 ? value : Number(value.toPrecision(15));
  return negative ? -rounded : rounded;
}

const COMMA_EVIDENCE = /\d,\d{1,2}$|\d\.\d{3},\d/;
const DOT_EVIDENCE = /\d\.\d{1,2}$|\d,\d{3}\.\d/;

/**
 * Whether the cells of a table write decimals with a comma: decided by the cells that can only be
 * read one way (1,5 or 1.234,56 against 1.5 or 1,234.56); when nothing decides, a semicolon file
 * is taken to use decimal commas (that is why it uses semicolons).
 */
export function usesDecimalComma(cells: Iterable<Cell>, delimiter: string): boolean {
  let comma = 0;
  let dot = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string' || cell.length > 40) continue;
    const text = toHalfWidth(cell).trim();
    if (COMMA_EVIDENCE.test(text)) comma += 1;
    else if (DOT_EVIDENCE.test(text)) dot += 1;
  }
  if (comma !== dot) return comma > dot;
  return delimiter === ';';
}
