import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, formatSessionTime, parseScore, percentScore } from '@/lib/scorm/cmiValues';
import { LOCATION_LIMIT, pageLocation, safeLocation } from '@/lib/scorm/location';

describe('formatSessionTime (CMITimespan)', () => {
  it.each([
    { ms: 0, expected: '00:00:00.00' },
    { ms: 1234, expected: '00:00:01.23' },
    { ms: 61_000, expected: '00:01:01.00' },
    { ms: (2 * 3600 + 3 * 60 + 4) * 1000 + 560, expected: '02:03:04.56' },
    { ms: 150 * 3600 * 1000, expected: '150:00:00.00' },
    { ms: 20_000 * 3600 * 1000, expected: '9999:59:59.99' },
    { ms: -5, expected: '00:00:00.00' },
  ])('$ms ms → $expected', ({ ms, expected }) => {
    expect(formatSessionTime(ms)).toBe(expected);
  });

  it('always matches the SCORM 1.2 pattern', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), (ms) => {
        expect(formatSessionTime(ms)).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d\.\d{2}$/);
      }),
    );
  });
});

describe('percentScore and parseScore', () => {
  it.each([
    { fraction: 1, expected: 100 },
    { fraction: 0.8, expected: 80 },
    { fraction: 24.5 / 30, expected: 81.66 },
    { fraction: 0.79999, expected: 79.99 },
    { fraction: 0, expected: 0 },
    { fraction: 1.2, expected: 100 },
  ])('$fraction → $expected (rounded down)', ({ fraction, expected }) => {
    expect(percentScore(fraction)).toBe(expected);
  });

  it.each([
    { value: '80', expected: 80 },
    { value: '81.66', expected: 81.66 },
    { value: '', expected: undefined },
    { value: 'abc', expected: undefined },
    { value: '1e3', expected: undefined },
  ])('parseScore($value) → $expected', ({ value, expected }) => {
    expect(parseScore(value)).toBe(expected);
  });
});

describe('displayName (cmi.core.student_name → certificate)', () => {
  it.each([
    { given: 'Doe, Jane', expected: 'Jane Doe' },
    { given: '  Doe ,   Jane  Q. ', expected: 'Jane Q. Doe' },
    { given: '王, 小明', expected: '王小明' },
    { given: '王小明', expected: '王小明' },
    { given: 'Jane Doe', expected: 'Jane Doe' },
    { given: 'Doe,', expected: 'Doe' },
    { given: '', expected: '' },
    { given: '<img src=x onerror=alert(1)>, Eve', expected: 'Eve <img src=x onerror=alert(1)>' },
  ])('$given → $expected', ({ given, expected }) => {
    expect(displayName(given)).toBe(expected);
  });

  it('fits the certificate field', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (name) => [...displayName(name)].length <= 80));
  });
});

describe('lesson_location', () => {
  const root = 'https://lms.example/content/42/';
  it.each([
    {
      page: `${root}zh/learn/m01-key-accounts/01-pareto/index.html`,
      expected: 'zh/learn/m01-key-accounts/01-pareto/index.html',
    },
    { page: `${root}en/exam/index.html?x=1#top`, expected: 'en/exam/index.html' },
    { page: `${root}zh/`, expected: 'zh/' },
    { page: `${root}scorm/zh/index.html`, expected: undefined },
    { page: 'https://lms.example/content/43/zh/index.html', expected: undefined },
    { page: 'https://other.example/content/42/zh/index.html', expected: undefined },
    { page: 'not a url', expected: undefined },
  ])('$page → $expected', ({ page, expected }) => {
    expect(pageLocation(page, root)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'https://evil.example/zh/',
    '//evil.example/zh/',
    'zh/../../secret/index.html',
    '/zh/index.html',
    'zh/learn/<script>/index.html',
    `zh/${'a/'.repeat(130)}`,
    '',
  ])('refuses the stored location %j', (value) => {
    expect(safeLocation(value)).toBeUndefined();
  });

  it('accepts a course page within the 255-character limit', () => {
    expect(safeLocation('en/learn/m06-spin/02-temperature/index.html')).toBe(
      'en/learn/m06-spin/02-temperature/index.html',
    );
    expect(LOCATION_LIMIT).toBe(255);
  });
});
