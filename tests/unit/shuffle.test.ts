import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSeed, mulberry32, seededShuffle, shuffleAwayFromOriginal } from '@/lib/quiz/shuffle';

describe('seededShuffle', () => {
  it('is a permutation of its input and leaves the input alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items];
        const shuffled = seededShuffle(items, seed);
        expect(items).toEqual(copy);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('gives the same order for the same seed and usually another for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 'm01-q05')).toEqual(seededShuffle(items, 'm01-q05'));
    expect(seededShuffle(items, 'm01-q05')).not.toEqual(seededShuffle(items, 'm01-q06'));
  });

  it('spreads positions roughly evenly', () => {
    const counts = new Map<number, number>();
    for (let seed = 0; seed < 3000; seed += 1) {
      const first = seededShuffle([0, 1, 2], seed)[0] ?? -1;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([0, 1, 2]);
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
  });
});

describe('shuffleAwayFromOriginal', () => {
  it('never returns the original order for two or more distinct items (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 8 }),
        fc.string(),
        (items, seed) => {
          expect(shuffleAwayFromOriginal(items, seed)).not.toEqual(items);
        },
      ),
    );
  });
});

describe('generators', () => {
  it('hashSeed is stable and mulberry32 stays in [0, 1)', () => {
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    expect(hashSeed('abc')).not.toBe(hashSeed('abd'));
    const random = mulberry32(42);
    for (let i = 0; i < 1000; i += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
