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
  revenue: number[];
  profit: number[] | undefined;
}

export function listColumns(list: ImportedList): ListColumns {
  const hasProfit = list.fields.includes('profit') || list.fields.includes('grossProfit');
  const n = list.customers.length;
  const ids = new Array<string>(n);
  const names = new Array<string>(n);
  const revenue = new Array<number>(n);
  const profit = hasProfit ? new Array<number>(n) : undefined;
  list.customers.forEach((customer, i) => {
    ids[i] = customer.id;
    names[i] = customer.name;
    revenue[i] = customer.values.revenue ?? 0;
    if (profit) profit[i] = profitOf(customer) ?? 0;
  });
  return { ids, names, revenue, profit };
}
