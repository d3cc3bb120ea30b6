#!/usr/bin/env node
/**
 * `npm run build`: the site as it is deployed, in three steps on the same output folder:
 *   1. `astro build` (arguments pass through, e.g. `--outDir /tmp/x`);
 *   2. Pagefind indexes the built pages, one index per language (<html lang>), into pagefind/;
 *   3. workbox-build writes the service worker (sw.js) that precaches the whole course.
 * When SITE_URL is set it also writes sitemap.xml (absolute URLs need the site's origin).
 * BASE_PATH is honoured by every step, so the sub-path build gets search and offline use too.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { indexSite } from './build/search.mjs';
import { writeServiceWorker } from './build/serviceWorker.mjs';
import { writeSitemap } from './build/sitemap.mjs';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = resolve(
  outDirFlag >= 0 && args[outDirFlag + 1]
    ? args[outDirFlag + 1]
    : fileURLToPath(new URL('../dist/', import.meta.url)),
);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const astro = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('astro.mjs', import.meta.url)), 'build', ...args],
  {
    stdio: 'inherit',
  },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);

try {
  const search = await indexSite(outDir);
  console.log(`search: indexed ${search.pages} pages in ${search.languages.join(', ')}`);
  if (process.env.SITE_URL) {
    const count = writeSitemap(outDir, process.env.SITE_URL, base);
    console.log(`sitemap: ${count} pages`);
  }
  const sw = await writeServiceWorker(outDir);
  console.log(`offline: sw.js precaches ${sw.count} files, ${(sw.size / 1024 / 1024).toFixed(1)} MB`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
