import { describe, expect, it } from 'vitest';
import { matchesQuery, normaliseForSearch } from '@/lib/search/matchText';

describe('matchesQuery', () => {
  const entry = '大客户 key account 为企业贡献大部分利润的客户 ABC 分类';
  it.each([
    { query: '', expected: true },
    { query: '   ', expected: true },
    { query: '客户', expected: true },
    { query: 'KEY', expected: true },
    { query: 'key 利润', expected: true },
    { query: 'ｋｅｙ', expected: true },
    { query: 'ＡＢＣ', expected: true },
    { query: 'key profit', expected: false },
    { query: '铂金', expected: false },
  ])('"$query" → $expected', ({ query, expected }) => {
    expect(matchesQuery(entry, query)).toBe(expected);
  });

  it('folds case, width and spacing', () => {
    expect(normaliseForSearch('  Ｇｉｎｉ   Coefficient ')).toBe('gini coefficient');
  });
});
