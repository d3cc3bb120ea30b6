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
