import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestAnchor, decodeEntities, excerptParts } from '@/lib/search/excerpt';

describe('excerptParts', () => {
  it.each([
    { excerpt: '', expected: [] },
    { excerpt: 'plain', expected: [{ text: 'plain', mark: false }] },
    {
      excerpt: '大<mark>客户</mark>销售',
      expected: [
        { text: '大', mark: false },
        { text: '客户', mark: true },
        { text: '销售', mark: false },
      ],
    },
    {
      // Pagefind marks each CJK character; adjacent marks join into one.
      excerpt: '<mark>铂</mark><mark>金</mark>客户',
      expected: [
        { text: '铂金', mark: true },
        { text: '客户', mark: false },
      ],
    },
    {
      excerpt: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>SPIN</mark>',
      expected: [
        { text: '<script>alert(1)</script> & ', mark: false },
        { text: 'SPIN', mark: true },
      ],
    },
    {
      excerpt: 'a <b>bold</b> <img src=x onerror=alert(1)> b',
      expected: [{ text: 'a bold  b', mark: false }],
    },
  ])('$excerpt', ({ excerpt, expected }) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });

  it('keeps all the text of any excerpt made of escaped text and marks', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (pieces) => {
        const html = pieces
          .map(([text, mark]) => (mark ? `<mark>${escape(text)}</mark>` : escape(text)))
          .join('');
        expect(
          excerptParts(html)
            .map((p) => p.text)
            .join(''),
        ).toBe(pieces.map(([text]) => text).join(''));
      }),
    );
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&#39;&#x4e2d;&quot;', '\'中"'],
    ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('bestAnchor', () => {
  it.each([
    { subs: undefined, expected: '/zh/a/' },
    { subs: [], expected: '/zh/a/' },
    { subs: [{ url: '/zh/a/#x', locations: [] }], expected: '/zh/a/' },
    {
      subs: [
        { url: '/zh/a/#x', locations: [1] },
        { url: '/zh/a/#y', locations: [4, 9] },
      ],
      expected: '/zh/a/#y',
    },
  ])('picks $expected', ({ subs, expected }) => {
    expect(bestAnchor('/zh/a/', subs)).toBe(expected);
  });
});
