/**
 * Per tier: how many customers, and what share of the list's revenue and profit they hold (the
 * tier pyramid's figures). Shares are of the list's total, so a tier of loss-makers has a negative
 * profit share and the four shares still add up to 100%; with a total of zero or less a share is
 * undefined (there is nothing to take a share of). Missing values count as zero.
 */
import { tiers } from './tierCriteria';

export interface TierFigures {
  count: number;
  revenue: number;
  profit: number;
  revenueShare: number | undefined;
  profitShare: number | undefined;
}

export function tierSummary(
  tierOf: Uint8Array,
  revenue: Float64Array | undefined,
  profit: Float64Array | undefined,
): TierFigures[] {
  const sums = tiers.map(() => ({ count: 0, revenue: 0, profit: 0 }));
  let totalRevenue = 0;
  let totalProfit = 0;
  for (let i = 0; i < tierOf.length; i += 1) {
    const sum = sums[tierOf[i] as number];
    if (!sum) continue;
    sum.count += 1;
    const r = revenue ? (revenue[i] as number) : 0;
    const p = profit ? (profit[i] as number) : 0;
    if (Number.isFinite(r)) {
      sum.revenue += r;
      totalRevenue += r;
    }
    if (Number.isFinite(p)) {
      sum.profit += p;
      totalProfit += p;
    }
  }
  return sums.map((s) => ({
    ...s,
    revenueShare: revenue && totalRevenue > 0 ? s.revenue / totalRevenue : undefined,
    profitShare: profit && totalProfit > 0 ? s.profit / totalProfit : undefined,
  }));
}
