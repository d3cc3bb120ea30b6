import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  migrate,
  migrations,
  parseProgress,
  PROGRESS_VERSION,
  recordVisit,
  serialiseProgress,
} from '@/lib/progress/progress';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/progress/${name}`, import.meta.url), 'utf8')) as unknown;

describe('each migration step', () => {
  it('has one step for every version below the current one', () => {
    expect(Object.keys(migrations).map(Number)).toEqual(
      Array.from({ length: PROGRESS_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('1 → 2 adds an empty attempt list and keeps the lessons', () => {
    const v1 = fixture('version-1.json') as { lessons: unknown };
    const v2 = migrations[1]?.up(v1);
    expect(v2).toEqual({ version: 2, lessons: v1.lessons, attempts: [] });
  });

  it('2 → 3 adds empty visits and saved items and keeps lessons, attempts and the name', () => {
    const v2 = {
      version: 2,
      lessons: { 'm01-key-accounts/01-pareto': { completedAt: '2026-11-20T08:30:00.000Z' } },
      attempts: [{ id: 'kept as it is' }],
      certificateName: '王小明',
    };
    expect(migrations[2]?.up(v2)).toEqual({ ...v2, version: 3, visits: {}, saved: {} });
  });

  it('3 → 4 builds the answer history from the finished attempts and keeps everything else', () => {
    const finished = {
      id: 'a1',
      kind: 'module',
      scope: 'm01-key-accounts',
      seed: 'a1',
      questionIds: ['m01-q01', 'm01-q02', 'm01-q03'],
      responses: {},
      scores: { 'm01-q01': 1, 'm01-q02': 0.5 },
      startedAt: '2026-12-01T08:50:00.000Z',
      finishedAt: '2026-12-01T09:00:00.000Z',
    };
    const exam = {
      ...finished,
      id: 'x1',
      kind: 'exam',
      scope: 'exam',
      finishedAt: '2026-12-02T09:00:00.000Z',
    };
    const open = { ...finished, id: 'open', finishedAt: undefined };
    const v3 = {
      version: 3,
      lessons: {},
      attempts: [finished, exam, open, { id: 'damaged' }],
      visits: {},
      saved: {},
    };
    const d1 = Date.parse('2026-12-01T09:00:00.000Z') / 1000;
    const d2 = Date.parse('2026-12-02T09:00:00.000Z') / 1000;
    expect(migrations[3]?.up(v3)).toEqual({
      ...v3,
      version: 4,
      answers: {
        'm01-q01': [
          [d1, 1, 'q'],
          [d2, 1, 'x'],
        ],
        'm01-q02': [
          [d1, 0, 'q'],
          [d2, 0, 'x'],
        ],
      },
    });
    const read = parseProgress(JSON.stringify(v3));
    expect(read.problem).toBeUndefined();
    expect(read.progress.answers['m01-q01']).toHaveLength(2);
    expect(read.progress.attempts).toHaveLength(4);
  });

  it('caps a long stored history on read', () => {
    const long = {
      ...emptyProgress(),
      answers: { q: Array.from({ length: 20 }, (_, i) => [1_800_000_000 + i, 1, 'q']) },
    };
    expect(parseProgress(JSON.stringify(long)).progress.answers['q']).toHaveLength(8);
  });

  it('migrates a stored version-2 record all the way on load', () => {
    const result = parseProgress(JSON.stringify(fixture('valid.json')));
    expect(result.problem).toBeUndefined();
    expect(result.progress.version).toBe(PROGRESS_VERSION);
    expect(Object.keys(result.progress.lessons)).toEqual(['m01-key-accounts/01-pareto']);
  });

  it('leaves data that does not fit a step alone, so validation rejects it afterwards', () => {
    const misfit = { version: 2, lessons: 'nope' };
    expect(migrate(misfit)).toBe(misfit);
    expect(parseProgress(JSON.stringify(misfit)).problem).toBe('not-progress');
  });

  it('does not run a step twice on current data', () => {
    const current = emptyProgress();
    expect(migrate(current)).toBe(current);
  });
});

describe('recordVisit', () => {
  const KEY = 'm02-customer-value/02-tiers';

  it('remembers the time and heading of the last visit, and survives a round trip', () => {
    const once = recordVisit(emptyProgress(), KEY, '2026-11-23T10:00:00.000Z', '铂金客户');
    const twice = recordVisit(once, KEY, '2026-11-23T11:00:00.000Z');
    expect(once.visits[KEY]).toEqual({ at: '2026-11-23T10:00:00.000Z', heading: '铂金客户' });
    expect(twice.visits[KEY]).toEqual({ at: '2026-11-23T11:00:00.000Z' });
    expect(parseProgress(serialiseProgress(once)).progress).toEqual(once);
  });

  it('ignores keys that are not lessons', () => {
    const state = emptyProgress();
    expect(recordVisit(state, '__proto__', '2026-11-23T10:00:00.000Z')).toBe(state);
  });

  it('stores a hostile heading as text, cut to 200 characters', () => {
    const heading = `<img src=x onerror=alert(1)>${'长'.repeat(300)}`;
    const state = recordVisit(emptyProgress(), KEY, '2026-11-23T10:00:00.000Z', heading);
    expect(state.visits[KEY]?.heading).toBe(heading.slice(0, 200));
    expect(parseProgress(serialiseProgress(state)).progress).toEqual(state);
  });
});
