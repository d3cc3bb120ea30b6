import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '@/lib/analysis/radixSort';
import { rememberSorted, sortedAscending } from '@/lib/analysis/sorted';

describe('sortFloat64', () => {
  it('sorts like the native sort, above and below the radix threshold (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: false }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 1 }),
        (list, big) => {
          // Repeat the list past the radix threshold for half the runs.
          const values = Float64Array.from(big ? Array.from({ length: 70 }, () => list).flat() : list);
          const input = Float64Array.from(values);
          const expected = Float64Array.from(values).sort();
          const actual = sortFloat64(input);
          expect(Array.from(actual)).toEqual(Array.from(expected));
          expect(Array.from(input)).toEqual(Array.from(values));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('orders negatives, zeros and extremes in a large array', () => {
    const values = new Float64Array(50_000);
    for (let i = 0; i < values.length; i += 1) values[i] = ((i * 7919) % 1000) - 500 + (i % 3) * 0.25;
    values[10] = -Infinity;
    values[20] = Infinity;
    values[30] = -0;
    const sorted = sortFloat64(values);
    expect(sorted[0]).toBe(-Infinity);
    expect(sorted[sorted.length - 1]).toBe(Infinity);
    for (let i = 1; i < sorted.length; i += 1) expect(sorted[i]! >= sorted[i - 1]!).toBe(true);
  });
});

describe('sortedAscending', () => {
  it('drops non-finite values and sorts the rest', () => {
    expect(Array.from(sortedAscending([3, NaN, -1, Infinity, 2]))).toEqual([-1, 2, 3]);
  });

  it('returns a sorted copy remembered for the same array, and sorts any other array itself', () => {
    const values = [3, 1, 2];
    const fromWorker = Float64Array.from([1, 2, 3]);
    rememberSorted(values, fromWorker);
    expect(sortedAscending(values)).toBe(fromWorker);
    const equalButOther = [3, 1, 2];
    const sorted = sortedAscending(equalButOther);
    expect(sorted).not.toBe(fromWorker);
    expect(Array.from(sorted)).toEqual([1, 2, 3]);
  });
});
