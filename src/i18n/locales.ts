/**
 * The two languages of the course and pure helpers for locale-aware paths and formatting.
 * No Astro imports here, so the helpers are unit-tested and usable in islands.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

/** BCP 47 tag for `<html lang>` and `Intl`. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The locale a path belongs to, from its first segment after the base, if any. */
export function localeFromPath(pathname: string, base = '/'): Locale | undefined {
  const rest = stripBase(pathname, base);
  const first = rest.split('/').find((segment) => segment !== '');
  return isLocale(first) ? first : undefined;
}

/** The same page in another language: swaps the locale segment, keeps the rest. */
export function twinPath(pathname: string, target: Locale, base = '/'): string {
  const rest = stripBase(pathname, base);
  const segments = rest.split('/');
  const index = segments.findIndex((segment) => segment !== '');
  if (index === -1 || !isLocale(segments[index])) return joinBase(base, `${target}/`);
  segments[index] = target;
  return joinBase(base, segments.join('/').replace(/^\/+/, ''));
}

/** A site path under the base: `localePath('en', 'learn/m01/')` → `/base/en/learn/m01/`. */
export function localePath(locale: Locale, path = '', base = '/'): string {
  const clean = path.replace(/^\/+/, '');
  return joinBase(base, `${locale}/${clean}`);
}

export function joinBase(base: string, path: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  return `${normalisedBase}${path.replace(/^\/+/, '')}`;
}

function stripBase(pathname: string, base: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(normalisedBase) ? pathname.slice(normalisedBase.length - 1) : pathname;
}

/** The preferred course language from a browser's `navigator.languages` list. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return defaultLocale;
}
