/**
 * The SCORM package build (`npm run build:scorm`, which sets KAS_SCORM=1 and the marker base
 * path): adds the launch page of each language, then after the build makes every URL relative
 * (lib/scorm/packageUrls.ts) and writes one zip per language with its imsmanifest.xml.
 * Loaded by astro.config.mjs only for that build, so the public site has none of it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { useTranslations } from '../i18n';
import { locales } from '../i18n/locales';
import { renderManifest } from '../lib/scorm/manifest';
import { inlineScriptsWithMarker, PACKAGE_ROOT_MARKER, relativiseUrls } from '../lib/scorm/packageUrls';
import { PASS_MARK } from '../lib/quiz/attempts';

/** Where the zips go (SCORM_OUT_DIR, else next to the built site) and how they are named. */
export const zipName = (locale: string) => `key-account-course-scorm12-${locale}.zip`;

const TEXT = /\.(html|css|js|mjs|svg|json|xml|txt|webmanifest)$/;
// A fixed date, so the same site gives byte-identical zips.
const MTIME = new Date('2025-01-01T00:00:00Z');

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(root, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** Rewrites the built site in place; throws when a URL cannot be made relative. */
export function relativiseSite(root: string): string[] {
  const files = listFiles(root);
  for (const file of files.filter((f) => TEXT.test(f))) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(PACKAGE_ROOT_MARKER)) continue;
    // Script files are loaded from _astro/ but their URLs resolve against the page, at any depth.
    if (/\.m?js$/.test(file) || inlineScriptsWithMarker(text) > 0)
      throw new Error(`${file}: a script builds URLs from the base path; the package cannot relativise it`);
    const rewritten = relativiseUrls(text, file);
    if (rewritten.includes(PACKAGE_ROOT_MARKER)) throw new Error(`${file}: a base-path URL was left`);
    writeFileSync(path, rewritten);
  }
  return files;
}

export function writeZips(root: string, files: readonly string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const content: Zippable = {};
  for (const file of files) content[file] = [readFileSync(join(root, file)), { mtime: MTIME }];
  return locales.map((locale) => {
    const manifest = renderManifest({
      identifier: `key-account-course-${locale}`,
      title: useTranslations(locale)('site.title'),
      launch: `scorm/${locale}/index.html`,
      files,
      masteryScore: Math.round(PASS_MARK * 100),
    });
    const zip = zipSync(
      { 'imsmanifest.xml': [strToU8(manifest), { mtime: MTIME }], ...content },
      { level: 6, mtime: MTIME },
    );
    const target = join(outDir, zipName(locale));
    writeFileSync(target, zip);
    return target;
  });
}

export function scormPackage(): AstroIntegration {
  return {
    name: 'kas-scorm-package',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/scorm/[locale]',
          entrypoint: fileURLToPath(new URL('./LaunchPage.astro', import.meta.url)),
          prerender: true,
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = relativiseSite(root);
        const outDir = process.env['SCORM_OUT_DIR'] ?? dirname(root);
        for (const zip of writeZips(root, files, outDir))
          logger.info(`wrote ${relative(process.cwd(), zip)}`);
      },
    },
  };
}
