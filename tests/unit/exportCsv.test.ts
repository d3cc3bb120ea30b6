import { describe, expect, it } from 'vitest';
import { csvField, resultsCsv } from '@/lib/analysis/exportCsv';

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
});
