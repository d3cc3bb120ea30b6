/** The temperature rules of the SPIN role-play. */
import { describe, expect, it } from 'vitest';
import {
  applyMove,
  initialHeat,
  ruleFor,
  temperatureBand,
  type HeatState,
  type Move,
} from '@/lib/exercises/spinTemperature';

const after = (moves: Move[]): HeatState => moves.reduce((s, m) => applyMove(s, m).state, initialHeat());

describe('ruleFor and applyMove', () => {
  const S: Move = { type: 'situation' };
  const aimless: Move = { type: 'situation', aimless: true };
  const P: Move = { type: 'problem' };
  const I: Move = { type: 'implication' };
  const N: Move = { type: 'need-payoff' };
  const pitch: Move = { type: 'pitch' };
  const cases: { name: string; before: Move[]; move: Move; rule: string; from: number; to: number }[] = [
    {
      name: 'first focused situation question warms',
      before: [],
      move: S,
      rule: 'situation-focused',
      from: 10,
      to: 13,
    },
    {
      name: 'second focused one still warms',
      before: [S],
      move: S,
      rule: 'situation-focused',
      from: 13,
      to: 16,
    },
    {
      name: 'third situation question cools',
      before: [S, S, P],
      move: S,
      rule: 'situation-too-many',
      from: 28,
      to: 24,
    },
    {
      name: 'aimless situation question cools',
      before: [P],
      move: aimless,
      rule: 'situation-aimless',
      from: 22,
      to: 16,
    },
    {
      name: 'cannot fall below 10°C',
      before: [],
      move: aimless,
      rule: 'situation-aimless',
      from: 10,
      to: 10,
    },
    { name: 'problem question', before: [S], move: P, rule: 'problem', from: 13, to: 25 },
    { name: 'implication after a problem', before: [P], move: I, rule: 'implication', from: 22, to: 37 },
    {
      name: 'implication with no problem yet',
      before: [S, S],
      move: I,
      rule: 'implication-early',
      from: 16,
      to: 13,
    },
    {
      name: 'need-payoff after an implication',
      before: [P, I],
      move: N,
      rule: 'need-payoff',
      from: 37,
      to: 49,
    },
    {
      name: 'need-payoff before any implication',
      before: [P],
      move: N,
      rule: 'need-payoff-early',
      from: 22,
      to: 17,
    },
    { name: 'premature pitch', before: [P, I], move: pitch, rule: 'pitch', from: 37, to: 22 },
    {
      name: 'cannot rise above 100°C',
      before: [P, I, I, I, I, I, I],
      move: N,
      rule: 'need-payoff',
      from: 100,
      to: 100,
    },
  ];
  it.each(cases)('$name', ({ before, move, rule, from, to }) => {
    const state = after(before);
    expect(state.temperature).toBe(from);
    expect(ruleFor(state, move)).toBe(rule);
    const next = applyMove(state, move);
    expect(next.rule).toBe(rule);
    expect(next.state.temperature).toBe(to);
    expect(next.delta).toBe(to - from);
  });

  it('counts the questions asked without changing the state passed in', () => {
    const state = initialHeat();
    const next = applyMove(state, { type: 'problem' }).state;
    expect(state.asked.problem).toBe(0);
    expect(next.asked.problem).toBe(1);
  });
});

describe('temperatureBand', () => {
  it.each([
    [10, 'cold'],
    [39, 'cold'],
    [40, 'warm'],
    [79, 'warm'],
    [80, 'hot'],
    [100, 'hot'],
  ] as const)('%i°C is %s', (t, band) => {
    expect(temperatureBand(t)).toBe(band);
  });
});
