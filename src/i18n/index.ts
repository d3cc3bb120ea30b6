import { en } from './en';
import { interpolate, type Params } from './interpolate';
import { htmlLang, type Locale } from './locales';
import { zh, type UiKey } from './zh';

export * from './locales';
export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { zh, en };

export { interpolate, type Params };

export type Translate = (key: UiKey, params?: Params) => string;

/**
 * A string may hold plural forms as `one|other` (English: '{n} lesson|{n} lessons'); the form is
 * chosen by Intl.PluralRules from the `n` parameter. Chinese strings have one form.
 */
export function choosePlural(locale: Locale, template: string, params: Params = {}): string {
  if (!template.includes('|')) return template;
  const [one = '', other = one] = template.split('|');
  const n = params['n'];
  return typeof n === 'number' && new Intl.PluralRules(htmlLang[locale]).select(n) === 'one' ? one : other;
}

export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => interpolate(choosePlural(locale, dictionary[key], params), params);
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
