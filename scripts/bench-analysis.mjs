#!/usr/bin/env node
/**
 * `npm run bench:analysis`: the time to analyse n customers (Pareto, Lorenz, Gini, ABC and the
 * whale curve, through analyseCustomers) against the time to sort the same n numbers with
 * Float64Array.prototype.sort, for 10k, 100k and 1M customers. Target: ratio ≤ 2.
 * Prints figures; it is a benchmark, not a test. Median of several runs after a warm-up.
 */
import { loadTs } from './loadTs.mjs';

const { analyseCustomers } = await loadTs('../src/lib/analysis/customerAnalysis.ts');
const { generateCustomers } = await loadTs('../src/lib/analysis/generate.ts');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

console.log('customers | sort (ms) | analysis (ms) | ratio');
console.log('---: | ---: | ---: | ---:');
for (const n of [10_000, 100_000, 1_000_000]) {
  const customers = generateCustomers({ n, seed: 42, distribution: 'lognormal', shape: 1.2 });
  const revenue = Float64Array.from(customers, (c) => c.revenue);
  const profit = Float64Array.from(customers, (c) => c.profit);
  const runs = n >= 1_000_000 ? 5 : 15;
  time(() => analyseCustomers(revenue, profit), 2);
  const sort = time(() => Float64Array.from(revenue).sort(), runs);
  const analysis = time(() => analyseCustomers(revenue, profit), runs);
  console.log(
    `${n.toLocaleString('en')} | ${sort.toFixed(1)} | ${analysis.toFixed(1)} | ${(analysis / sort).toFixed(2)}`,
  );
}
