import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countComplete,
  emptyProgress,
  isComplete,
  parseProgress,
  serialiseProgress,
  setComplete,
} from '@/lib/progress/progress';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/progress/${name}`, import.meta.url), 'utf8');
const KEY = 'm01-key-accounts/01-pareto';

describe('parseProgress', () => {
  it('reads a valid saved state as it is', () => {
    const result = parseProgress(fixture('valid.json'));
    expect(result.problem).toBeUndefined();
    expect(isComplete(result.progress, KEY)).toBe(true);
  });

  it('treats nothing saved as an empty state without a problem', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
    expect(parseProgress('')).toEqual({ progress: emptyProgress() });
  });

  it.each([
    { file: 'truncated.json', problem: 'not-json' },
    { file: 'foreign.json', problem: 'not-progress' },
    { file: 'wrong-shape.json', problem: 'not-progress' },
    { file: 'future-version.json', problem: 'newer-version' },
  ])('replaces $file by an empty state ($problem)', ({ file, problem }) => {
    const result = parseProgress(fixture(file));
    expect(result.problem).toBe(problem);
    expect(result.progress).toEqual(emptyProgress());
  });

  it('round-trips through serialise', () => {
    const state = setComplete(emptyProgress(), KEY, true, '2026-11-23T10:00:00.000Z');
    expect(parseProgress(serialiseProgress(state))).toEqual({ progress: state });
  });
});

describe('setComplete', () => {
  it('marks, keeps the first completion date, and clears', () => {
    const once = setComplete(emptyProgress(), KEY, true, '2026-01-01T00:00:00.000Z');
    const twice = setComplete(once, KEY, true, '2026-02-02T00:00:00.000Z');
    expect(twice.lessons[KEY]?.completedAt).toBe('2026-01-01T00:00:00.000Z');
    const cleared = setComplete(twice, KEY, false, '2026-03-03T00:00:00.000Z');
    expect(isComplete(cleared, KEY)).toBe(false);
    expect(isComplete(twice, KEY)).toBe(true);
  });

  it('counts completed lessons among the given keys only', () => {
    const state = setComplete(
      setComplete(emptyProgress(), KEY, true, '2026-01-01'),
      'm02-a/01-b',
      true,
      '2026-01-01',
    );
    expect(countComplete(state, [KEY, 'm03-c/01-d'])).toBe(1);
    expect(countComplete(state, [])).toBe(0);
  });

  it('does not treat inherited object keys as lessons', () => {
    expect(isComplete(emptyProgress(), 'constructor')).toBe(false);
    expect(isComplete(emptyProgress(), '__proto__')).toBe(false);
  });
});
