import { describe, expect, it } from 'vitest';
import { dictionaries, interpolate, pickStrings, useTranslations } from '@/i18n';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('UI strings', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.zh).sort());
  });

  it('are never empty and use the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(dictionaries.zh)) {
      const en = dictionaries.en[key as keyof typeof dictionaries.en];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{done}/{total}', { done: 2, total: 5 })).toBe('2/5');
    expect(interpolate('{missing} x', {})).toBe('{missing} x');
    expect(useTranslations('en')('home.lessons', { n: 4 })).toBe('4 lessons');
    expect(useTranslations('en')('home.lessons', { n: 1 })).toBe('1 lesson');
    expect(useTranslations('zh')('home.lessons', { n: 4 })).toBe('4 课');
  });

  it('picks only the requested strings for an island', () => {
    expect(pickStrings('en', ['nav.home', 'nav.glossary'])).toEqual({
      'nav.home': 'Course home',
      'nav.glossary': 'Glossary',
    });
  });
});
