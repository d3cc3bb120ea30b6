#!/usr/bin/env node
/**
 * `npm run bench:import` (after `npm run build`): importing a 200,000-row CSV (about 8 MB, made
 * here, never committed) in Chromium.
 *   1. Time: our import (decode + detect + papaparse + structure + cleaning, src/lib/import/)
 *      against papaparse's bare parse of the same text, in the same page, median of 5 runs each,
 *      alternated. Target: ratio ≤ 1.5.
 *   2. Responsiveness: the real tools page imports the file through its file input (a Web Worker
 *      does the work); a PerformanceObserver records long tasks on the main thread from the moment
 *      the file is chosen until the figures are on screen. Target: longest ≤ 200 ms.
 * Prints a table; it is a benchmark, not a test.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { findChromium } from './find-chromium.mjs';
import { bigCsv } from './generate-import-fixtures.mjs';

const ROWS = 200_000;
const RUNS = 5;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'en/tools/pareto/index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const csvPath = join(work, 'customers-200k.csv');
const csv = bigCsv(ROWS);
writeFileSync(csvPath, csv);
const megabytes = Buffer.byteLength(csv) / 1024 / 1024;

// The import functions and papaparse in one script for the page.
const bundle = await build({
  stdin: {
    contents: `
      import Papa from 'papaparse';
      import { readBytes } from './src/lib/import/readTable.ts';
      import { cleanTable } from './src/lib/import/clean.ts';
      window.benchImport = { Papa, readBytes, cleanTable };`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  format: 'iife',
  write: false,
  platform: 'browser',
  target: 'es2022',
});
const script = bundle.outputFiles[0].text;

const files = sirv(dist, { dev: false, extensions: ['html'] });
const server = createServer((request, response) => {
  if (request.url === '/bench.csv') {
    response.writeHead(200, { 'content-type': 'text/csv' });
    return response.end(csv);
  }
  return files(request, response, () => {
    response.writeHead(404);
    response.end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

try {
  // 1. Parse + clean against papaparse's bare parse, same page, same text.
  const page = await browser.newPage();
  await page.goto(`${origin}/404.html`);
  await page.addScriptTag({ content: script });
  const timing = await page.evaluate(async (runs) => {
    const { Papa, readBytes, cleanTable } = window.benchImport;
    const bytes = new Uint8Array(await (await fetch('/bench.csv')).arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const bare = [];
    const ours = [];
    let customers = 0;
    for (let i = 0; i < runs + 1; i += 1) {
      let start = performance.now();
      const parsed = Papa.parse(text);
      const bareTime = performance.now() - start;
      if (parsed.data.length < 200_000) throw new Error('bare parse read too few rows');
      start = performance.now();
      const read = await readBytes(bytes);
      if (!read.ok) throw new Error(read.error);
      const cleaned = cleanTable(read.table.rows, read.table, read.table.mapping);
      if (!cleaned.ok) throw new Error(cleaned.error);
      const ourTime = performance.now() - start;
      customers = cleaned.list.customers.length;
      // The first round warms up.
      if (i > 0) {
        bare.push(bareTime);
        ours.push(ourTime);
      }
    }
    return { bare: median(bare), ours: median(ours), customers };
  }, RUNS);
  await page.close();

  // 2. The real page: long tasks on the main thread while the file is imported.
  const tools = await browser.newPage();
  await tools.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await tools.goto(`${origin}/en/tools/pareto/`);
  await tools.getByLabel('Data', { exact: true }).selectOption('import');
  const input = tools.getByLabel('Choose a file…');
  await input.waitFor();
  await tools.waitForTimeout(500);
  const from = await tools.evaluate(() => performance.now());
  await input.setInputFiles(csvPath);
  await tools.locator('.imported').filter({ hasText: '200,000' }).waitFor({ timeout: 120_000 });
  await tools.locator('.result').waitFor();
  const ui = await tools.evaluate((start) => {
    const tasks = window.__longTasks.filter((t) => t.start + t.duration >= start);
    return {
      wall: performance.now() - start,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      count: tasks.length,
    };
  }, from);
  const progressSeen = await tools.locator('.report').isVisible();

  const rows = [
    ['file', `${ROWS.toLocaleString('en')} rows, ${megabytes.toFixed(1)} MB`],
    ['papaparse bare parse (ms, median of 5)', timing.bare.toFixed(0)],
    ['our parse + clean (ms, median of 5)', timing.ours.toFixed(0)],
    ['ratio (target ≤ 1.5)', (timing.ours / timing.bare).toFixed(2)],
    ['customers after cleaning', timing.customers.toLocaleString('en')],
    ['tools page: file chosen → figures shown (ms)', ui.wall.toFixed(0)],
    ['tools page: long tasks on the main thread', String(ui.count)],
    ['tools page: longest main-thread task (ms, target ≤ 200)', ui.longest.toFixed(0)],
    ['tools page: report shown', progressSeen ? 'yes' : 'no'],
  ];
  console.log('\nmeasure | value\n--- | ---:');
  for (const [name, value] of rows) console.log(`${name} | ${value}`);
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
