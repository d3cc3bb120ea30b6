/**
 * Sorting values once, fast (radix sort on a Float64Array, see ./radixSort.ts). Analyses share
 * the sorted copy.
 */
import { sortFloat64 } from './radixSort';

/** Finite values ascending, as a new Float64Array (non-finite values are dropped). */
export function sortedAscending(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i += 1) if (Number.isFinite(values[i] as number)) count += 1;
  const sorted = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isFinite(value)) sorted[j++] = value;
  }
  return sortFloat64(sorted);
}

/** Sum of the positive values of a sorted array. */
export function positiveTotal(sorted: Float64Array): number {
  let total = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const value = sorted[i] as number;
    if (value > 0) total += value;
  }
  return total;
}
