/**
 * What report-style sheets (the kind Chinese Excel users make for their managers) add around a
 * customer list, recognised so that it never becomes customers: a totals row (合计 / 总计 / 小计 /
 * Total / Grand total / Subtotal), title lines above the header, and amounts stated in 万元 or 千元
 * (or "¥10k") in a column's header, which must be scaled to yuan to compare with other lists.
 */
import { toHalfWidth } from './numbers';
import { cellText, isEmptyRow } from './table';
import type { Cell } from './types';

// Chinese sheets often space the two characters out to fill the cell ("合 计", or with an
// ideographic space), and a colon or a bracketed note may follow ("合计：", "总计(含税)").
const TOTALS =
  /^(?:合计|总计|小计|总合计|共计|累计|汇总|总和|total|totals|grandtotal|subtotal|sum|overalltotal)(?:[:：])?(?:[(（【[].*)?$/;

const MAY_BE_TOTALS = /^[\s\u3000]*[合总小共累汇tsgoTSGOｔｓｇｏＴＳＧＯ]/;
/** The characters a totals label can start with (MAY_BE_TOTALS after its leading spaces). */
const TOTALS_FIRST: ReadonlySet<number> = new Set(
  [...'合总小共累汇tsgoTSGOｔｓｇｏＴＳＧＯ'].map((char) => char.charCodeAt(0)),
);

/** Whether a UTF-16 code unit is one of the spaces of a regular expression's `\s`. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * MAY_BE_TOTALS.test(text), with the regular expression run only when the text starts with a
 * space: every row's label cells are tested, and a customer's name or id decides on its first
 * character.
 */
export function mayBeTotals(text: string): boolean {
  const first = text.charCodeAt(0);
  if (TOTALS_FIRST.has(first)) return true;
  return isSpaceCode(first) && MAY_BE_TOTALS.test(text);
}

/** Whether a cell's text labels a totals row ("合计", "合 计", "Grand total:", "小计（华东）"). */
export function isTotalsLabel(text: string): boolean {
  // A customer name is rarely this short or this long; the test stays cheap on every row.
  if (text.length === 0 || text.length > 30) return false;
  // Called on every row: most names fail on their first letter, before any normalising.
  if (!mayBeTotals(text)) return false;
  const key = toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s\u3000_\-.]+/g, '');
  return TOTALS.test(key);
}

/**
 * The factor a header's unit asks for: 10,000 for 万元 / 万 / "¥10k" / "10,000 yuan" / "10k yuan",
 * 1,000 for 千元 / "¥k" / "(k)" / "thousand", 1,000,000 for 百万元 / "m" / "million", 100,000,000
 * for 亿元; 1 otherwise. Only a unit written as such counts ("万科集团" is a name, not a unit):
 * the unit is in brackets or ends the header.
 */
export function unitFactor(header: string): number {
  const text = toHalfWidth(header).toLowerCase().replace(/\s+/g, '');
  const bracketed = [...text.matchAll(/[([【]([^)\]】]*)[)\]】]/g)].map((m) => m[1] ?? '');
  // "销售额/万元", "销售额-万元", "销售额万元" without brackets: the unit ends the header.
  const tail = /(?:[/\-:：]|^|(?<=[额入润利本]))(百万元|百万|万元|千元|亿元|万|千|亿)$/.exec(text)?.[1];
  for (const unit of tail === undefined ? bracketed : [...bracketed, tail]) {
    const u = unit.replace(/[¥￥$,，]|rmb|cny|yuan|元/g, '');
    if (/^(?:百万|m|mn|mio|million|millions)$/.test(u)) return 1_000_000;
    if (/^(?:亿|100m|100million)$/.test(u)) return 100_000_000;
    if (/^(?:万|10k|10000|10thousand|tenthousand|tenthousands)$/.test(u)) return 10_000;
    if (/^(?:千|k|1000|thousand|thousands|000s|'000)$/.test(u)) return 1_000;
  }
  return 1;
}

/** A value times a unit factor, without the floating-point tail (12.3456 万 = 123,456 yuan). */
export function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

/** The filled rows above the header (a report's title, date, department…) as row number and text. */
export function titleLines(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
): { row: number; text: string }[] {
  const lines: { row: number; text: string }[] = [];
  for (let r = 0; r < headerRow; r += 1) {
    const row = rows[r];
    if (isEmptyRow(row)) continue;
    const text = (row ?? [])
      .map(cellText)
      .filter((t) => t !== '')
      .join(' ')
      .slice(0, 60);
    lines.push({ row: r + 1, text });
  }
  return lines;
}
