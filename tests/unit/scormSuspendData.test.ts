import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAttempts } from '@/lib/progress/attemptRecords';
import { emptyProgress, PROGRESS_VERSION, type Progress } from '@/lib/progress/progress';
import type { Attempt } from '@/lib/quiz/attempts';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '@/lib/scorm/suspendData';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const exam = JSON.parse(fixture('scorm/exam-attempt.json')) as Attempt;
const lessonKeys = readFileSync(new URL('../fixtures/scorm/lesson-keys.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString();
const allLessons = Object.fromEntries(lessonKeys.map((key, i) => [key, { completedAt: day(i) }]));

/** The fixture exam attempt again, as attempt n with its own id, time and score. */
function examAttempt(n: number, scoreOfEach = 0.5): Attempt {
  return {
    ...exam,
    id: `exam-${n}`,
    seed: `exam-${n}`,
    startedAt: day(100 + n),
    finishedAt: day(101 + n),
    scores: Object.fromEntries(exam.questionIds.map((id) => [id, scoreOfEach])),
  };
}

const learner = (attempts: Attempt[]): Progress => ({
  ...emptyProgress(),
  lessons: allLessons,
  attempts,
  certificateName: '王小明',
});

describe('suspend data: round trip', () => {
  it.each([
    { name: 'nothing yet', progress: emptyProgress() },
    {
      name: 'one lesson',
      progress: { ...emptyProgress(), lessons: { [lessonKeys[0]!]: { completedAt: day(0) } } },
    },
    { name: 'every lesson, a passed exam and a name', progress: learner([exam]) },
  ])('$name comes back unchanged', ({ progress }) => {
    const { data, droppedAttempts, droppedLessons } = encodeSuspendData(progress);
    expect([droppedAttempts, droppedLessons]).toEqual([0, 0]);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(data).toMatch(/^kas1:[A-Za-z0-9+/]+=*$/);
    expect(decodeSuspendData(data)).toEqual(progress);
  });

  it('compresses a full record well below the limit', () => {
    const json = JSON.stringify(learner([exam]));
    const { data } = encodeSuspendData(learner([exam]));
    expect(json.length).toBeGreaterThan(SUSPEND_DATA_LIMIT / 2);
    expect(data.length).toBeLessThan(json.length / 2);
  });
});

describe('suspend data: at the 4,096-character limit', () => {
  it('keeps exactly what fits: a limit one character short drops one attempt', () => {
    const progress = learner([examAttempt(1), examAttempt(2), examAttempt(3)]);
    const full = encodeSuspendData(progress, Number.MAX_SAFE_INTEGER).data;
    expect(encodeSuspendData(progress, full.length)).toEqual({
      data: full,
      droppedAttempts: 0,
      droppedLessons: 0,
    });
    const short = encodeSuspendData(progress, full.length - 1);
    expect(short.data.length).toBeLessThan(full.length);
    expect(short.droppedAttempts).toBe(1);
  });

  it('fits 200 exam attempts into 4,096 characters, keeping lessons, name, the best exam and the one in progress', () => {
    const best = examAttempt(7, 1);
    const attempts = Array.from({ length: 200 }, (_, n) => (n === 7 ? best : examAttempt(n)));
    const inProgress: Attempt = { ...examAttempt(300) };
    Reflect.deleteProperty(inProgress, 'finishedAt');
    const progress = learner([...attempts, inProgress]);

    const { data, droppedAttempts, droppedLessons } = encodeSuspendData(progress);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(data.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 1000); // it fills the space it has
    expect(droppedLessons).toBe(0);
    expect(droppedAttempts).toBeGreaterThan(0);

    const back = decodeSuspendData(data)!;
    expect(back.lessons).toEqual(allLessons);
    expect(back.certificateName).toBe('王小明');
    const kept = readAttempts(back).attempts;
    expect(kept.map((a) => a.id)).toContain(best.id);
    expect(kept.map((a) => a.id)).toContain(inProgress.id);
    // Newest first after those two, and in stored order, so the unfinished one is still the last.
    expect(kept.at(-1)?.id).toBe(inProgress.id);
    expect(kept.filter((a) => a !== kept.at(-1) && a.id !== best.id).map((a) => a.id)).toEqual(
      attempts
        .filter((a) => a.id !== best.id)
        .slice(-(kept.length - 2))
        .map((a) => a.id),
    );
    expect(droppedAttempts + kept.length).toBe(201);
  });

  it('never goes over the limit, and keeps a subset of what it was given', () => {
    const key = fc.tuple(
      fc.integer({ min: 1, max: 99 }),
      fc.stringMatching(/^[a-z0-9-]{1,30}$/),
      fc.integer({ min: 1, max: 99 }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 120, selector: ([m, s, l]) => `${m}${s}${l}` }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 200, max: 4096 }),
        (keys, examCount, limit) => {
          const lessons = Object.fromEntries(
            keys.map(([m, slug, l], i) => [
              `m${String(m).padStart(2, '0')}-${slug}/${String(l).padStart(2, '0')}-${slug}`,
              { completedAt: day(i) },
            ]),
          );
          const progress: Progress = {
            ...emptyProgress(),
            lessons,
            attempts: Array.from({ length: examCount }, (_, n) => examAttempt(n)),
          };
          const { data, droppedAttempts, droppedLessons } = encodeSuspendData(progress, limit);
          expect(data.length).toBeLessThanOrEqual(limit);
          const back = decodeSuspendData(data)!;
          expect(Object.keys(back.lessons).length).toBe(Object.keys(lessons).length - droppedLessons);
          for (const [k, v] of Object.entries(back.lessons)) expect(lessons[k]).toEqual(v);
          expect(back.attempts.length).toBe(examCount - droppedAttempts);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('suspend data: damaged or foreign data is ignored', () => {
  const good = encodeSuspendData(learner([exam])).data;
  it.each([
    { name: 'empty', data: '' },
    { name: 'another course’s format', data: 'viewed=1,2,3|lastviewedslide=3' },
    { name: 'our tag, not base64', data: 'kas1:%%%not base64%%%' },
    { name: 'our tag, not deflate', data: `kas1:${btoa('{"version":2}')}` },
    { name: 'cut short by the LMS', data: good.slice(0, Math.floor(good.length / 2)) },
    {
      name: 'one character changed',
      data: `${good.slice(0, 40)}${good[40] === 'A' ? 'B' : 'A'}${good.slice(41)}`,
    },
    { name: 'too long for SCORM 1.2', data: `kas1:${'A'.repeat(SUSPEND_DATA_LIMIT)}` },
  ])('$name → undefined', ({ data }) => {
    expect(decodeSuspendData(data)).toBeUndefined();
  });

  it('a valid deflate of something that is not progress → undefined', async () => {
    const { deflateSync, strToU8 } = await import('fflate');
    const packed = (json: string) => `kas1:${btoa(String.fromCharCode(...deflateSync(strToU8(json))))}`;
    expect(decodeSuspendData(packed('{"version":2,"lessons":{"../../etc":{}}}'))).toBeUndefined();
    expect(decodeSuspendData(packed('[1,2,3]'))).toBeUndefined();
    expect(decodeSuspendData(packed('{"version":99,"lessons":{}}'))).toBeUndefined();
  });

  it('never throws, whatever the LMS hands back', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `kas1:${s}`),
          fc.base64String().map((s) => `kas1:${s}`),
        ),
        (data) => {
          const result = decodeSuspendData(data);
          expect(result === undefined || result.version === PROGRESS_VERSION).toBe(true);
        },
      ),
    );
  });
});

describe('suspend data: a full course of answers', () => {
  // Every question of the course (both banks share ids), answered the most times the history keeps,
  // at different times over weeks, with a mix of right and wrong and of sources.
  const ids = [
    ...readFileSync(
      new URL('../../content/quizzes/zh/m01-key-accounts.yaml', import.meta.url),
      'utf8',
    ).matchAll(/id: (m\d\d-q\d\d)/g),
  ].map((m) => m[1]!);
  const banks = [
    'm01-key-accounts',
    'm02-customer-value',
    'm03-selecting-customers',
    'm04-opportunity-assessment',
    'm05-buying-influences',
    'm06-spin',
    'm07-relationship-stages',
    'm08-capstone',
  ];
  const allIds = banks.flatMap((bank) =>
    [
      ...readFileSync(new URL(`../../content/quizzes/zh/${bank}.yaml`, import.meta.url), 'utf8').matchAll(
        /- id: (m\d\d-q\d+)/g,
      ),
    ].map((m) => m[1]!),
  );
  const start = Date.UTC(2026, 10, 1) / 1000;
  const sources = ['q', 'r', 'x'] as const;
  const answers = Object.fromEntries(
    allIds.map((id, i) => [
      id,
      Array.from(
        { length: 8 },
        (_, k) =>
          [
            start + k * 3 * 86_400 + i * 37 + k * 611,
            ((i + k) % 3 === 0 ? 0 : 1) as 0 | 1,
            sources[(i + k) % 3]!,
          ] as [number, 0 | 1, 'q' | 'r' | 'x'],
      ),
    ]),
  );

  it('keeps every lesson and a history per question of every question within 4,096 characters', () => {
    expect(ids.length).toBeGreaterThan(10);
    expect(allIds.length).toBeGreaterThan(150);
    const progress: Progress = { ...learner([exam, examAttempt(1), examAttempt(2)]), answers };
    const { data, droppedLessons, answersCap } = encodeSuspendData(progress);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(droppedLessons).toBe(0);
    const back = decodeSuspendData(data)!;
    expect(Object.keys(back.lessons)).toHaveLength(lessonKeys.length);
    // Every question keeps its newest answers (at least the last two, enough for proficient).
    expect(answersCap ?? 8).toBeGreaterThanOrEqual(2);
    for (const id of allIds) expect(back.answers[id]).toEqual(answers[id]!.slice(-(answersCap ?? 8)));
    console.info(`full course: ${data.length} characters, history cap ${answersCap ?? 8}`);
  });
});
