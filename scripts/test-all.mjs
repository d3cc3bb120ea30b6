#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, with a timing table at the end.
 *   check (astro check, ESLint with zero warnings, Prettier) → unit and component tests (vitest)
 *   → build (astro, Pagefind, service worker) → SCORM package build → browser (find or install
 *   Chromium, and a Chinese font for the screenshots) → end-to-end tests (Playwright: axe, links, budget, the SCORM package in a stand-in LMS)
 * Independent steps all run so one report shows every failure; the browser steps need a build.
 * Exits non-zero when any step fails.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { ensureCjkFont } from './find-fonts.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = [];

function step(name, command, args, extraEnv = {}) {
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  results.push({ name, ok, seconds: (performance.now() - started) / 1000 });
  return ok;
}

const node = process.execPath;
const bin = (name) => `node_modules/.bin/${name}`;

spawnSync(node, ['scripts/ensure-node.cjs', '--report'], { stdio: 'inherit' });

step('astro check', node, ['scripts/astro.mjs', 'check']);
step('eslint', node, [bin('eslint'), '.', '--max-warnings', '0']);
step('prettier', node, [bin('prettier'), '--check', '.']);
step('vitest', node, [bin('vitest'), 'run']);
// A second build under a sub-path, checked for links below: deploying under `base` must work too.
const subPathDist = join(tmpdir(), `kas-subpath-${process.pid}`);
const builtSubPath = step('build under /sub/path/', node, ['scripts/build.mjs', '--outDir', subPathDist], {
  BASE_PATH: '/sub/path/',
});
const built = step('build', node, ['scripts/build.mjs']);
// The LMS package (tests/e2e/scorm.spec.ts unpacks and drives it).
step('build:scorm', node, ['scripts/build-scorm.mjs']);

if (built) {
  const started = performance.now();
  const browser = findChromium();
  results.push({ name: 'browser', ok: Boolean(browser), seconds: (performance.now() - started) / 1000 });
  if (browser) {
    console.log(`browser: using ${browser.how} at ${browser.path}`);
    // The screenshot snapshots were taken with Noto CJK; a missing font fails this step, not each snapshot.
    const fontsStarted = performance.now();
    const fonts = ensureCjkFont();
    console.log(`fonts: ${fonts.how}`);
    results.push({ name: 'fonts', ok: fonts.ok, seconds: (performance.now() - fontsStarted) / 1000 });
    step('playwright', node, [bin('playwright'), 'test'], { CHROMIUM_PATH: browser.path });
    if (builtSubPath) {
      step(
        'links, search, offline under /sub/path/',
        node,
        [
          bin('playwright'),
          'test',
          'tests/e2e/links.spec.ts',
          'tests/e2e/search.spec.ts',
          'tests/e2e/offline.spec.ts',
        ],
        { CHROMIUM_PATH: browser.path, DIST_DIR: subPathDist, BASE_PATH: '/sub/path/' },
      );
    }
  } else {
    console.error('browser: no Chromium could be found or installed; the end-to-end tests cannot run.');
  }
} else {
  results.push({ name: 'playwright', ok: false, seconds: 0 });
  console.error('The build failed, so the end-to-end tests did not run.');
}

rmSync(subPathDist, { recursive: true, force: true });
const total = results.reduce((sum, r) => sum + r.seconds, 0);
console.log('\n━━ summary');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(24)} ${r.seconds.toFixed(1).padStart(7)} s`);
console.log(`      ${'total'.padEnd(24)} ${total.toFixed(1).padStart(7)} s`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
