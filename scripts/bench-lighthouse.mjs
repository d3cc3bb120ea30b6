#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: Lighthouse (mobile settings: emulated phone, simulated slow 4G and
 * CPU) on the home page, a lesson, a tools page and the exam, against a production build served
 * locally, in Chromium. Prints the table and exits non-zero when a page misses the targets:
 * performance ≥ 95, accessibility, best practices and SEO 100. Not part of `npm test`.
 *
 * The build is made with SITE_URL set to the local server, as a real deployment sets it, so
 * canonical and hreflang links are absolute. The server takes a free port (BENCH_PORT to choose
 * one); CHROMIUM_PATH defaults to the search of scripts/find-chromium.mjs. Each page is measured
 * BENCH_RUNS times (default 3) and the run with the median performance score is reported, as
 * Lighthouse's own guidance suggests for a machine whose load varies. BENCH_PAGES=tools,exam
 * measures only the named rows. BENCH_JSON=DIR writes every run's Lighthouse report there
 * (NAME-RUN.json, for audits such as bootup-time, long-tasks or mainthread-work-breakdown) and
 * prints each run's score and Total Blocking Time.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { findChromium } from './find-chromium.mjs';

// Lighthouse and its launcher are large (hundreds of packages) and only this benchmark needs them,
// so they are installed on first use, at pinned versions, without touching package.json.
const LIGHTHOUSE = ['lighthouse@12.8.2', 'chrome-launcher@1.2.1'];
if (!existsSync(new URL('../node_modules/lighthouse/package.json', import.meta.url))) {
  console.log(`Installing ${LIGHTHOUSE.join(' and ')} for this benchmark (not saved to package.json)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const installed = spawnSync(npm, ['install', '--no-save', ...LIGHTHOUSE], { stdio: 'inherit' });
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
const chromeLauncher = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');

const outDir = mkdtempSync(join(tmpdir(), 'kas-lighthouse-'));
// The server starts first so the build can name its origin; it reads files as they are asked for.
// Text files are served gzip-compressed, as every static host serves them (the .gz copies are
// written after the build; sirv picks them when the browser accepts gzip).
const files = sirv(outDir, { dev: true, extensions: ['html'], gzip: true });
const server = createServer((request, response) =>
  files(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(join(outDir, '404.html')));
  }),
);
await new Promise((resolve) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const node = process.execPath;
const jsonDir = process.env.BENCH_JSON;
if (jsonDir) mkdirSync(jsonDir, { recursive: true });

console.log(`Building into ${outDir} with SITE_URL=${origin} …`);
const build = spawnSync(node, ['scripts/build.mjs', '--outDir', outDir], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, SITE_URL: origin, BASE_PATH: '/' },
});
if (build.status !== 0) {
  server.close();
  process.exit(build.status ?? 1);
}

const compressible = /\.(html|css|js|mjs|json|svg|webmanifest|xml|txt)$/;
for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }))
  if (compressible.test(file))
    writeFileSync(join(outDir, `${file}.gz`), gzipSync(readFileSync(join(outDir, file)), { level: 9 }));

const toolsDir = join(outDir, 'zh', 'tools');
// A real simulator page (the Pareto explorer when it exists), not the tools index.
const toolPages = existsSync(toolsDir)
  ? readdirSync(toolsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];
const tool = toolPages.includes('pareto') ? 'pareto' : toolPages[0];
const onlyPages = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
const pages = [
  ['home', '/zh/'],
  ['lesson', '/zh/learn/m01-key-accounts/01-pareto/'],
  tool ? ['tools', `/zh/tools/${tool}/`] : ['glossary (no tools page yet)', '/zh/glossary/'],
  ['tools index', '/zh/tools/'],
  ['exam', '/zh/exam/'],
  ['home (en)', '/en/'],
].filter(([name]) => onlyPages.length === 0 || onlyPages.includes(name));

const chromePath = process.env.CHROMIUM_PATH || findChromium()?.path;
let chrome;
const rows = [];
try {
  await waitForServer(`${origin}/zh/`);
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  for (const [name, path] of pages) {
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(targets),
      });
      if (!result) continue;
      results.push(result.lhr);
      if (jsonDir) {
        const file = join(jsonDir, `${name.replace(/\W+/g, '-')}-${run + 1}.json`);
        writeFileSync(file, JSON.stringify(result.lhr));
        const { categories, audits } = result.lhr;
        console.log(
          `${path} run ${run + 1}: performance ${Math.round((categories.performance?.score ?? 0) * 100)}, ` +
            `TBT ${audits['total-blocking-time']?.displayValue ?? '?'} (${file})`,
        );
      }
    }
    results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = results[Math.floor(results.length / 2)];
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
      .filter(
        (audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    rows.push({
      name,
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcp: audits['first-contentful-paint']?.displayValue ?? '',
      lcp: audits['largest-contentful-paint']?.displayValue ?? '',
      tbt: audits['total-blocking-time']?.displayValue ?? '',
      cls: audits['cumulative-layout-shift']?.displayValue ?? '',
      failing,
    });
  }
} finally {
  await chrome?.kill();
  server.closeAllConnections();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
const table = rows.map((r) => [
  `${r.name} ${r.path}`,
  r.performance,
  r.accessibility,
  r['best-practices'],
  r.seo,
  r.fcp,
  r.lcp,
  r.tbt,
  r.cls,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
const { version } = JSON.parse(
  readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8'),
);
console.log(
  `\nLighthouse ${version}, mobile settings, median of ${runs} runs a page, Chromium at ${chromePath}\n`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
const misses = rows.filter((r) => Object.entries(targets).some(([id, min]) => r[id] < min));
for (const r of misses)
  console.log(
    `\n${r.path} misses a target; failing audits: ${r.failing.join(', ') || '(scored audits only)'}`,
  );
console.log(misses.length ? `\n${misses.length} page(s) below target.` : '\nEvery page meets the targets.');
process.exit(misses.length ? 1 : 0);

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the local server did not start at ${url}`);
}
