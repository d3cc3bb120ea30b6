/**
 * Seeded customer lists for the simulators: revenue drawn from a lognormal (sigma sets how
 * concentrated the list is) or a Pareto distribution (alpha, smaller = more concentrated), a gross
 * margin around a typical level, and a cost to serve with a fixed part, so small customers can lose
 * money, as real lists do. Same options and seed, same list.
 */
import { mulberry32 } from '../quiz/shuffle';

export interface GeneratedCustomer {
  id: string;
  name: string;
  revenue: number;
  grossProfit: number;
  costToServe: number;
  profit: number;
  orders: number;
}

export interface GenerateOptions {
  n: number;
  seed: number;
  distribution: 'lognormal' | 'pareto';
  /** Lognormal sigma (0.2–3) or Pareto alpha (0.8–4). */
  shape: number;
  /** Median annual revenue, in currency units. */
  medianRevenue?: number;
  /** Typical gross margin, 0–1. */
  margin?: number;
  /** Fixed cost to serve one customer a year. */
  fixedCost?: number;
  /** Id prefix, e.g. "S". */
  prefix?: string;
}

export const GENERATE_LIMITS = { minN: 10, maxN: 1_000_000 } as const;

function normal(random: () => number): number {
  // Box–Muller; 1 - u keeps the logarithm's argument above 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round = (value: number, step: number) => Math.round(value / step) * step;

export function generateCustomers(options: GenerateOptions): GeneratedCustomer[] {
  const n = Math.min(Math.max(Math.floor(options.n), GENERATE_LIMITS.minN), GENERATE_LIMITS.maxN);
  const random = mulberry32(options.seed);
  const median = options.medianRevenue ?? 200_000;
  const margin = options.margin ?? 0.25;
  const fixed = options.fixedCost ?? 12_000;
  const width = String(n).length;
  const customers: GeneratedCustomer[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const revenue =
      options.distribution === 'lognormal'
        ? median * Math.exp(options.shape * normal(random))
        : (median / 2 ** (1 / options.shape)) * (1 - random()) ** (-1 / options.shape);
    const customerMargin = Math.min(0.6, Math.max(0.02, margin + 0.07 * normal(random)));
    const rounded = Math.max(100, round(revenue, 100));
    const grossProfit = round(rounded * customerMargin, 100);
    const costToServe = round(fixed * (0.6 + 0.8 * random()) + rounded * (0.03 + 0.05 * random()), 100);
    const orders = Math.max(1, Math.round((rounded / median) * 12 * (0.5 + random())));
    const id = `${options.prefix ?? 'C'}${String(i + 1).padStart(width, '0')}`;
    customers[i] = {
      id,
      name: id,
      revenue: rounded,
      grossProfit,
      costToServe,
      profit: grossProfit - costToServe,
      orders,
    };
  }
  return customers;
}
