/**
 * Module drawings (src/components/illustrations/): one for every module in content/modules, each a
 * small decorative inline SVG that the strict CSP allows (no style attribute, no script) and that
 * needs no translation (no text); and the slug/number lookup the ModuleIllustration component uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawingSlug, pickDrawing } from '@/lib/content/illustration';

const root = new URL('../../', import.meta.url).pathname;
const dir = join(root, 'src/components/illustrations');
const drawings = readdirSync(dir).filter((file) => file.endsWith('.astro'));
const moduleSlugs = (locale: string) =>
  readdirSync(join(root, 'content/modules', locale))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''));
const slugs = [...new Set([...moduleSlugs('zh'), ...moduleSlugs('en')])].sort();
// Class names the index component paints (`:global(.name)` in its <style>).
const painted = new Set(
  [
    ...readFileSync(join(root, 'src/components/ModuleIllustration.astro'), 'utf8').matchAll(
      /\.([a-z][\w-]*)/g,
    ),
  ].map((m) => m[1]),
);
/** The template part of an .astro file: what follows the closing frontmatter fence. */
const markupOf = (source: string) => source.replace(/^---[\s\S]*?\n---\n/, '');

describe('module drawings', () => {
  it('finds the eight modules in both languages', () => {
    expect(slugs).toHaveLength(8);
    expect(moduleSlugs('zh').sort()).toEqual(moduleSlugs('en').sort());
  });

  it.each(slugs)('%s has a drawing', (slug) => {
    expect(drawings).toContain(`${slug}.astro`);
  });

  it('has no drawing without a module', () => {
    expect(drawings.map((file) => drawingSlug(file)).filter((slug) => !slugs.includes(slug))).toEqual([]);
  });

  it.each(drawings)('%s is one small, decorative, text-free SVG without inline style', (file) => {
    const path = join(dir, file);
    const markup = markupOf(readFileSync(path, 'utf8')).trim();
    expect(statSync(path).size).toBeLessThan(3 * 1024);
    expect(markup.startsWith('<svg ') && markup.endsWith('</svg>')).toBe(true);
    expect(markup.match(/<svg\b/g)).toHaveLength(1);
    const open = markup.slice(0, markup.indexOf('>') + 1);
    expect(open).toContain('aria-hidden="true"');
    expect(open).toContain('viewBox="0 0 160 96"');
    // The CSP forbids style attributes; scripts, text, links and images have no place in a decoration.
    expect(markup).not.toMatch(/\sstyle\s*=/i);
    expect(markup).not.toMatch(/<(style|script|text|title|desc|image|img|foreignObject|a|use)\b/i);
    expect(markup).not.toMatch(/\s(xlink:)?href\s*=|\son\w+\s*=|\sfill\s*=|\sstroke\s*=/i);
    expect(markup).not.toMatch(/\{/);
    const classes = [...markup.matchAll(/\sclass="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/));
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.filter((name) => !painted.has(name))).toEqual([]);
  });
});

describe('pickDrawing', () => {
  const paths = [
    './illustrations/m01-key-accounts.astro',
    './illustrations/m02-customer-value.astro',
    './illustrations/m10-extra.astro',
  ];

  it.each([
    ['m02-customer-value', './illustrations/m02-customer-value.astro'],
    [1, './illustrations/m01-key-accounts.astro'],
    [2, './illustrations/m02-customer-value.astro'],
    [10, './illustrations/m10-extra.astro'],
    ['m02', undefined],
    ['m03-selecting-customers', undefined],
    [3, undefined],
    [0, undefined],
    [1.5, undefined],
  ] as const)('%s → %s', (module, expected) => {
    expect(pickDrawing(paths, module)).toBe(expected);
  });

  it('refuses a number two files share', () => {
    expect(pickDrawing([...paths, './illustrations/m01-other.astro'], 1)).toBeUndefined();
  });

  it('reads the slug from a path', () => {
    expect(drawingSlug('./illustrations/m01-key-accounts.astro')).toBe('m01-key-accounts');
    expect(drawingSlug('m08-capstone.astro')).toBe('m08-capstone');
  });
});
