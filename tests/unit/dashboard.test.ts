import { describe, expect, it } from 'vitest';
import { continueTarget, minutesLeft, type LessonRow } from '@/lib/progress/dashboard';
import { emptyProgress, recordVisit, setComplete, type Progress } from '@/lib/progress/progress';

const lessons: LessonRow[] = [
  { key: 'm01-a/01-x', minutes: 15 },
  { key: 'm01-a/02-y', minutes: 20 },
  { key: 'm02-b/01-z', minutes: 25 },
];

function state(done: string[], visits: [string, string, string?][]): Progress {
  let progress = emptyProgress();
  for (const key of done) progress = setComplete(progress, key, true, '2026-11-01T00:00:00Z');
  for (const [key, at, heading] of visits) progress = recordVisit(progress, key, at, heading);
  return progress;
}

describe('continueTarget', () => {
  it.each([
    {
      name: 'a new learner starts at the first lesson',
      done: [],
      visits: [],
      expected: { kind: 'start', key: 'm01-a/01-x' },
    },
    {
      name: 'the last lesson read, unfinished, at its heading',
      done: [],
      visits: [
        ['m01-a/01-x', '2026-11-01T09:00:00Z', 'early'],
        ['m02-b/01-z', '2026-11-02T09:00:00Z', 'why-tiers'],
      ],
      expected: { kind: 'continue', key: 'm02-b/01-z', heading: 'why-tiers' },
    },
    {
      name: 'the next unfinished lesson after the last one read when that is done',
      done: ['m01-a/01-x'],
      visits: [['m01-a/01-x', '2026-11-02T09:00:00Z', 'end']],
      expected: { kind: 'continue', key: 'm01-a/02-y', heading: undefined },
    },
    {
      name: 'wraps round to an earlier unfinished lesson, at its own heading',
      done: ['m01-a/02-y', 'm02-b/01-z'],
      visits: [
        ['m01-a/01-x', '2026-11-01T09:00:00Z', 'half-way'],
        ['m02-b/01-z', '2026-11-02T09:00:00Z'],
      ],
      expected: { kind: 'continue', key: 'm01-a/01-x', heading: 'half-way' },
    },
    {
      name: 'lessons done but none visited (imported, or marked from the list)',
      done: ['m01-a/01-x'],
      visits: [],
      expected: { kind: 'continue', key: 'm01-a/02-y', heading: undefined },
    },
    {
      name: 'visits to lessons no longer in the course are ignored',
      done: [],
      visits: [['m09-gone/01-old', '2026-11-03T09:00:00Z', 'x']],
      expected: { kind: 'start', key: 'm01-a/01-x' },
    },
    {
      name: 'everything done',
      done: ['m01-a/01-x', 'm01-a/02-y', 'm02-b/01-z'],
      visits: [['m01-a/01-x', '2026-11-01T09:00:00Z']],
      expected: { kind: 'finished' },
    },
  ] as { name: string; done: string[]; visits: [string, string, string?][]; expected: unknown }[])(
    '$name',
    ({ done, visits, expected }) => {
      expect(continueTarget(state(done, visits), lessons)).toEqual(expected);
    },
  );
});

describe('minutesLeft', () => {
  it.each([
    { done: [], expected: 60 },
    { done: ['m01-a/02-y'], expected: 40 },
    { done: ['m01-a/01-x', 'm01-a/02-y', 'm02-b/01-z'], expected: 0 },
  ])('with $done done: $expected minutes', ({ done, expected }) => {
    expect(minutesLeft(state(done, []), lessons)).toBe(expected);
  });
});
