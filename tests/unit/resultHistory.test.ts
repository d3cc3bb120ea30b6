/**
 * The answer history in a workshop result (version 2): the compact encoding (round trip, bound,
 * corrupt input), old version 1 results still reading (share right only), the class counts per
 * level, the size of a whole course's result, and the property that the trainer's level for a
 * learner is the learner's own level from the same progress record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { classObjectives } from '@/lib/mastery/classMastery';
import { importResults } from '@/lib/trainer/classImport';
import { ANSWER_SOURCES, HISTORY_CAP, type AnswerEntry, type AnswerHistory } from '@/lib/mastery/history';
import { masteryByObjective, masteryLevel, type DayOf } from '@/lib/mastery/mastery';
import { addAnswers, emptyProgress } from '@/lib/progress/progress';
import type { Attempt } from '@/lib/quiz/attempts';
import {
  compactEntries,
  decodeHistory,
  encodeHistory,
  RIGHT_PER_DAY,
  type CodedHistory,
} from '@/lib/trainer/resultHistory';
import {
  encodeResultCode,
  makeWorkshopResult,
  readWorkshopResult,
  RESULT_KIND,
  type WorkshopResult,
} from '@/lib/trainer/workshopResult';

const NOW = '2026-12-07T10:00:00.000Z';
const DAY = 86_400;
const T0 = Date.parse('2026-12-01T00:00:00Z') / 1000;
/** A learner in UTC+8 (Shanghai): local days start at 16:00 UTC. */
const shanghai: DayOf = (s) => new Date((s + 8 * 3600) * 1000).toISOString().slice(0, 10);
const zone =
  (hours: number): DayOf =>
  (s) =>
    new Date((s + hours * 3600) * 1000).toISOString().slice(0, 10);

function made(answers: AnswerHistory, dayOf: DayOf = shanghai, attempts: Attempt[] = []): WorkshopResult {
  const result = makeWorkshopResult({ workshop: 'KAM-01', name: 'Ann', attempts, answers, dayOf, now: NOW });
  if (!result.ok) throw new Error(result.problem);
  return result.result;
}

/** The trainer's levels from a result that went through the code and back. */
function trainerLevels(result: WorkshopResult, objectiveOf: Record<string, string>) {
  const read = readWorkshopResult(encodeResultCode(result));
  if (!read.ok) throw new Error(read.problem);
  const decoded = decodeHistory(read.result.history!);
  if (!decoded) throw new Error('not decoded');
  return masteryByObjective(decoded.history, objectiveOf, decoded.dayOf);
}

const h = (day: number, hour: number) => T0 + day * DAY + hour * 3600;

describe('encodeHistory', () => {
  it.each<[string, AnswerEntry[], string, string[]]>([
    ['a wrong knowledge check', [[h(0, 2), 0, 'k']], 'attempted', ['0k']],
    [
      'wrong then right, same day',
      [
        [h(0, 2), 0, 'k'],
        [h(0, 3), 1, 'q'],
      ],
      'familiar',
      ['0k1Q'],
    ],
    [
      'right on two days',
      [
        [h(0, 2), 1, 'k'],
        [h(1, 2), 1, 'q'],
      ],
      'proficient',
      ['0K1Q'],
    ],
    [
      'two days, then a review',
      [
        [h(0, 2), 1, 'k'],
        [h(1, 2), 1, 'q'],
        [h(2, 2), 1, 'r'],
      ],
      'mastered',
      ['0K1Q2R'],
    ],
    [
      // 15:00 and 17:00 UTC are two days in Shanghai, one in UTC.
      'local days, not UTC days',
      [
        [h(0, 15), 1, 'q'],
        [h(0, 17), 1, 'q'],
      ],
      'proficient',
      ['0Q1Q'],
    ],
    [
      'answers before the last wrong one are dropped',
      [
        [h(0, 1), 1, 'k'],
        [h(1, 1), 1, 'q'],
        [h(2, 1), 0, 'x'],
        [h(3, 1), 1, 'r'],
      ],
      'familiar',
      ['0x1R'],
    ],
    [
      'of five right answers in a day, the first, the last review and the last are kept',
      [
        [h(0, 1), 1, 'k'],
        [h(0, 2), 1, 'r'],
        [h(0, 3), 1, 'r'],
        [h(0, 4), 1, 'q'],
        [h(0, 5), 1, 'q'],
      ],
      'familiar',
      ['0K1R2Q'],
    ],
  ])('%s', (_name, entries, level, coded) => {
    const result = made({ q1: entries });
    expect(Object.values(result.history!.answers)).toEqual(coded);
    expect(trainerLevels(result, { q1: 'o1' })).toEqual({ o1: level });
    expect(masteryLevel(entries, shanghai)).toBe(level);
  });

  it('sends local days only, as a first day then differences', () => {
    const coded = encodeHistory(
      {
        q1: [
          [h(0, 2), 1, 'k'],
          [h(0, 3), 1, 'q'],
        ],
        q2: [[h(3, 2), 0, 'x']],
      },
      shanghai,
    );
    const first = Date.UTC(2026, 11, 1) / 86_400_000;
    expect(coded).toEqual({ days: [first, 0, 3], answers: { q1: '0K1Q', q2: '2x' } });
    expect(JSON.stringify(coded)).not.toContain(String(T0).slice(0, 6));
  });

  it(`keeps at most ${HISTORY_CAP} answers per question, and 1 wrong + ${RIGHT_PER_DAY} right per day`, () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 20 * 24 }),
            fc.constantFrom(0, 1),
            fc.constantFrom(...ANSWER_SOURCES),
          ),
          { maxLength: 40 },
        ),
        (raw) => {
          const entries = raw.map(
            ([hours, right, source]) => [T0 + hours * 3600, right, source] as AnswerEntry,
          );
          const kept = compactEntries(entries, shanghai);
          expect(kept.length).toBeLessThanOrEqual(HISTORY_CAP);
          expect(kept.filter((e) => e[1] === 0).length).toBeLessThanOrEqual(1);
          const perDay = new Map<string, number>();
          for (const e of kept.filter((k) => k[1] === 1))
            perDay.set(shanghai(e[0]), (perDay.get(shanghai(e[0])) ?? 0) + 1);
          for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(RIGHT_PER_DAY);
        },
      ),
    );
  });
});

describe('decodeHistory refuses corrupt input', () => {
  const good: CodedHistory = { days: [20_000, 0, 1], answers: { q1: '0K2Q' } };
  it('reads a good one', () => {
    expect(decodeHistory(good)?.history).toEqual({
      q1: [
        [0, 1, 'k'],
        [2, 1, 'q'],
      ],
    });
  });
  it.each<[string, unknown]>([
    ['a position past the days', { days: [20_000], answers: { q1: '0K1Q' } }],
    ['a negative difference', { days: [20_000, -1], answers: {} }],
    ['a fractional day', { days: [20_000.5], answers: {} }],
    ['a day far in the future', { days: [20_000, 500_000], answers: {} }],
    ['an unknown source letter', { days: [20_000], answers: { q1: '0Z' } }],
    ['too many answers', { days: [20_000], answers: { q1: '0K'.repeat(HISTORY_CAP + 1) } }],
    ['an empty answer string', { days: [20_000], answers: { q1: '' } }],
    ['answers not text', { days: [20_000], answers: { q1: 5 } }],
    ['days not a list', { days: 'x', answers: {} }],
  ])('%s', (_name, coded) => {
    expect(decodeHistory(coded as CodedHistory)).toBeUndefined();
  });
  it('keeps a question id "__proto__" as plain data', () => {
    const decoded = decodeHistory(JSON.parse('{"days":[20000],"answers":{"__proto__":"0K"}}'));
    expect(Object.getPrototypeOf(decoded?.history)).toBe(Object.prototype);
    expect(Object.hasOwn(decoded!.history, '__proto__')).toBe(true);
  });
});

describe('result versions', () => {
  const v2 = made({ q1: [[h(0, 2), 1, 'k']] });
  const v1: Record<string, unknown> = { ...v2, version: 1 };
  delete v1.history;

  it.each<[string, unknown, boolean | string]>([
    ['a version 2 result', v2, true],
    ['a version 1 result (no history)', v1, true],
    ['version 2 without its history', { ...v1, version: 2 }, 'damaged'],
    ['version 1 with a history', { ...v2, version: 1 }, 'damaged'],
    ['a history with a bad position', { ...v2, history: { days: [1], answers: { q1: '3K' } } }, 'damaged'],
    ['a history with a bad letter', { ...v2, history: { days: [1], answers: { q1: '0<' } } }, 'damaged'],
    ['a newer version', { ...v2, version: 3 }, 'newer-version'],
  ])('%s', (_name, data, expected) => {
    const read = readWorkshopResult(encodeResultCode(data as WorkshopResult));
    if (expected === true) expect(read).toEqual({ ok: true, result: data });
    else expect(read).toEqual({ ok: false, problem: expected });
  });

  it('a corrupt history in a class import is skipped as damaged, and loses nothing', () => {
    const first = importResults([{ source: 'ann', text: encodeResultCode(v2) }], 'KAM-01');
    const bad = { ...v2, name: 'Bob', history: { days: [20_000], answers: { q1: '0K9Q' } } };
    const next = importResults(
      [
        { source: 'bob', text: encodeResultCode(bad as WorkshopResult) },
        { source: 'cai', text: JSON.stringify({ ...v1, name: 'Cai' }) },
      ],
      'KAM-01',
      first,
    );
    expect(next.participants.map((p) => p.name)).toEqual(['Ann', 'Cai']);
    expect(next.skipped).toEqual([{ source: 'bob', reason: 'damaged' }]);
  });

  it('counts old results in the share right only, and says how many', () => {
    const quiz = {
      scope: 'm01',
      kind: 'module' as const,
      finishedAt: NOW,
      questionIds: ['q1', 'q2'],
      responses: {},
      scores: { q1: 1, q2: 0 },
    };
    const old = { kind: RESULT_KIND, version: 1, quizzes: [quiz] };
    const objectiveOf = { q1: 'o1', q2: 'o2' };
    const summary = classObjectives([old, old], objectiveOf, ['o1', 'o2']);
    expect(summary.withHistory).toBe(0);
    expect(summary.withoutHistory).toBe(2);
    expect(summary.rows.map((r) => [r.key, r.rate?.rate, r.levels.attempted])).toEqual([
      ['o2', 0, 0],
      ['o1', 1, 0],
    ]);
  });
});

describe('classObjectives', () => {
  it('counts learners per level and puts the objectives to re-teach first', () => {
    const objectiveOf = { a: 'o1', b: 'o2', c: 'o3', d: 'o4' };
    // o1: Ann proficient, Bob mastered. o2: Ann attempted, Bob familiar. o3: both attempted.
    // o4: nobody answered (left out).
    const ann = made({
      a: [
        [h(0, 1), 1, 'k'],
        [h(1, 1), 1, 'q'],
      ],
      b: [[h(0, 1), 0, 'k']],
      c: [[h(0, 1), 0, 'q']],
    });
    const bob = made({
      a: [
        [h(0, 1), 1, 'k'],
        [h(1, 1), 1, 'q'],
        [h(2, 1), 1, 'x'],
      ],
      b: [[h(0, 1), 1, 'k']],
      c: [
        [h(0, 1), 1, 'k'],
        [h(0, 2), 0, 'x'],
      ],
    });
    const summary = classObjectives([ann, bob], objectiveOf, ['o1', 'o2', 'o3', 'o4']);
    expect(summary).toMatchObject({ withHistory: 2, withoutHistory: 0 });
    expect(summary.rows.map((r) => [r.key, r.levels])).toEqual([
      ['o3', { 'not-started': 0, attempted: 2, familiar: 0, proficient: 0, mastered: 0 }],
      ['o2', { 'not-started': 0, attempted: 1, familiar: 1, proficient: 0, mastered: 0 }],
      ['o1', { 'not-started': 0, attempted: 0, familiar: 0, proficient: 1, mastered: 1 }],
    ]);
  });
});

describe('the trainer sees the learner’s own level', () => {
  const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
  const objectiveOf = { q1: 'o1', q2: 'o1', q3: 'o1', q4: 'o2', q5: 'o2', q6: 'o3' };
  // Answers at whole hours over ten days, so that equal times and day edges are frequent.
  const entry = fc.tuple(
    fc.integer({ min: 0, max: 10 * 24 }),
    fc.constantFrom<0 | 1>(0, 1),
    fc.constantFrom(...ANSWER_SOURCES),
  );
  it('for any progress record and time zone', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...questions), fc.array(entry, { maxLength: 14 })),
        fc.integer({ min: -12, max: 14 }),
        (raw, hours) => {
          const dayOf = zone(hours);
          const answers: AnswerHistory = Object.fromEntries(
            Object.entries(raw).map(([id, list]) => [
              id,
              list.map(([at, right, source]) => [T0 + at * 3600, right, source] as AnswerEntry),
            ]),
          );
          const progress = addAnswers(emptyProgress(), answers);
          const own = masteryByObjective(progress.answers, objectiveOf, dayOf);
          expect(trainerLevels(made(progress.answers, dayOf), objectiveOf)).toEqual(own);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('size', () => {
  it('a learner who has done the whole course sends a code a chat takes', () => {
    const root = new URL('../../content/quizzes/en/', import.meta.url).pathname;
    const banks = readdirSync(root)
      .filter((f) => f.endsWith('.yaml'))
      .map(
        (f) => load(readFileSync(join(root, f), 'utf8')) as { module: string; questions: { id: string }[] },
      );
    // Every question: a knowledge check (wrong for every third), the module quiz the same day, a
    // review two days on and the exam a week on; the latest attempt of every module quiz asks all
    // its questions, the exam 30.
    let answers: AnswerHistory = {};
    const attempts: Attempt[] = [];
    banks.forEach((bank, m) => {
      const ids = bank.questions.map((q) => q.id);
      ids.forEach((id, i) => {
        answers = {
          ...answers,
          [id]: [
            [h(m, 1), i % 3 === 0 ? 0 : 1, 'k'],
            [h(m, 2), 1, 'q'],
            [h(m + 2, 2), 1, 'r'],
            [h(m + 9, 2), i % 5 === 0 ? 0 : 1, 'x'],
          ],
        };
      });
      attempts.push({
        id: `a${m}`,
        kind: 'module',
        scope: bank.module,
        seed: 's',
        questionIds: ids,
        responses: Object.fromEntries(ids.map((id) => [id, { type: 'single', choice: 'b' }])),
        scores: Object.fromEntries(ids.map((id, i) => [id, i % 3 === 0 ? 0 : 1])),
        startedAt: NOW,
        finishedAt: new Date(h(m, 2) * 1000).toISOString(),
      } as Attempt);
    });
    const examIds = Object.keys(answers).slice(0, 30);
    attempts.push({
      id: 'x',
      kind: 'exam',
      scope: 'exam',
      seed: 's',
      questionIds: examIds,
      responses: Object.fromEntries(examIds.map((id) => [id, { type: 'single', choice: 'a' }])),
      scores: Object.fromEntries(examIds.map((id) => [id, 1])),
      startedAt: NOW,
      finishedAt: NOW,
    } as Attempt);
    const result = made(answers, shanghai, attempts);
    const code = encodeResultCode(result);
    const before = encodeResultCode({ ...result, version: 1, history: undefined } as WorkshopResult);
    console.info(
      `whole course: ${Object.keys(answers).length} questions; code ${code.length} characters ` +
        `(${before.length} without the history); history JSON ${JSON.stringify(result.history).length} characters`,
    );
    expect(Object.keys(answers).length).toBeGreaterThan(150);
    expect(code.length).toBeLessThan(8000);
    expect(readWorkshopResult(code).ok).toBe(true);
  });
});
