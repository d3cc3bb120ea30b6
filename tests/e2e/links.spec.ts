/**
 * Every internal link and asset in every built page resolves to a file in dist/, and no page
 * references another host for anything it loads (scripts, styles, images, fonts).
 */
import { expect, test } from '@playwright/test';
import { builtPages, fileForUrl, htmlOf, referencesIn } from './site';

// Also run by npm test on a build made with BASE_PATH=/sub/path/ (see scripts/test-all.mjs).

test('every internal link and asset resolves, and nothing loads from another host', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(5);
  const broken: string[] = [];
  const external: string[] = [];
  for (const page of pages) {
    const html = htmlOf(page);
    for (const reference of referencesIn(html)) {
      if (/^(mailto:|tel:|#|data:)/.test(reference)) continue;
      if (/^https?:\/\//.test(reference)) continue; // links out (sources) are navigation, checked below
      const target = new URL(reference, `http://site${page}`).pathname;
      if (!fileForUrl(target)) broken.push(`${page} → ${reference}`);
    }
    for (const match of html.matchAll(
      /<(?:script|img|link|source|iframe)[^>]*\s(?:src|href)="(https?:\/\/[^"]+)"/g,
    )) {
      const tag = match[0];
      if (tag.startsWith('<link') && /rel="(alternate|canonical)"/.test(tag)) continue;
      external.push(`${page} → ${match[1]}`);
    }
  }
  expect(broken, 'broken internal references').toEqual([]);
  expect(external, 'resources loaded from other hosts').toEqual([]);
});

test('same-page anchors point at an element that exists', () => {
  const missing: string[] = [];
  for (const page of builtPages()) {
    const html = htmlOf(page);
    for (const reference of referencesIn(html)) {
      const [path, hash] = reference.split('#');
      if (!hash) continue;
      const targetPage = path ? new URL(path, `http://site${page}`).pathname : page;
      const targetHtml = targetPage === page ? html : fileForUrl(targetPage) ? htmlOf(targetPage) : '';
      if (!targetHtml.includes(` id="${decodeURIComponent(hash)}"`)) {
        missing.push(`${page} → ${reference}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test('every page links to the same page in the other language', () => {
  const pages = builtPages().filter((page) => /\/(zh|en)\//.test(page));
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const href = /<a[^>]*href="([^"]+)"[^>]*data-locale-link/.exec(htmlOf(page))?.[1];
    const twin = page.replace(/\/(zh|en)\//, (_, locale: string) => (locale === 'zh' ? '/en/' : '/zh/'));
    expect(href, page).toBe(twin);
    expect(fileForUrl(twin), `${page} has a twin`).toBeDefined();
  }
});
