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
  const P: Move = { type: 'problem', discloses: 'failures' };
  const P2: Move = { type: 'problem', discloses: 'energy' };
  const Pq: Move = { type: 'problem' };
  const I: Move = { type: 'implication' };
  const N: Move = { type: 'need-payoff' };
  const pitch: Move = { type: 'pitch' };
  const Nstated: Move = { type: 'need-payoff', statesNeed: true };
  const B: Move = { type: 'benefit' };
  const C: Move = { type: 'commitment' };
  const Iself: Move = { type: 'implication', discloses: 'failures' };
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
    // The story, not the count: a problem question she answers without naming a problem leaves none on the table.
    {
      name: 'problem question with no problem disclosed',
      before: [Pq],
      move: I,
      rule: 'implication-early',
      from: 22,
      to: 19,
    },
    // A situation question instead of the problem question: an implication whose answer discloses the problem counts.
    {
      name: 'implication whose reply discloses the problem',
      before: [S, S],
      move: Iself,
      rule: 'implication',
      from: 16,
      to: 31,
    },
    {
      name: 'implications after a disclosing situation path',
      before: [S, S, Iself],
      move: I,
      rule: 'implication',
      from: 31,
      to: 46,
    },
    {
      name: 'jumping to a new problem before developing the first',
      before: [P],
      move: P2,
      rule: 'problem-jump',
      from: 22,
      to: 26,
    },
    {
      name: 'developing the current problem scores more',
      before: [P],
      move: I,
      rule: 'implication',
      from: 22,
      to: 37,
    },
    {
      name: 'another problem after the first was developed',
      before: [P, I],
      move: P2,
      rule: 'problem',
      from: 37,
      to: 49,
    },
    {
      name: 'benefit for a need she has stated',
      before: [P, I, Nstated],
      move: B,
      rule: 'benefit',
      from: 49,
      to: 59,
    },
    {
      name: 'benefit with no stated need is a pitch',
      before: [P, I],
      move: B,
      rule: 'benefit-early',
      from: 37,
      to: 22,
    },
    {
      name: 'commitment request after a stated need',
      before: [P, I, Nstated],
      move: C,
      rule: 'commitment',
      from: 49,
      to: 54,
    },
    {
      name: 'commitment request before a stated need',
      before: [P, I],
      move: C,
      rule: 'commitment-early',
      from: 37,
      to: 32,
    },
    {
      name: 'pitch before any problem is disclosed',
      before: [S],
      move: pitch,
      rule: 'pitch-early',
      from: 13,
      to: 10,
    },
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

  it('remembers the turn of a pitch made before any problem, even when the floor makes it free', () => {
    expect(after([pitch]).temperature).toBe(10);
    expect(after([pitch]).earlyPitchTurn).toBe(1);
    expect(after([S, B]).earlyPitchTurn).toBe(2);
    expect(after([P, pitch]).earlyPitchTurn).toBeUndefined();
    expect(after([P, I, Nstated]).needStated).toBe(true);
    expect(after([P, I, N]).needStated).toBe(false);
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
