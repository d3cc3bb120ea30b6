/**
 * Sorting values once, fast (radix sort on a Float64Array, see ./radixSort.ts). Analyses share
 * the sorted copy.
 */
import { sortFloat64 } from './radixSort';

// Sorted copies made elsewhere (an import's Web Worker sorts its columns off the page's thread),
// keyed by the array they were made from. Such arrays are never changed afterwards.
const presorted = new WeakMap<ArrayLike<number>, Float64Array>();

/**
 * Records `sorted` as the result of `sortedAscending(values)`, so analyses of `values` skip the
 * sort. The caller promises that `values` will not change.
 */
export function rememberSorted(values: ArrayLike<number>, sorted: Float64Array): void {
  presorted.set(values, sorted);
}

/**
 * Finite values ascending, as a Float64Array (non-finite values are dropped). Callers must not
 * change the result: it may be shared with other analyses of the same values.
 */
export function sortedAscending(values: ArrayLike<number>): Float64Array {
  const known = presorted.get(values);
  if (known) return known;
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
