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

/**
 * Net total of a sorted array: every value, returns (negative values) included. This is what the
 * books show, and the base of every share on the page.
 */
export function netTotal(sorted: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < sorted.length; i += 1) total += sorted[i] as number;
  return total;
}

/**
 * How many customers the top `fraction` (0–1) of `n` customers is: ceil(fraction × n), at least one
 * when n ≥ 1, at most n. A product within a relative 1e-9 of a whole number counts as that number,
 * so floating error cannot push 20% × 10 (= 2.0000000000000004 in floating point) up to 3, while
 * 20% × 4,372 = 874.4 still gives 875, as a spreadsheet's ROUNDUP does.
 */
export function topCount(n: number, fraction: number): number {
  if (!(n >= 1)) return 0;
  const f = Math.min(Math.max(Number.isFinite(fraction) ? fraction : 0, 0), 1);
  const product = f * n;
  const nearest = Math.round(product);
  const count = Math.abs(product - nearest) <= 1e-9 * Math.max(1, product) ? nearest : Math.ceil(product);
  return Math.min(n, Math.max(1, count));
}

/**
 * Row indices in rank order: largest value first, equal values in file order (a stable sort, the
 * rule the page states), rows without a finite value last, in file order. The CSV export's ranks
 * and the top-X% customers follow this order.
 */
export function rankOrder(values: ArrayLike<number>): number[] {
  const indices = Array.from({ length: values.length }, (_, i) => i);
  const key = (i: number) => {
    const value = values[i] as number;
    return Number.isFinite(value) ? value : -Infinity;
  };
  // Array.prototype.sort is stable (ES2019), and the comparator never returns NaN (rows without a
  // finite value compare equal to each other and below every number), so ties keep file order.
  return indices.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? 0 : kb > ka ? 1 : -1;
  });
}

/** The rows of the top `fraction` (0–1): the first ceil(fraction × n) of rankOrder, n finite values. */
export function topCustomers(values: ArrayLike<number>, fraction: number): number[] {
  let finite = 0;
  for (let i = 0; i < values.length; i += 1) if (Number.isFinite(values[i] as number)) finite += 1;
  return rankOrder(values).slice(0, topCount(finite, fraction));
}
