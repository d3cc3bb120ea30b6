import { describe, expect, it } from 'vitest';
import { localeFromPath, localePath, otherLocale, preferredLocale, twinPath } from '@/i18n/locales';

describe('twinPath', () => {
  it.each([
    { path: '/zh/', target: 'en', base: '/', expected: '/en/' },
    {
      path: '/zh/learn/m01-key-accounts/01-pareto/',
      target: 'en',
      base: '/',
      expected: '/en/learn/m01-key-accounts/01-pareto/',
    },
    { path: '/course/en/glossary/', target: 'zh', base: '/course/', expected: '/course/zh/glossary/' },
    { path: '/course/en/glossary/', target: 'zh', base: '/course', expected: '/course/zh/glossary/' },
    { path: '/', target: 'en', base: '/', expected: '/en/' },
    { path: '/404/', target: 'zh', base: '/', expected: '/zh/' },
  ] as const)('$path → $target under $base', ({ path, target, base, expected }) => {
    expect(twinPath(path, target, base)).toBe(expected);
  });
});

describe('localeFromPath', () => {
  it('reads the first segment after the base', () => {
    expect(localeFromPath('/en/learn/x/')).toBe('en');
    expect(localeFromPath('/course/zh/', '/course/')).toBe('zh');
    expect(localeFromPath('/course/fr/', '/course/')).toBeUndefined();
    expect(localeFromPath('/')).toBeUndefined();
  });
});

describe('localePath', () => {
  it('joins base, locale and path with single slashes', () => {
    expect(localePath('zh')).toBe('/zh/');
    expect(localePath('en', '/glossary/', '/course/')).toBe('/course/en/glossary/');
    expect(localePath('en', 'learn/m01/', '/course')).toBe('/course/en/learn/m01/');
  });
});

describe('preferredLocale', () => {
  it.each([
    { languages: ['en-US', 'zh-CN'], expected: 'en' },
    { languages: ['zh-TW', 'en'], expected: 'zh' },
    { languages: ['fr-FR', 'en-GB'], expected: 'en' },
    { languages: ['fr-FR'], expected: 'zh' },
    { languages: [], expected: 'zh' },
  ])('$languages → $expected', ({ languages, expected }) => {
    expect(preferredLocale(languages)).toBe(expected);
  });

  it('pairs each locale with the other', () => {
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });
});
