/**
 * sitemap.xml from the built pages, with each page's twin in the other language as an hreflang
 * alternate. Written only when SITE_URL is known, because a sitemap needs absolute URLs.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const hreflang = { zh: 'zh-CN', en: 'en' };

/** @param {string} outDir @param {string} site @param {string} base @returns {number} */
export function writeSitemap(outDir, site, base) {
  const origin = site.replace(/\/+$/, '');
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /^(zh|en)\/(.+\/)?index\.html$/.test(file))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
  const url = (path) => `${origin}${base}${path}`;
  const entries = pages.map((path) => {
    const twins = ['zh', 'en']
      .map((other) => `${other}${path.slice(2)}`)
      .filter((twin) => existsSync(join(outDir, twin, 'index.html')));
    const links = twins
      .map(
        (twin) =>
          `    <xhtml:link rel="alternate" hreflang="${hreflang[/** @type {'zh' | 'en'} */ (twin.slice(0, 2))]}" href="${url(twin)}"/>`,
      )
      .join('\n');
    return `  <url>\n    <loc>${url(path)}</loc>\n${links}\n  </url>`;
  });
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`,
  );
  return pages.length;
}
