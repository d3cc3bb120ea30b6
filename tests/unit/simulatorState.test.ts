import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState, parseState, serialiseState } from '@/lib/analysis/simulatorState';

describe('simulator state in the URL', () => {
  it('reads a prepared view', () => {
    expect(
      parseState('?data=generate&n=5000&seed=9&dist=pareto&shape=1.5&x=10&measure=profit&curve=lorenz'),
    ).toEqual({
      source: 'generate',
      n: 5000,
      seed: 9,
      distribution: 'pareto',
      shape: 1.5,
      x: 10,
      measure: 'profit',
      curve: 'lorenz',
    });
  });

  it.each([
    { search: '', expected: defaultState },
    { search: '?data=<script>&x=abc&n=-4&shape=99', expected: { ...defaultState, n: 10, shape: 3 } },
    { search: '?x=1e9&n=99999999&seed=3.7', expected: { ...defaultState, x: 100, n: 1_000_000, seed: 4 } },
    { search: '?dist=pareto&shape=0.1', expected: { ...defaultState, distribution: 'pareto', shape: 0.8 } },
  ])('falls back value by value for $search', ({ search, expected }) => {
    expect(parseState(search)).toEqual(expected);
  });

  it('round-trips any state it produces (property)', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const state = parseState(junk);
        expect(parseState(serialiseState(state))).toEqual(state);
      }),
    );
  });

  it('writes only what differs from the defaults', () => {
    expect(serialiseState(defaultState)).toBe('');
    expect(serialiseState({ ...defaultState, x: 30 })).toBe('?x=30');
  });
});
