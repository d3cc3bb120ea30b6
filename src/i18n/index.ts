import { en } from './en';
import { interpolate, type Params } from './interpolate';
import { htmlLang, type Locale } from './locales';
import { zh, type UiKey } from './zh';

export * from './locales';
export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { zh, en };

export { interpolate, type Params };

export type Translate = (key: UiKey, params?: Params) => string;

export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => interpolate(dictionary[key], params, htmlLang[locale]);
}

/** A subset of strings for an island, so it ships only what it shows. */
export function pickStrings<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const dictionary = dictionaries[locale];
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<K, string>;
}

export function formatPercent(locale: Locale, fraction: number, digits = 0): string {
  return new Intl.NumberFormat(htmlLang[locale], {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(fraction);
}

export function formatNumber(locale: Locale, value: number, digits = 0): string {
  return new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: digits }).format(value);
}

export { dictionaries };
