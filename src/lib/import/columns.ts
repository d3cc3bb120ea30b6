/**
 * An imported list as the columns the analyses take: ids, names, revenue (missing counts as 0)
 * and profit by `profitOf` (missing counts as 0), or no profit column at all when the file had
 * neither profit nor gross profit.
 */
import { profitOf } from './profit';
import type { ImportedList } from './types';

export interface ListColumns {
  ids: string[];
  names: string[];
  /** A plain array here; the Float64Array the import worker made when it comes from there. */
  revenue: ArrayLike<number>;
  profit: ArrayLike<number> | undefined;
}

// Columns computed where the list was made (in a worker), kept with the list they belong to.
const known = new WeakMap<ImportedList, ListColumns>();

/** Records columns already computed for `list` (by a worker), so `listColumns` returns them. */
export function rememberColumns(list: ImportedList, columns: ListColumns): void {
  known.set(list, columns);
}

export function listColumns(list: ImportedList): ListColumns {
  const cached = known.get(list);
  if (cached) return cached;
  const hasProfit = list.fields.includes('profit') || list.fields.includes('grossProfit');
  const ids: string[] = [];
  const names: string[] = [];
  const revenue: number[] = [];
  const profit: number[] | undefined = hasProfit ? [] : undefined;
  for (const customer of list.customers) {
    ids.push(customer.id);
    names.push(customer.name);
    revenue.push(customer.values.revenue ?? 0);
    profit?.push(profitOf(customer) ?? 0);
  }
  return { ids, names, revenue, profit };
}
