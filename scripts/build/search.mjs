/**
 * Step 2 of the build: Pagefind indexes the built pages. Only elements marked
 * `data-pagefind-body` are indexed (lessons, glossary, and the pages that opt in), one index per
 * `<html lang>`, so a search on a Chinese page searches the Chinese edition. The npm package runs
 * Pagefind's "extended" binary, which segments Chinese text into words.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

/** @param {string} outDir @returns {Promise<{ pages: number, languages: string[] }>} */
export async function indexSite(outDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search: Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`search: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`search: ${written.errors.join('; ')}`);
    // The course draws its own small search box (src/scripts/siteSearch.ts) on Pagefind's API;
    // Pagefind's ready-made UIs would only add weight to the offline cache.
    for (const file of readdirSync(`${outDir}/pagefind`)) {
      if (/^pagefind-(?:component-|modular-)?ui\.(?:js|css)$|^pagefind-highlight\.js$/.test(file))
        rmSync(`${outDir}/pagefind/${file}`);
    }
    // Pages load Pagefind on demand through this bridge: a script element with a runtime URL, so
    // the pages' own bundles carry no dynamic-import helper for it. The bridge hands the module
    // to the page in an event.
    writeFileSync(
      `${outDir}/pagefind/pagefind-bridge.js`,
      "import * as pagefind from './pagefind.js';\ndispatchEvent(new CustomEvent('kas:pagefind', { detail: pagefind }));\n",
    );
    const entry = JSON.parse(readFileSync(`${outDir}/pagefind/pagefind-entry.json`, 'utf8'));
    const languages = Object.entries(entry.languages).map(
      ([code, { page_count }]) => `${code} (${page_count})`,
    );
    const pages = Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
    if (pages === 0) throw new Error('search: no page is marked data-pagefind-body');
    return { pages, languages };
  } finally {
    await pagefind.close();
  }
}
