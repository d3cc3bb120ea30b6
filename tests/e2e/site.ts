/** Helpers over the built site in dist/: its pages and the files each page loads. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// DIST_DIR and BASE_PATH let the static checks run on a build made for a sub-path.
export const distDir = process.env.DIST_DIR ?? new URL('../../dist/', import.meta.url).pathname;
export const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every built HTML page as a URL path: `zh/index.html` → `/zh/`, `404.html` → `/404.html`. */
export function builtPages(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run the build first');
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${basePath}${file.split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

export function htmlOf(pagePath: string): string {
  const file = fileForUrl(pagePath);
  if (!file) throw new Error(`no built file for ${pagePath}`);
  return readFileSync(file, 'utf8');
}

/** The dist/ file a site URL path refers to, if any. */
export function fileForUrl(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  if (!path.startsWith(basePath)) return undefined;
  const clean = `/${path.slice(basePath.length)}`;
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
}

/** All href/src values in a page's HTML. */
export function referencesIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/**
 * Script files a page loads before any interaction: <script src>, modulepreload links, island
 * components and renderers, and their static imports, transitively. Dynamic import() is code
 * loaded on demand and is left out.
 */
export function scriptsOf(pagePath: string): string[] {
  const html = htmlOf(pagePath);
  const start = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ''),
    // Astro islands name their component and renderer scripts in attributes.
    ...[...html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1] ?? ''),
    // Inline module scripts can import bundled chunks.
    ...[...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => importsIn(m[1] ?? '', '/')),
  ];
  const seen = new Set<string>();
  const queue = start.filter((url) => url.endsWith('.js'));
  while (queue.length) {
    const url = queue.pop() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileForUrl(url);
    if (!file) continue;
    const base = url.slice(0, url.lastIndexOf('/') + 1);
    queue.push(...importsIn(readFileSync(file, 'utf8'), base));
  }
  return [...seen].sort();
}

function importsIn(code: string, base: string): string[] {
  const specifiers = [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers.map((specifier) =>
    specifier.startsWith('/') ? specifier : new URL(specifier, `http://x${base}`).pathname,
  );
}

export function relativeToDist(file: string): string {
  return relative(distDir, file);
}
