// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { tableCaptionPlugin } from './src/lib/content/tableCaption.ts';

/**
 * CSP source for one exact inline style attribute value.
 * @param {string} style
 * @returns {`sha256-${string}`}
 */
const styleAttributeHash = (style) => `sha256-${createHash('sha256').update(style).digest('base64')}`;

const HINT_MIN_LENGTH = 4000;

/**
 * Marks every client chunk that a page loads before any interaction (an entry: an island, a page
 * script, and what they import statically) with V8's compile hint `//# allFunctionsCalledOnLoad`.
 * Chromium then compiles the file's functions while it streams the script, on a background thread,
 * instead of lazily on the main thread at their first call: on the tools page that first call is
 * the island's hydration, and its lazy compiles were about 40% of that long task. Browsers without
 * the hint read a comment. Chunks only loaded with import() (the import panel, search) keep lazy
 * compilation, and so do small chunks (under HINT_MIN_LENGTH characters): their compiles cost
 * little, while the comment costs about 30 gzipped bytes a file, which the JavaScript budget
 * (tests/e2e/budget.spec.ts) counts.
 * @type {import('vite').Plugin}
 */
const compileHints = {
  name: 'kas-compile-hints',
  apply: 'build',
  applyToEnvironment: (environment) => environment.name === 'client',
  generateBundle: {
    // After Vite's own rewrites (its preload map goes at the top of a chunk), so the hint is first.
    order: 'post',
    handler(_options, bundle) {
      /** @type {Map<string, import('vite').Rollup.OutputChunk>} */
      const chunks = new Map();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
      /** @type {Set<import('vite').Rollup.OutputChunk>} */
      const eager = new Set();
      /** @param {import('vite').Rollup.OutputChunk | undefined} chunk */
      const visit = (chunk) => {
        if (!chunk || eager.has(chunk)) return;
        eager.add(chunk);
        for (const name of chunk.imports) visit(chunks.get(name));
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
      for (const chunk of eager)
        if (chunk.code.length >= HINT_MIN_LENGTH) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  },
};

// `npm run build:scorm` (KAS_SCORM=1) builds the LMS package: a marker base path that the package
// integration turns into relative URLs, plus the launch pages. The public build loads none of it.
const scorm = process.env.KAS_SCORM === '1';
const scormIntegrations = scorm ? [(await import('./src/scorm/integration.ts')).scormPackage()] : [];

// BASE_PATH lets the same build be served from a sub-path, e.g. BASE_PATH=/course/ npm run build.
const base = scorm ? '/__kas_package_root__/' : (process.env.BASE_PATH ?? '/');

export default defineConfig({
  output: 'static',
  base,
  // SITE_URL (optional) makes absolute URLs, e.g. for a sitemap; links work without it.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  // Stylesheets as files: cacheable, and covered by the CSP's 'self' (Astro leaves the inlined
  // styles of components imported inside MDX out of the policy's hashes).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), svelte(), ...scormIntegrations],
  i18n: {
    // Chinese first: it is the course's original language.
    locales: [{ path: 'zh', codes: ['zh-CN', 'zh'] }, 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    csp: {
      // Markdown tables align columns with style="text-align:…" attributes. 'unsafe-hashes' with
      // these three hashes allows exactly those values and no other inline style.
      styleDirective: {
        resources: ["'self'", "'unsafe-hashes'"],
        hashes: ['left', 'right', 'center'].map((side) => styleAttributeHash(`text-align:${side}`)),
      },
    },
  },
  // Lessons have no code blocks, and Shiki's inline styles would break the CSP.
  // A lesson table's caption is the ": …" paragraph after it (src/lib/content/tableCaption.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [tableCaptionPlugin] }) },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site instead of one per component: a phone on a slow network
  // makes two render-blocking requests on its first page instead of six, and every later page
  // (and the offline copy) reuses them.
  vite: {
    plugins: [compileHints],
    build: { cssCodeSplit: false },
    experimental: {
      // URLs that scripts build (a Web Worker's, the chunks a dynamic import preloads) relative to
      // the script itself rather than to the base path, so the same code runs under any base and
      // inside the SCORM package, where every URL must be relative.
      renderBuiltUrl: (_filename, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
    },
  },
});
