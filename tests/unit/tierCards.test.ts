import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { tierDeckSchema } from '@/lib/tiers/cardSchema';
import { deckMismatch, gradeCards, unplaced } from '@/lib/tiers/cards';

const deck = (lang: 'zh' | 'en') =>
  tierDeckSchema.parse(
    load(readFileSync(new URL(`../../content/exercises/tier-cards/${lang}.yaml`, import.meta.url), 'utf8')),
  ).cards;

describe('the tier card decks', () => {
  const zh = deck('zh');
  const en = deck('en');

  it('pass the schema in both languages with the same ids and the same answers', () => {
    expect(zh.length).toBeGreaterThanOrEqual(12);
    expect(deckMismatch(zh, en)).toEqual([]);
    expect(zh.map((c) => [c.id, c.tier])).toEqual(en.map((c) => [c.id, c.tier]));
  });

  it('hold a profit trap (big revenue, a thin or negative profit → lead) and a small but promising card', () => {
    const trap = en.find((c) => c.id === 'profit-trap');
    expect(trap?.tier).toBe('lead');
    expect(trap?.facts.revenue).toMatch(/5\.4/);
    expect(en.find((c) => c.id === 'small-promising')?.tier).toBe('iron');
    for (const tier of ['platinum', 'gold', 'iron', 'lead'] as const)
      expect(en.filter((c) => c.tier === tier).length).toBeGreaterThanOrEqual(2);
  });

  it('rejects a deck with a duplicate id, an unknown tier or too few cards', () => {
    const card = en[0];
    expect(tierDeckSchema.safeParse({ cards: Array(12).fill(card) }).success).toBe(false);
    expect(tierDeckSchema.safeParse({ cards: [{ ...card, tier: 'silver' }] }).success).toBe(false);
    expect(tierDeckSchema.safeParse({ cards: en.slice(0, 11) }).success).toBe(false);
  });
});

describe('grading a sort', () => {
  const cards = [
    { id: 'a', tier: 'platinum' as const },
    { id: 'b', tier: 'lead' as const },
    { id: 'c', tier: 'iron' as const },
  ];

  it.each([
    { placements: {}, correct: 0, pile: ['a', 'b', 'c'] },
    { placements: { a: 'platinum', b: 'gold' }, correct: 1, pile: ['c'] },
    { placements: { a: 'platinum', b: 'lead', c: 'iron' }, correct: 3, pile: [] },
  ] as const)('$placements → $correct right', ({ placements, correct, pile }) => {
    const grade = gradeCards(cards, placements);
    expect(grade.correct).toBe(correct);
    expect(grade.total).toBe(3);
    expect(unplaced(cards, placements)).toEqual(pile);
    expect(grade.results.find((r) => r.id === 'b')?.answer).toBe('lead');
  });
});
