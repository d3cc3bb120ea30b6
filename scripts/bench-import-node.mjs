#!/usr/bin/env node
/**
 * `node scripts/bench-import-node.mjs [runs]`: the import pipeline of bench-import.mjs in Node,
 * without a browser, for profiling (`node --cpu-prof scripts/bench-import-node.mjs`) and for a
 * quick before/after comparison: the same 200,000-row file, papaparse's bare parse against our
 * readBytes + cleanTable, alternated, medians printed, plus each stage of ours timed on its own.
 * It is a benchmark, not a test.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { bigCsv } from './generate-import-fixtures.mjs';

const RUNS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await build({
  stdin: {
    contents: `
      import Papa from 'papaparse';
      export { Papa };
      export { readBytes } from './src/lib/import/readTable.ts';
      export { cleanTable } from './src/lib/import/clean.ts';
      export { decodeText } from './src/lib/import/encoding.ts';
      export { detectDelimiter } from './src/lib/import/delimiter.ts';
      export { parseDelimited } from './src/lib/import/parseText.ts';
      export { analyseTable } from './src/lib/import/table.ts';`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'node',
  target: 'es2022',
  logLevel: 'error',
});
const url = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`;
const { Papa, readBytes, cleanTable, decodeText, detectDelimiter, parseDelimited, analyseTable } =
  await import(url);

const csv = bigCsv(200_000);
const bytes = new TextEncoder().encode(csv);
const text = new TextDecoder().decode(bytes);
// CPU time of this process (user + system), less swayed than wall time by other processes on a
// shared machine; \`--wall\` measures wall time instead.
const wall = process.argv.includes('--wall');
const now = wall
  ? () => performance.now()
  : () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bare = [];
const ours = [];
const stages = { decode: [], delimiter: [], papaparse: [], analyse: [], clean: [] };
for (let i = 0; i < RUNS + 1; i += 1) {
  let start = now();
  const parsed = Papa.parse(text);
  const bareTime = now() - start;
  if (parsed.data.length < 200_000) throw new Error('bare parse read too few rows');
  start = now();
  const read = await readBytes(bytes);
  if (!read.ok) throw new Error(read.error);
  const cleaned = cleanTable(read.table.rows, read.table, read.table.mapping);
  if (!cleaned.ok) throw new Error(cleaned.error);
  const ourTime = now() - start;
  // The stages one by one.
  let t = now();
  const decoded = decodeText(bytes);
  const tDecode = now() - t;
  t = now();
  const delimiter = detectDelimiter(decoded.text);
  const tDelimiter = now() - t;
  t = now();
  const rows = await parseDelimited(decoded.text, delimiter);
  const tParse = now() - t;
  t = now();
  const shape = analyseTable(rows, delimiter);
  const tAnalyse = now() - t;
  t = now();
  cleanTable(rows, shape, shape.mapping);
  const tClean = now() - t;
  if (i > 0) {
    bare.push(bareTime);
    ours.push(ourTime);
    stages.decode.push(tDecode);
    stages.delimiter.push(tDelimiter);
    stages.papaparse.push(tParse);
    stages.analyse.push(tAnalyse);
    stages.clean.push(tClean);
  }
}
console.log(wall ? 'wall time' : 'CPU time (user + system)');
console.log(`papaparse bare (ms, median of ${RUNS}) | ${median(bare).toFixed(0)}`);
console.log(`ours readBytes + cleanTable (ms) | ${median(ours).toFixed(0)}`);
console.log(`ratio | ${(median(ours) / median(bare)).toFixed(2)}`);
for (const [name, values] of Object.entries(stages))
  console.log(`  ${name} (ms) | ${median(values).toFixed(1)}`);
