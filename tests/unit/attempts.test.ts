import { describe, expect, it } from 'vitest';
import { attemptScore, byLesson, mistakes, passed, summarise, type Attempt } from '@/lib/quiz/attempts';

const attempt = (over: Partial<Attempt> & Pick<Attempt, 'id'>): Attempt => ({
  kind: 'module',
  scope: 'm01-key-accounts',
  seed: over.id,
  questionIds: ['q1', 'q2', 'q3', 'q4'],
  responses: {},
  scores: {},
  startedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

describe('attempt results', () => {
  const first = attempt({
    id: 'a',
    scores: { q1: 1, q2: 0.5, q3: 0 },
    finishedAt: '2026-11-01T01:00:00.000Z',
  });
  const second = attempt({
    id: 'b',
    scores: { q1: 1, q2: 1, q3: 1, q4: 0 },
    finishedAt: '2026-11-02T01:00:00.000Z',
  });
  const third = attempt({
    id: 'c',
    scores: { q1: 0, q2: 1, q3: 1, q4: 1 },
    finishedAt: '2026-11-03T01:00:00.000Z',
  });
  const unfinished = attempt({ id: 'd', scores: { q1: 1, q2: 1, q3: 1, q4: 1 } });

  it('scores an attempt out of its number of questions', () => {
    expect(attemptScore(first)).toEqual({ score: 1.5, max: 4, fraction: 0.375 });
  });

  it('summarises best and latest finished attempts, ignoring unfinished ones', () => {
    const summary = summarise([third, first, second, unfinished], 'm01-key-accounts');
    expect(summary.count).toBe(3);
    expect(summary.latest?.id).toBe('c');
    expect(summary.best?.id).toBe('b');
    expect(summarise([first], 'other')).toEqual({ count: 0 });
  });

  it('passes at 80%', () => {
    expect(passed(second)).toBe(false);
    expect(
      passed(
        attempt({
          id: 'p',
          questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
          scores: { q1: 1, q2: 1, q3: 1, q4: 1 },
          finishedAt: '2026-11-01T00:00:00.000Z',
        }),
      ),
    ).toBe(true);
    expect(passed(unfinished)).toBe(false);
  });

  it('lists mistakes by the latest answer, most recent first', () => {
    // q1 wrong in c (latest) → mistake; q2 right in c; q3 right in b and c; q4 wrong in b, right in c.
    expect(mistakes([first, second, third])).toEqual(['q1']);
    expect(mistakes([first, second])).toEqual(['q4']);
    expect(mistakes([first])).toEqual(['q2', 'q3', 'q4']);
    expect(mistakes([first, unfinished])).toEqual(['q2', 'q3', 'q4']);
  });

  it('breaks a score down by lesson', () => {
    const lessons: Record<string, string> = { q1: '01-a', q2: '01-a', q3: '02-b', q4: '02-b' };
    expect(byLesson(second, (id) => lessons[id])).toEqual([
      { lesson: '01-a', score: 2, max: 2 },
      { lesson: '02-b', score: 1, max: 2 },
    ]);
  });
});

describe('timing', () => {
  it('counts down a timed attempt and stops at zero', async () => {
    const { secondsLeft, formatClock } = await import('@/lib/quiz/attempts');
    const started = { startedAt: '2026-11-23T10:00:00.000Z', timeLimitMinutes: 30 };
    expect(secondsLeft(started, new Date('2026-11-23T10:00:00.000Z'))).toBe(1800);
    expect(secondsLeft(started, new Date('2026-11-23T10:29:30.500Z'))).toBe(30);
    expect(secondsLeft(started, new Date('2026-11-23T11:00:00.000Z'))).toBe(0);
    expect(secondsLeft({ startedAt: started.startedAt }, new Date())).toBeUndefined();
    expect(formatClock(1800)).toBe('30:00');
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-3)).toBe('00:00');
  });
});
