/**
 * Step 3 of the build: workbox-build writes sw.js, which precaches every page, script, style,
 * icon, sample dataset and the search index, so after one visit the whole course works offline.
 * The worker sits at the site's base, so it controls the base and nothing above it. It takes over
 * at once (skipWaiting + clientsClaim); src/scripts/offline.ts tells the learner once when a new
 * deploy has replaced the cache.
 */
import { generateSW } from 'workbox-build';

/** The course must stay installable on a phone: the build fails past this precache size. */
export const PRECACHE_LIMIT_BYTES = 25 * 1024 * 1024;

/** @param {string} outDir @returns {Promise<{ count: number, size: number }>} */
export async function writeServiceWorker(outDir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest,json,csv,tsv,xlsx,txt}', 'pagefind/**/*'],
    globIgnores: ['sw.js', 'pagefind/playground/**'],
    swDest: `${outDir}/sw.js`,
    // One file: nothing else to fetch, and it works under any base path.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /zh/learn/x/ is served from zh/learn/x/index.html; query strings (tool settings, ?choose)
    // do not change which file a page is.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Astro's and Pagefind's file names carry a content hash already.
    dontCacheBustURLsMatching: /(?:_astro\/|pagefind\/).*\.[\w-]{6,}\.\w+$/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`offline: ${warning}`);
  if (size > PRECACHE_LIMIT_BYTES)
    throw new Error(
      `offline: the precache is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${PRECACHE_LIMIT_BYTES / 1024 / 1024} MB limit`,
    );
  return { count, size };
}
