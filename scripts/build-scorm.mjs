#!/usr/bin/env node
/**
 * `npm run build:scorm`: builds the course as a SCORM 1.2 package, one zip per language, into
 * dist-scorm/ (or SCORM_OUT_DIR), and prints each zip's path and size. The site is built into a
 * temporary folder with relative URLs (src/scorm/integration.ts does the packaging) and removed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const outDir = resolve(process.env.SCORM_OUT_DIR ?? 'dist-scorm');
const siteDir = mkdtempSync(join(tmpdir(), 'kas-scorm-site-'));
rmSync(outDir, { recursive: true, force: true });

const build = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', siteDir], {
  stdio: 'inherit',
  env: { ...process.env, KAS_SCORM: '1', SCORM_OUT_DIR: outDir },
});
rmSync(siteDir, { recursive: true, force: true });
if (build.status !== 0) process.exit(build.status ?? 1);

const zips = readdirSync(outDir).filter((file) => file.endsWith('.zip'));
if (zips.length === 0) {
  console.error('No SCORM package was written.');
  process.exit(1);
}
console.log('\nSCORM 1.2 packages (upload one to your LMS as a SCORM package):');
for (const zip of zips) {
  const path = join(outDir, zip);
  const megabytes = (statSync(path).size / 1024 / 1024).toFixed(1);
  console.log(`  ${relative(process.cwd(), path) || path}  ${megabytes} MB`);
}
