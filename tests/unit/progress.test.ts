import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAttempts, saveAttempt } from '@/lib/progress/attemptRecords';
import {
  countComplete,
  setCertificateName,
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

  it('migrates a version-1 record (lessons only) to the current version without losing a lesson', () => {
    const result = parseProgress(fixture('version-1.json'));
    expect(result.problem).toBeUndefined();
    expect(result.progress.version).toBe(4);
    expect(result.progress.answers).toEqual({});
    expect(result.progress.attempts).toEqual([]);
    expect(result.progress.visits).toEqual({});
    expect(result.progress.saved).toEqual({});
    expect(Object.keys(result.progress.lessons).sort()).toEqual([
      'm01-key-accounts/01-pareto',
      'm02-customer-value/01-measuring-value',
    ]);
  });

  it('drops a corrupt attempt and keeps the rest', () => {
    const result = parseProgress(fixture('one-corrupt-attempt.json'));
    expect(result.problem).toBeUndefined();
    const read = readAttempts(result.progress);
    expect(read.dropped).toBe(2);
    expect(read.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(isComplete(result.progress, KEY)).toBe(true);
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

describe('attempts and the certificate name', () => {
  const attempt = (id: string) => ({
    id,
    kind: 'module' as const,
    scope: 'm01-key-accounts',
    seed: id,
    questionIds: ['m01-q01'],
    responses: { 'm01-q01': { type: 'single' as const, choice: 'b' } },
    scores: { 'm01-q01': 1 },
    startedAt: '2026-11-23T10:00:00.000Z',
  });

  it('saves an attempt as it goes, replacing the same id, and survives a round trip', () => {
    let state = saveAttempt(emptyProgress(), attempt('x'));
    state = saveAttempt(state, { ...attempt('x'), finishedAt: '2026-11-23T10:05:00.000Z' });
    state = saveAttempt(state, attempt('y'));
    expect(readAttempts(state).attempts.map((a) => a.id)).toEqual(['x', 'y']);
    expect(readAttempts(state).attempts[0]?.finishedAt).toBe('2026-11-23T10:05:00.000Z');
    expect(parseProgress(serialiseProgress(state)).progress).toEqual(state);
  });

  it('keeps only the most recent attempts beyond the limit', () => {
    let state = emptyProgress();
    for (let i = 0; i < 5; i += 1) state = saveAttempt(state, attempt(`a${i}`), 3);
    expect(readAttempts(state).attempts.map((a) => a.id)).toEqual(['a2', 'a3', 'a4']);
  });

  it('stores the certificate name as text, however hostile', () => {
    const name = '<script>alert(1)</script> 王小明';
    const state = setCertificateName(emptyProgress(), name);
    expect(parseProgress(serialiseProgress(state)).progress.certificateName).toBe(name);
  });
});
