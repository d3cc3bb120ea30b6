import { describe, expect, it } from 'vitest';
import { resultsCsv } from '@/lib/analysis/exportCsv';
import { rankOrder, topCustomers } from '@/lib/analysis/sorted';
import { topShare } from '@/lib/analysis/pareto';

// Six customers in file order; B, D and E tie at 20, C and F at 5 (net total 120).
const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
const revenue = [50, 20, 5, 20, 20, 5];
const names = (rows: number[]) => rows.map((i) => ids[i]).join('');

describe('ranking with ties keeps the file order', () => {
  it('ranks largest first, equal revenue in file order', () => {
    // 50 (A); the 20s in file order B, D, E; the 5s in file order C, F.
    expect(names(rankOrder(revenue))).toBe('ABDECF');
  });

  it.each([
    // ceil(20% × 6) = ceil(1.2) = 2: A and the first 20 in the file, B.
    { x: 20, top: 'AB', share: 70 / 120 },
    // ceil(50% × 6) = 3: the boundary falls inside the tie; B and D (earlier in the file) are in, E is not.
    { x: 50, top: 'ABD', share: 90 / 120 },
    // ceil(51% × 6) = ceil(3.06) = 4: now E too.
    { x: 51, top: 'ABDE', share: 110 / 120 },
    // ceil(67% × 6) = ceil(4.02) = 5: the tied 5s split, C (earlier) in, F out.
    { x: 67, top: 'ABDEC', share: 115 / 120 },
  ])('top $x%: $top', ({ x, top, share }) => {
    expect(names(topCustomers(revenue, x / 100))).toBe(top);
    // The same count and share as the page's figure.
    const figure = topShare(revenue, x / 100);
    expect(figure.count).toBe(top.length);
    expect(figure.share).toBeCloseTo(share, 12);
  });

  it('the file order, not the id, decides: reversing the file reverses the tied customers', () => {
    const reversed = [...revenue].reverse(); // F C E D B... → ids F E D C B A at positions 0–5
    const reversedIds = [...ids].reverse();
    expect(
      topCustomers(reversed, 0.5)
        .map((i) => reversedIds[i])
        .join(''),
    ).toBe('AED');
  });

  it('rows without a finite value rank last, in file order, and do not count towards n', () => {
    expect(rankOrder([Number.NaN, 3, Infinity, 3, 7])).toEqual([4, 1, 3, 0, 2]);
    // n = 3 finite values; ceil(50% × 3) = 2.
    expect(topCustomers([Number.NaN, 3, 3, 7], 0.5)).toEqual([3, 1]);
  });

  it('the CSV download ranks tied customers in file order', () => {
    const text = resultsCsv(
      ids.map((id, i) => ({ id, revenue: revenue[i] ?? 0, abc: 'A' as const })),
      ['customer', 'revenue', 'profit', 'rank', 'ABC'],
    );
    const ranked = text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(ranked.map((f) => `${f[0]}${f[3]}`)).toEqual(['A1', 'B2', 'D3', 'E4', 'C5', 'F6']);
  });
});
