#!/usr/bin/env node
/**
 * `npm run bench:tiers`: the time to re-score and re-tier 100,000 customers after a weight change
 * (weighted score, method 2 by target shares and by thresholds, method 1, the lead rule, the
 * current / potential matrix, both pyramids' figures and the comparison: one call of classify).
 * The normalised columns are computed once beforehand, as in the classifier, where they change
 * only with the list or the normalisation. Target: median under 50 ms. A benchmark, not a test.
 */
import { loadTs } from './loadTs.mjs';

const { generateCustomers } = await loadTs('../src/lib/analysis/generate.ts');
const { classify } = await loadTs('../src/lib/analysis/tierClassifier.ts');
const { normaliseAll } = await loadTs('../src/lib/analysis/weightedScore.ts');
const { fromRows, availableCriteria } = await loadTs('../src/lib/analysis/tierInput.ts');
const { seededScores } = await loadTs('../src/lib/analysis/seededScores.ts');
const { defaultTierSettings } = await loadTs('../src/lib/analysis/tierState.ts');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const n = 100_000;
const customers = generateCustomers({ n, seed: 42, distribution: 'lognormal', shape: 1.2 });
const ids = customers.map((c) => c.id);
const scores = seededScores(
  ids,
  customers.map((c) => c.revenue),
  customers.map((c) => c.profit / Math.max(1, c.revenue)),
  1,
);
const data = fromRows({
  ids,
  names: ids,
  columns: {
    revenue: customers.map((c) => c.revenue),
    grossProfit: customers.map((c) => c.grossProfit),
    profit: customers.map((c) => c.profit),
    costToServe: customers.map((c) => c.costToServe),
    orders: customers.map((c) => c.orders),
    collections: scores.map((s) => s.collections),
    growthPotential: scores.map((s) => s.growthPotential),
    strategicValue: scores.map((s) => s.strategicValue),
  },
});
const available = availableCriteria(data);

console.log('normalisation | method 2 by | normalise once (ms) | re-score and re-tier, median (ms) | runs');
console.log('--- | --- | ---: | ---: | ---:');
for (const norm of ['minmax', 'rank']) {
  const start = performance.now();
  const normalised = normaliseAll(data, norm);
  const normaliseTime = performance.now() - start;
  for (const mode of ['shares', 'thresholds']) {
    const times = [];
    for (let run = 0; run < 25; run += 1) {
      // A different weight on revenue each run, the others adjusted: what a slider does.
      const revenueWeight = 10 + (run % 7) * 10;
      const rest = 100 - revenueWeight;
      const weights = {
        revenue: revenueWeight,
        grossProfit: Math.round(rest / 2),
        collections: rest - Math.round(rest / 2),
      };
      const t = performance.now();
      classify(data, normalised, available, { ...defaultTierSettings, norm, mode, weights });
      times.push(performance.now() - t);
    }
    const warm = times.slice(5);
    console.log(
      `${norm} | ${mode} | ${normaliseTime.toFixed(1)} | ${median(warm).toFixed(1)} | ${warm.length}`,
    );
  }
}
console.log(`\n${n.toLocaleString('en')} customers, 8 criteria. Target: re-score and re-tier under 50 ms.`);
