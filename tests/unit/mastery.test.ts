import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  historyFromAttempt,
  knowledgeCheckRecorder,
  mergeEntries,
  mergeHistories,
  type AnswerEntry,
  type AnswerHistory,
} from '@/lib/mastery/history';
import { levelRank, masteryByObjective, masteryLevel, type DayOf } from '@/lib/mastery/mastery';
import { cardFor, dueQuestions, nextDue, reviewQueue } from '@/lib/mastery/review';
import { daysBetween, parsePlan, planToday } from '@/lib/mastery/plan';
import { objectiveRates } from '@/lib/mastery/classMastery';
import type { Attempt } from '@/lib/quiz/attempts';
import { addAnswers, emptyProgress, parseProgress, serialiseProgress } from '@/lib/progress/progress';
import { decodeSuspendData, encodeSuspendData } from '@/lib/scorm/suspendData';

// Days in UTC, so the table does not depend on the machine's time zone.
const utcDay: DayOf = (s) => new Date(s * 1000).toISOString().slice(0, 10);
const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const D1 = at('2026-12-01T09:00:00Z');
const D1b = at('2026-12-01T18:00:00Z');
const D2 = at('2026-12-02T09:00:00Z');
const D3 = at('2026-12-03T09:00:00Z');
const D4 = at('2026-12-04T09:00:00Z');

describe('masteryLevel', () => {
  const table: [string, AnswerEntry[], string][] = [
    ['no answers', [], 'not-started'],
    ['one wrong', [[D1, 0, 'q']], 'attempted'],
    ['one right', [[D1, 1, 'q']], 'familiar'],
    [
      'right then wrong',
      [
        [D1, 1, 'q'],
        [D2, 0, 'q'],
      ],
      'attempted',
    ],
    [
      'two right the same day',
      [
        [D1, 1, 'q'],
        [D1b, 1, 'q'],
      ],
      'familiar',
    ],
    [
      'two right on two days',
      [
        [D1, 1, 'q'],
        [D2, 1, 'q'],
      ],
      'proficient',
    ],
    [
      'order of the input does not matter',
      [
        [D2, 1, 'q'],
        [D1, 1, 'q'],
      ],
      'proficient',
    ],
    [
      'wrong, then two right on two days',
      [
        [D1, 0, 'q'],
        [D2, 1, 'q'],
        [D3, 1, 'q'],
      ],
      'proficient',
    ],
    [
      'proficient, then right in a review',
      [
        [D1, 1, 'q'],
        [D2, 1, 'q'],
        [D3, 1, 'r'],
      ],
      'mastered',
    ],
    [
      'proficient, then right in the exam',
      [
        [D1, 1, 'q'],
        [D2, 1, 'q'],
        [D2 + 60, 1, 'x'],
      ],
      'mastered',
    ],
    [
      'proficient, then right in a module quiz only',
      [
        [D1, 1, 'q'],
        [D2, 1, 'q'],
        [D3, 1, 'q'],
      ],
      'proficient',
    ],
    // The exam answer that makes it proficient does not also confirm it.
    [
      'the exam answer is the one that makes it proficient',
      [
        [D1, 1, 'q'],
        [D2, 1, 'x'],
      ],
      'proficient',
    ],
    // A review before it became proficient does not count.
    [
      'review before proficient',
      [
        [D1, 1, 'r'],
        [D2, 1, 'q'],
      ],
      'proficient',
    ],
    [
      'mastered, then wrong',
      [
        [D1, 1, 'q'],
        [D2, 1, 'q'],
        [D3, 1, 'r'],
        [D4, 0, 'r'],
      ],
      'attempted',
    ],
  ];
  it.each(table)('%s', (_name, entries, level) => {
    expect(masteryLevel(entries, utcDay)).toBe(level);
  });

  const entry = fc.tuple(
    fc.integer({ min: D1, max: D1 + 30 * 86_400 }),
    fc.constantFrom<0 | 1>(0, 1),
    fc.constantFrom<'q' | 'x' | 'r'>('q', 'x', 'r'),
  ) as fc.Arbitrary<AnswerEntry>;

  it('a right answer (later than the others) never lowers the level', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.integer({ min: 1, max: 10 * 86_400 }),
        fc.constantFrom<'q' | 'x' | 'r'>('q', 'x', 'r'),
        (entries, later, source) => {
          const last = Math.max(D1, ...entries.map((e) => e[0]));
          const before = masteryLevel(entries, utcDay);
          const after = masteryLevel([...entries, [last + later, 1, source]], utcDay);
          expect(levelRank(after)).toBeGreaterThanOrEqual(levelRank(before));
        },
      ),
    );
  });

  it('a wrong answer (latest) always gives attempted', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const last = Math.max(D1, ...entries.map((e) => e[0]));
        expect(masteryLevel([...entries, [last + 1, 0, 'q']], utcDay)).toBe('attempted');
      }),
    );
  });

  it('pools the questions of an objective', () => {
    const levels = masteryByObjective(
      { a: [[D1, 1, 'q']], b: [[D2, 1, 'q']], c: [[D1, 0, 'q']] },
      { a: 'm01/01#1', b: 'm01/01#1', c: 'm01/01#2', d: 'm01/02#1' },
      utcDay,
    );
    expect(levels).toEqual({ 'm01/01#1': 'proficient', 'm01/01#2': 'attempted', 'm01/02#1': 'not-started' });
  });
});

describe('history', () => {
  const attempt: Attempt = {
    id: 'x1',
    kind: 'exam',
    scope: 'exam',
    seed: 'x1',
    questionIds: ['a', 'b', 'c'],
    responses: {},
    scores: { a: 1, b: 0.5 },
    startedAt: '2026-12-01T08:00:00.000Z',
    finishedAt: '2026-12-01T09:00:00.000Z',
  };
  it('takes the answered questions of a finished attempt, partial credit as wrong', () => {
    expect(historyFromAttempt(attempt)).toEqual({ a: [[D1, 1, 'x']], b: [[D1, 0, 'x']] });
    const open: Attempt = { ...attempt };
    delete open.finishedAt;
    expect(historyFromAttempt(open)).toEqual({});
  });

  it('caps a question at the newest entries', () => {
    const many: AnswerEntry[] = Array.from({ length: 12 }, (_, i) => [D1 + i, 1, 'q']);
    const merged = mergeEntries(many, [], 8);
    expect(merged).toHaveLength(8);
    expect(merged[0]![0]).toBe(D1 + 4);
  });

  const entry = fc.tuple(
    fc.integer({ min: D1, max: D1 + 40 }),
    fc.constantFrom<0 | 1>(0, 1),
    fc.constantFrom<'q' | 'x' | 'r'>('q', 'x', 'r'),
  ) as fc.Arbitrary<AnswerEntry>;
  const history = fc.dictionary(
    fc.constantFrom('a', 'b', 'c', 'd'),
    fc.array(entry, { maxLength: 10 }),
  ) as fc.Arbitrary<AnswerHistory>;

  it('merge is commutative and idempotent', () => {
    fc.assert(
      fc.property(history, history, (a, b) => {
        const ab = mergeHistories(a, b);
        expect(ab).toEqual(mergeHistories(b, a));
        expect(mergeHistories(ab, ab)).toEqual(ab);
        expect(mergeHistories(ab, b)).toEqual(ab);
      }),
    );
  });
});

describe('review queue', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  it('is empty before any answer', () => {
    expect(reviewQueue({}, now)).toEqual([]);
    expect(nextDue({}, now)).toBeUndefined();
  });

  it('replays the history with ts-fsrs (worked out: Good → 3 days, Again → 1 day, Good then Good on its due day → 14 more days)', () => {
    expect(cardFor([[D1, 1, 'q']])!.due.toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(cardFor([[D1, 0, 'q']])!.due.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    const twice = cardFor([
      [D1, 1, 'q'],
      [at('2026-12-04T09:00:00Z'), 1, 'q'],
    ]);
    expect(twice!.due.toISOString()).toBe('2026-12-18T09:00:00.000Z');
  });

  it('puts missed questions first, then the longest overdue; leaves out what is not due', () => {
    const history: AnswerHistory = {
      right: [[D1, 1, 'q']], // due 12-04
      rightLater: [[D3, 1, 'q']], // due 12-06
      missed: [[D4, 0, 'q']], // due 12-05
      fresh: [[at('2026-12-10T11:00:00Z'), 1, 'q']], // due 12-13: not due
    };
    expect(reviewQueue(history, now)).toEqual(['missed', 'right', 'rightLater']);
    expect(reviewQueue(history, now, new Set(['right']))).toEqual(['right']);
    expect(nextDue(history, now)!.toISOString()).toBe('2026-12-13T11:00:00.000Z');
  });

  it('holds at most ten questions', () => {
    const history: AnswerHistory = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [`q${i}`, [[D1, 0, 'q']] as AnswerEntry[]]),
    );
    expect(reviewQueue(history, now)).toHaveLength(10);
  });

  it('never holds a question that is not due', () => {
    const entry = fc.tuple(
      fc.integer({ min: D1 - 60 * 86_400, max: D1 + 20 * 86_400 }),
      fc.constantFrom<0 | 1>(0, 1),
      fc.constantFrom<'q' | 'x' | 'r'>('q', 'x', 'r'),
    ) as fc.Arbitrary<AnswerEntry>;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.array(entry, { maxLength: 6 })),
        fc.integer({ min: D1, max: D1 + 40 * 86_400 }),
        (history, seconds) => {
          const when = new Date(seconds * 1000);
          const due = dueQuestions(history, when);
          for (const q of due)
            expect(cardFor(history[q.id]!)!.due.getTime()).toBeLessThanOrEqual(when.getTime());
          for (const id of reviewQueue(history, when)) expect(due.some((q) => q.id === id)).toBe(true);
          for (const [id, entries] of Object.entries(history))
            if (entries.length === 0) expect(due.some((q) => q.id === id)).toBe(false);
        },
      ),
    );
  });
});

describe('study plan', () => {
  const lessons = [
    { key: 'm01/01', minutes: 20 },
    { key: 'm01/02', minutes: 25 },
    { key: 'm02/01', minutes: 15 },
  ];
  it('counts today and the target day', () => {
    expect(daysBetween('2026-12-07', '2026-12-09')).toBe(2);
  });
  it.each([
    // 60 minutes over 3 days = 20 a day.
    ['2026-12-09', 20, 'on-track', 20],
    ['2026-12-09', 19, 'behind', 20],
    // 60 minutes in one day (the target is today).
    ['2026-12-07', 30, 'behind', 60],
    ['2026-12-06', 30, 'past', 60],
  ] as const)('target %s, %i min a day → %s', (target, minutesPerDay, status, needed) => {
    const plan = planToday({ target, minutesPerDay }, '2026-12-07', lessons, 14);
    expect(plan).toMatchObject({
      status,
      lesson: 'm01/01',
      reviews: 10,
      minutesNeededPerDay: needed,
      minutesLeft: 60,
    });
  });
  it('is done when no lesson is left', () => {
    expect(planToday({ target: '2026-12-09', minutesPerDay: 20 }, '2026-12-07', [], 3)).toMatchObject({
      status: 'done',
      reviews: 3,
    });
  });
  it('reads the form with typed problems', () => {
    expect(parsePlan('2026-12-24', '30')).toEqual({
      ok: true,
      plan: { target: '2026-12-24', minutesPerDay: 30 },
    });
    expect(parsePlan('24.12.2026', '30')).toEqual({ ok: false, problem: 'plan.badDate' });
    expect(parsePlan('2026-12-24', '0')).toEqual({ ok: false, problem: 'plan.badMinutes' });
    expect(parsePlan('2026-12-24', 'abc')).toEqual({ ok: false, problem: 'plan.badMinutes' });
  });
});

describe('class results per objective', () => {
  it('counts answers fully right per objective and learners who answered it, weakest first', () => {
    const objectiveOf = { a: 'm01/01#1', b: 'm01/01#1', c: 'm01/01#2' };
    const people = [
      { quizzes: [{ questionIds: ['a', 'b', 'c'], scores: { a: 1, b: 0.5, c: 1 } }] },
      {
        quizzes: [
          { questionIds: ['a', 'c'], scores: { a: 0, c: 1 } },
          { questionIds: ['x'], scores: { x: 1 } },
        ],
      },
    ];
    // m01/01#1: a right, b partial (wrong), a wrong → 1 of 3 from 2 learners; #2: 2 of 2.
    expect(objectiveRates(people, objectiveOf)).toEqual([
      { key: 'm01/01#1', learners: 2, answered: 3, right: 1, rate: 1 / 3 },
      { key: 'm01/01#2', learners: 2, answered: 2, right: 2, rate: 1 },
    ]);
  });
});

describe('knowledge checks in the answer history', () => {
  // One objective tested by two questions of lesson m01/01.
  const objectiveOf = { 'm01-q1': 'm01/01#1', 'm01-q2': 'm01/01#1' };

  it('a right first check makes the objective familiar', () => {
    const record = knowledgeCheckRecorder();
    const progress = addAnswers(emptyProgress(), record('m01-q1', true, D1 + 0.7));
    expect(progress.answers).toEqual({ 'm01-q1': [[D1, 1, 'k']] });
    expect(masteryByObjective(progress.answers, objectiveOf, utcDay)).toEqual({ 'm01/01#1': 'familiar' });
  });

  it('a retry in the same visit adds nothing; a wrong first check stays wrong', () => {
    const record = knowledgeCheckRecorder();
    let answers: AnswerHistory = {};
    answers = mergeHistories(answers, record('m01-q1', false, D1));
    // After the explanation: right now, but it is not counted.
    expect(record('m01-q1', true, D1 + 60)).toEqual({});
    answers = mergeHistories(answers, record('m01-q1', true, D1 + 60));
    expect(answers).toEqual({ 'm01-q1': [[D1, 0, 'k']] });
    expect(masteryByObjective(answers, objectiveOf, utcDay)).toEqual({ 'm01/01#1': 'attempted' });
    // The other question of the same check is still recorded once.
    expect(record('m01-q2', true, D1 + 70)).toEqual({ 'm01-q2': [[D1 + 70, 1, 'k']] });
  });

  it('a reload (a new recorder) counts the question again', () => {
    expect(knowledgeCheckRecorder()('m01-q1', true, D1)).toEqual({ 'm01-q1': [[D1, 1, 'k']] });
    expect(knowledgeCheckRecorder()('m01-q1', true, D2)).toEqual({ 'm01-q1': [[D2, 1, 'k']] });
  });

  const table: [string, AnswerEntry[], string][] = [
    [
      'right in checks on two days: proficient',
      [
        [D1, 1, 'k'],
        [D2, 1, 'k'],
      ],
      'proficient',
    ],
    [
      'then a third check right: still proficient',
      [
        [D1, 1, 'k'],
        [D2, 1, 'k'],
        [D3, 1, 'k'],
      ],
      'proficient',
    ],
    [
      'then a module quiz right: still proficient',
      [
        [D1, 1, 'k'],
        [D2, 1, 'k'],
        [D3, 1, 'q'],
      ],
      'proficient',
    ],
    [
      'then a review right: mastered',
      [
        [D1, 1, 'k'],
        [D2, 1, 'k'],
        [D3, 1, 'r'],
      ],
      'mastered',
    ],
    [
      'then the exam right: mastered',
      [
        [D1, 1, 'k'],
        [D2, 1, 'q'],
        [D3, 1, 'x'],
      ],
      'mastered',
    ],
    [
      'a wrong check after a review: attempted',
      [
        [D1, 1, 'q'],
        [D2, 1, 'q'],
        [D3, 1, 'r'],
        [D4, 0, 'k'],
      ],
      'attempted',
    ],
  ];
  it.each(table)('%s', (_name, entries, level) => {
    expect(masteryLevel(entries, utcDay)).toBe(level);
  });

  it('records with k entries survive storage and SCORM suspend_data; old ones still read', () => {
    const progress = addAnswers(emptyProgress(), {
      'm01-q1': [
        [D1, 1, 'k'],
        [D2, 0, 'q'],
      ],
    });
    expect(parseProgress(serialiseProgress(progress)).progress).toEqual(progress);
    expect(decodeSuspendData(encodeSuspendData(progress).data)).toEqual(progress);
    const old = addAnswers(emptyProgress(), { 'm01-q1': [[D1, 1, 'q']] });
    const read = parseProgress(serialiseProgress(old));
    expect(read.problem).toBeUndefined();
    expect(read.progress).toEqual(old);
  });
});
