import { describe, expect, it } from 'vitest';
import { csvField, paretoCsv, resultsCsv } from '@/lib/analysis/exportCsv';

describe('CSV export', () => {
  it.each([
    { value: 'C01', expected: 'C01' },
    { value: 'a,b', expected: '"a,b"' },
    { value: 'say "hi"', expected: '"say ""hi"""' },
    { value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
    { value: '-5', expected: "'-5" },
    { value: -5, expected: '-5' },
    { value: '客户,甲', expected: '"客户,甲"' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ranks customers by revenue and writes a BOM for Excel', () => {
    const text = resultsCsv(
      [
        { id: 'small', revenue: 10, profit: -1, abc: 'C' },
        { id: 'big', revenue: 90, profit: 20, abc: 'A' },
      ],
      ['customer', 'revenue', 'profit', 'rank', 'ABC'],
    );
    expect(text).toBe('\ufeffcustomer,revenue,profit,rank,ABC\r\nbig,90,20,1,A\r\nsmall,10,-1,2,C\r\n');
  });

  // Five customers worked out by hand. Revenue (total 250): V 100 (0% before, A), W 80 (40%, A),
  // X 40 (72%, A), Y 20 (88%, B), Z 10 (96%, C). Profit, net of Z's loss (total 2 + 50 + 30 + 15
  // − 5 = 92): W 50 (0%, A), X 30 (50/92 = 54%, A), Y 15 (80/92 = 87%, B), V 2 (95/92 > 95%, C),
  // Z −5 (a loss, always C).
  const ids = ['V', 'W', 'X', 'Y', 'Z'];
  const revenue = [100, 80, 40, 20, 10];
  const profit = [2, 50, 30, 15, -5];

  it('ranks and classes by revenue in the revenue view, and says so in the header', () => {
    expect(paretoCsv(ids, revenue, profit, 'revenue')).toBe(
      '\ufeffcustomer,revenue,profit,rank by revenue,ABC by revenue\r\n' +
        'V,100,2,1,A\r\nW,80,50,2,A\r\nX,40,30,3,A\r\nY,20,15,4,B\r\nZ,10,-5,5,C\r\n',
    );
  });

  it('ranks and classes by profit in the profit view, and says so in the header', () => {
    expect(paretoCsv(ids, revenue, profit, 'profit')).toBe(
      '\ufeffcustomer,revenue,profit,rank by profit,ABC by profit\r\n' +
        'W,80,50,1,A\r\nX,40,30,2,A\r\nY,20,15,3,B\r\nV,100,2,4,C\r\nZ,10,-5,5,C\r\n',
    );
  });

  it('falls back to revenue, and names it, when the list has no profit column', () => {
    // Q 90 (0% before, A), P 10 (90% before, under 95%: B).
    expect(paretoCsv(['P', 'Q'], [10, 90], undefined, 'profit')).toBe(
      '\ufeffcustomer,revenue,profit,rank by revenue,ABC by revenue\r\nQ,90,,1,A\r\nP,10,,2,B\r\n',
    );
  });
});
