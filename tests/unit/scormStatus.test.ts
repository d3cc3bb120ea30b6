import { describe, expect, it } from 'vitest';
import type { Attempt } from '@/lib/quiz/attempts';
import { courseResult, scoreToReport, statusToReport } from '@/lib/scorm/status';

const KEYS = ['m01-a/01-x', 'm01-a/02-y', 'm02-b/01-z'];
const exam = (id: string, right: number, finished = true): Attempt => ({
  id,
  kind: 'exam',
  scope: 'exam',
  seed: id,
  questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
  responses: {},
  scores: Object.fromEntries(['q1', 'q2', 'q3', 'q4', 'q5'].slice(0, right).map((q) => [q, 1])),
  startedAt: '2026-11-20T09:00:00.000Z',
  ...(finished ? { finishedAt: `2026-11-20T10:0${right}:00.000Z` } : {}),
});
const moduleQuiz: Attempt = { ...exam('m', 5), kind: 'module', scope: 'm01-a' };

describe('courseResult', () => {
  it.each([
    { name: 'nothing done yet', done: [], attempts: [], expected: { status: 'incomplete' } },
    { name: 'some lessons done', done: KEYS.slice(0, 2), attempts: [], expected: { status: 'incomplete' } },
    { name: 'every lesson done', done: KEYS, attempts: [], expected: { status: 'completed' } },
    {
      name: 'a module quiz is not the exam',
      done: [],
      attempts: [moduleQuiz],
      expected: { status: 'incomplete' },
    },
    {
      name: 'an unfinished exam',
      done: KEYS,
      attempts: [exam('e', 5, false)],
      expected: { status: 'completed' },
    },
    {
      name: 'exam passed at the mark',
      done: [],
      attempts: [exam('e', 4)],
      expected: { status: 'passed', score: 80 },
    },
    { name: 'exam failed', done: KEYS, attempts: [exam('e', 3)], expected: { status: 'failed', score: 60 } },
    {
      name: 'failed, then passed: the best counts',
      done: [],
      attempts: [exam('a', 2), exam('b', 5), exam('c', 3)],
      expected: { status: 'passed', score: 100 },
    },
  ])('$name → $expected.status', ({ done, attempts, expected }) => {
    expect(courseResult(done, attempts, KEYS)).toEqual(expected);
  });

  it('is not completed for a course without lessons', () => {
    expect(courseResult([], [], []).status).toBe('incomplete');
  });
});

describe('statusToReport and scoreToReport: never lower what the LMS holds', () => {
  it.each([
    { lms: 'not attempted', computed: 'incomplete', expected: 'incomplete' },
    { lms: '', computed: 'incomplete', expected: 'incomplete' },
    { lms: 'browsed', computed: 'completed', expected: 'completed' },
    { lms: 'incomplete', computed: 'completed', expected: 'completed' },
    { lms: 'completed', computed: 'incomplete', expected: 'completed' },
    { lms: 'completed', computed: 'failed', expected: 'failed' },
    { lms: 'failed', computed: 'passed', expected: 'passed' },
    { lms: 'passed', computed: 'failed', expected: 'passed' },
    { lms: 'passed', computed: 'incomplete', expected: 'passed' },
  ] as const)('LMS $lms, course $computed → $expected', ({ lms, computed, expected }) => {
    expect(statusToReport(lms, computed)).toBe(expected);
  });

  it.each([
    { lms: undefined, computed: undefined, expected: undefined },
    { lms: undefined, computed: 70, expected: 70 },
    { lms: 90, computed: 85, expected: undefined },
    { lms: 85, computed: 85, expected: undefined },
    { lms: 60, computed: 85, expected: 85 },
  ])('LMS $lms, course $computed → $expected', ({ lms, computed, expected }) => {
    expect(scoreToReport(lms, computed)).toBe(expected);
  });
});
