/**
 * A customer's profit, from whatever the file gave: the profit column if there is one, otherwise
 * gross profit less cost to serve, otherwise gross profit. Undefined when the file has none of them.
 */
import type { ImportedCustomer } from './types';

export function profitOf(customer: Pick<ImportedCustomer, 'values'>): number | undefined {
  const { profit, grossProfit, costToServe } = customer.values;
  if (profit !== undefined) return profit;
  if (grossProfit !== undefined) return costToServe !== undefined ? grossProfit - costToServe : grossProfit;
  return undefined;
}
