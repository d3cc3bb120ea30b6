#!/usr/bin/env node
/**
 * `npm run datasets`: writes the sample customer lists in content/datasets/ from seeded
 * generators, so the files can be re-created exactly. Each is a plausible business of its kind;
 * every figure is illustrative.
 */
import { writeFileSync } from 'node:fs';
import { loadTs } from './loadTs.mjs';

const { generateCustomers } = await loadTs('../src/lib/analysis/generate.ts');

export const datasets = [
  // An industrial supplier: few large plants buy most; high margin, high cost to serve.
  {
    file: 'industrial-supplier-120.csv',
    n: 120,
    seed: 1101,
    distribution: 'lognormal',
    shape: 1.35,
    medianRevenue: 380_000,
    margin: 0.3,
    fixedCost: 30_000,
    prefix: 'IS',
  },
  // A distributor: many accounts, thin margins, a long tail that costs more than it earns.
  {
    file: 'distributor-300.csv',
    n: 300,
    seed: 2202,
    distribution: 'pareto',
    shape: 1.25,
    medianRevenue: 150_000,
    margin: 0.14,
    fixedCost: 9_000,
    prefix: 'DS',
  },
  // A software vendor: subscriptions, high margins, a handful of enterprise accounts.
  {
    file: 'software-vendor-60.csv',
    n: 60,
    seed: 3303,
    distribution: 'lognormal',
    shape: 1.6,
    medianRevenue: 90_000,
    margin: 0.7,
    fixedCost: 20_000,
    prefix: 'SW',
  },
];

for (const { file, ...options } of datasets) {
  const rows = generateCustomers(options);
  const lines = ['customer_id,revenue,gross_profit,cost_to_serve,orders'];
  for (const c of rows) lines.push([c.id, c.revenue, c.grossProfit, c.costToServe, c.orders].join(','));
  writeFileSync(new URL(`../content/datasets/${file}`, import.meta.url), `${lines.join('\n')}\n`);
  const losses = rows.filter((c) => c.profit < 0).length;
  console.log(`${file}: ${rows.length} customers, ${losses} loss-makers`);
}
