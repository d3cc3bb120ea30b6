/**
 * The customer profitability map: each customer's revenue (x) against profit (y), with the
 * average lines that split it into four quadrants, and the loss-makers picked out.
 */
export interface MapCustomer {
  id: string;
  name: string;
  revenue: number;
  profit: number;
}

export type Quadrant = 'bigProfitable' | 'smallProfitable' | 'bigUnprofitable' | 'smallUnprofitable';

export interface ProfitMap {
  customers: (MapCustomer & { quadrant: Quadrant; lossMaker: boolean })[];
  averageRevenue: number;
  averageProfit: number;
  lossMakers: number;
  counts: Record<Quadrant, number>;
  extent: { revenue: [number, number]; profit: [number, number] };
}

/** Above-average revenue is "big"; above-average profit is "profitable" (relative to the list). */
export function profitabilityMap(input: readonly MapCustomer[]): ProfitMap {
  const customers = input.filter((c) => Number.isFinite(c.revenue) && Number.isFinite(c.profit));
  const n = customers.length;
  const averageRevenue = n ? customers.reduce((sum, c) => sum + c.revenue, 0) / n : 0;
  const averageProfit = n ? customers.reduce((sum, c) => sum + c.profit, 0) / n : 0;
  const counts: Record<Quadrant, number> = {
    bigProfitable: 0,
    smallProfitable: 0,
    bigUnprofitable: 0,
    smallUnprofitable: 0,
  };
  let lossMakers = 0;
  let revenueRange: [number, number] = [Infinity, -Infinity];
  let profitRange: [number, number] = [Infinity, -Infinity];
  const placed = customers.map((customer) => {
    const big = customer.revenue >= averageRevenue;
    const profitable = customer.profit >= averageProfit;
    const quadrant: Quadrant = big
      ? profitable
        ? 'bigProfitable'
        : 'bigUnprofitable'
      : profitable
        ? 'smallProfitable'
        : 'smallUnprofitable';
    counts[quadrant] += 1;
    if (customer.profit < 0) lossMakers += 1;
    revenueRange = [Math.min(revenueRange[0], customer.revenue), Math.max(revenueRange[1], customer.revenue)];
    profitRange = [Math.min(profitRange[0], customer.profit), Math.max(profitRange[1], customer.profit)];
    return { ...customer, quadrant, lossMaker: customer.profit < 0 };
  });
  return {
    customers: placed,
    averageRevenue,
    averageProfit,
    lossMakers,
    counts,
    extent: n ? { revenue: revenueRange, profit: profitRange } : { revenue: [0, 1], profit: [0, 1] },
  };
}
