/**
 * Workshop results: making one from the progress record, the file and code round trip, hostile
 * input (huge, binary, damaged, foreign, newer, HTML names), and the class aggregation checked
 * against figures worked out by hand.
 */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '@/lib/quiz/attempts';
import {
  CODE_PREFIX,
  MAX_RESULT_BYTES,
  RESULT_KIND,
  cleanName,
  encodeResultCode,
  makeWorkshopResult,
  readWorkshopResult,
  spinTemperatureOf,
  type WorkshopResult,
} from '@/lib/trainer/workshopResult';
import { importResults } from '@/lib/trainer/classImport';
import { classCsv, quizFraction, responseKey, summariseClass } from '@/lib/trainer/classResults';

const NOW = '2026-12-03T10:00:00.000Z';

function attempt(scope: string, scores: Record<string, number>, finishedAt: string | null = NOW): Attempt {
  const ids = Object.keys(scores);
  return {
    id: `${scope}-${finishedAt ?? 'open'}`,
    kind: scope === 'exam' ? 'exam' : 'module',
    scope,
    seed: 's',
    questionIds: ids,
    responses: Object.fromEntries(
      ids.map((qid) => [qid, { type: 'single', choice: scores[qid] === 1 ? 'a' : 'b' }]),
    ),
    scores,
    startedAt: NOW,
    ...(finishedAt ? { finishedAt } : {}),
  } as Attempt;
}

function result(
  name: string,
  quizzes: Attempt[],
  extra: Partial<WorkshopResult> = {},
  workshop = 'KAM-01',
): WorkshopResult {
  const made = makeWorkshopResult({ workshop, name, attempts: quizzes, now: NOW });
  if (!made.ok) throw new Error(made.problem);
  return { ...made.result, ...extra };
}

describe('makeWorkshopResult', () => {
  it('keeps the latest finished attempt per quiz and normalises code and name', () => {
    const made = makeWorkshopResult({
      workshop: ' kam-01 ',
      name: '  Li\u0007  Wei ',
      attempts: [
        attempt('m01-key-accounts', { q1: 0 }, '2026-12-01T00:00:00Z'),
        attempt('m01-key-accounts', { q1: 1 }, '2026-12-02T00:00:00Z'),
        attempt('m02-customer-value', { q1: 1 }, null),
      ],
      tierCards: { correct: 3, total: 4, placements: { a: 'gold' } },
      spinTemperatures: [80],
      now: NOW,
    });
    if (!made.ok) throw new Error(made.problem);
    expect(made.result.workshop).toBe('KAM-01');
    expect(made.result.name).toBe('Li Wei');
    expect(made.result.quizzes.map((q) => [q.scope, q.scores])).toEqual([['m01-key-accounts', { q1: 1 }]]);
    expect(made.result.tierCards?.correct).toBe(3);
    expect(made.result.spinTemperatures).toEqual([80]);
  });

  it.each([
    ['', 'Ann', 'bad-code'],
    ['a', 'Ann', 'bad-code'],
    ['KAM 01', 'Ann', 'bad-code'],
    ['KAM-01', '   ', 'no-name'],
  ])('code %j name %j → %s', (workshop, name, problem) => {
    expect(makeWorkshopResult({ workshop, name, attempts: [], now: NOW })).toEqual({ ok: false, problem });
  });

  it('cleans names: control characters, spaces, length', () => {
    expect(cleanName('a\nb\tc')).toBe('a b c');
    expect(Array.from(cleanName('名'.repeat(100)))).toHaveLength(60);
  });

  it('reads SPIN temperatures under any of their names, rejecting nonsense', () => {
    expect(spinTemperatureOf({ endTemperature: 80 })).toBe(80);
    expect(spinTemperatureOf({ temperature: 40 })).toBe(40);
    expect(spinTemperatureOf({ finalTemperature: 1e9 })).toBeUndefined();
    expect(spinTemperatureOf({})).toBeUndefined();
  });
});

describe('reading results', () => {
  const good = result('Ann', [attempt('m01-key-accounts', { q1: 1, q2: 0 })]);

  it('round-trips through the JSON file and the short code', () => {
    expect(readWorkshopResult(JSON.stringify(good))).toEqual({ ok: true, result: good });
    const code = encodeResultCode(good);
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^KASW1\.[A-Za-z0-9_-]+$/);
    expect(readWorkshopResult(`  ${code}\n`)).toEqual({ ok: true, result: good });
    expect(code.length).toBeLessThan(JSON.stringify(good).length);
  });

  const hostile: [string, string, string][] = [
    ['empty', '   ', 'empty'],
    ['huge', `{"x":"${'a'.repeat(MAX_RESULT_BYTES)}"}`, 'too-large'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004\uFFFD', 'not-json'],
    ['not JSON', '<html><body>hello</body></html>', 'not-json'],
    ['another format', JSON.stringify({ format: 'key-account-course/progress' }), 'foreign'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['a newer version', JSON.stringify({ ...good, version: 3 }), 'newer-version'],
    ['an older or wrong version', JSON.stringify({ ...good, version: 0 }), 'damaged'],
    [
      'a score above 1',
      JSON.stringify({ ...good, quizzes: [{ ...good.quizzes[0], scores: { q1: 5 } }] }),
      'damaged',
    ],
    ['a bad code character', `${CODE_PREFIX}abc$%`, 'damaged'],
    ['a truncated code', encodeResultCode(good).slice(0, 20), 'damaged'],
    [
      'a code of non-JSON',
      CODE_PREFIX + Buffer.from(deflateSync(strToU8('nope'))).toString('base64url'),
      'damaged',
    ],
  ];
  it.each(hostile)('refuses %s', (_name, input, problem) => {
    expect(readWorkshopResult(input)).toEqual({ ok: false, problem });
  });

  it('refuses a code that inflates past the size limit (a zip bomb)', () => {
    const bomb =
      CODE_PREFIX + Buffer.from(deflateSync(new Uint8Array(MAX_RESULT_BYTES * 4))).toString('base64url');
    expect(bomb.length).toBeLessThan(10_000);
    expect(readWorkshopResult(bomb).ok).toBe(false);
  });

  it('keeps an HTML name as plain text', () => {
    const html = result('<img src=x onerror=alert(1)>', []);
    const read = readWorkshopResult(JSON.stringify(html));
    expect(read.ok && read.result.name).toBe('<img src=x onerror=alert(1)>');
    expect(read.ok && read.result.kind).toBe(RESULT_KIND);
  });
});

describe('importResults', () => {
  it('keeps this workshop once per person and reports the rest', () => {
    const ann = result('Ann', []);
    const other = result('Bob', [], {}, 'OTHER-9');
    const imported = importResults(
      [
        { source: 'ann.json', text: JSON.stringify(ann) },
        { source: 'ann-again.json', text: encodeResultCode(result('ANN', [])) },
        { source: 'bob.json', text: JSON.stringify(other) },
        { source: 'broken.json', text: '{"kind":' },
      ],
      'kam-01',
    );
    expect(imported.participants.map((p) => p.name)).toEqual(['Ann']);
    expect(imported.skipped).toEqual([
      { source: 'ann-again.json', reason: 'duplicate', detail: 'ANN' },
      { source: 'bob.json', reason: 'other-workshop', detail: 'OTHER-9' },
      { source: 'broken.json', reason: 'not-json' },
    ]);
    const more = importResults([{ source: 'ann2', text: JSON.stringify(ann) }], 'KAM-01', imported);
    expect(more.participants).toHaveLength(1);
    expect(more.skipped.at(-1)?.reason).toBe('duplicate');
  });
});

describe('summariseClass', () => {
  // By hand: m01 scores Ann 2/2 = 100%, Bob 1/2 = 50%, Cai 0/2 = 0% → mean 50%, one in each of
  // bands 10 (90–100%), 6 (50–60%) and 1 (0–10%). q2 is missed by Bob and Cai (answer "b"),
  // q1 by Cai only. Tier cards: card x gold, gold, iron → 2/3 agree; card y lead ×3 → 3/3.
  const people = [
    result('Ann', [attempt('m01-key-accounts', { q1: 1, q2: 1 })], {
      tierCards: { correct: 2, total: 2, placements: { x: 'gold', y: 'lead' } },
      spinTemperatures: [100],
    }),
    result('Bob', [attempt('m01-key-accounts', { q1: 1, q2: 0 })], {
      tierCards: { correct: 1, total: 2, placements: { x: 'gold', y: 'lead' } },
      spinTemperatures: [40, 80],
    }),
    result('Cai', [attempt('m01-key-accounts', { q1: 0, q2: 0 }), attempt('exam', { e1: 1 })], {
      tierCards: { correct: 1, total: 2, placements: { x: 'iron', y: 'lead' } },
    }),
  ];
  const summary = summariseClass(people);

  it('scores each quiz with its distribution', () => {
    expect(summary.participants).toBe(3);
    const m01 = summary.quizzes.find((q) => q.scope === 'm01-key-accounts');
    expect(m01?.takers).toBe(3);
    expect(m01?.mean).toBeCloseTo(0.5);
    expect(m01?.bands).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(summary.quizzes.find((q) => q.scope === 'exam')?.bands[9]).toBe(1);
  });

  it('lists the most-missed questions with the wrong answers', () => {
    expect(summary.missed.map((q) => [q.id, q.missed, q.asked])).toEqual([
      ['q2', 2, 3],
      ['q1', 1, 3],
    ]);
    expect(summary.missed[0]?.wrong).toEqual([{ answer: 'b', count: 2 }]);
  });

  it('measures agreement on the tier card sort and SPIN temperatures', () => {
    expect(summary.tiers.participants).toBe(3);
    expect(summary.tiers.meanScore).toBeCloseTo((1 + 0.5 + 0.5) / 3);
    expect(summary.tiers.cards).toEqual([
      { card: 'x', tier: 'gold', agreement: 2 / 3, placed: 3 },
      { card: 'y', tier: 'lead', agreement: 1, placed: 3 },
    ]);
    expect(summary.tiers.meanAgreement).toBeCloseTo((2 / 3 + 1) / 2);
    expect(summary.spin).toEqual({ count: 3, mean: 220 / 3, min: 40, max: 100, values: [40, 80, 100] });
  });

  it('handles an empty class', () => {
    const empty = summariseClass([]);
    expect(empty.quizzes).toEqual([]);
    expect(empty.tiers.meanAgreement).toBeUndefined();
    expect(empty.spin.mean).toBeUndefined();
  });

  it('exports a formula-guarded CSV', () => {
    const csv = classCsv(
      [...people, result('=HYPERLINK("x")', [])],
      { name: 'Name', tierCards: 'Tier cards', spin: 'SPIN' },
      (scope) => scope.toUpperCase(),
    );
    const lines = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Name,EXAM,M01-KEY-ACCOUNTS,Tier cards,SPIN');
    expect(lines[1]).toBe('Ann,,100,2/2,100');
    expect(lines[2]).toBe('Bob,,50,1/2,40 80');
    expect(lines[3]).toBe('Cai,100,0,1/2,');
    expect(lines[4]).toBe(`"'=HYPERLINK(""x"")",,,,`);
  });
});

describe('helpers', () => {
  it.each([
    [{ type: 'single', choice: 'a' }, 'a'],
    [{ type: 'single', choice: null }, ''],
    [{ type: 'multiple', choices: ['c', 'a'] }, 'a,c'],
    [{ type: 'truefalse', value: false }, 'false'],
    [{ type: 'ordering', order: ['b', 'a'] }, 'b>a'],
    [{ type: 'matching', matches: { y: '2', x: '1' } }, 'x=1;y=2'],
    [{ type: 'categorising', placements: { b: 'g2', a: 'g1' } }, 'a=g1;b=g2'],
    [undefined, ''],
  ] as const)('responseKey(%j) = %j', (response, expected) => {
    expect(responseKey(response as never)).toBe(expected);
  });

  it('a quiz with no questions scores 0', () => {
    expect(
      quizFraction({
        scope: 's',
        kind: 'module',
        finishedAt: NOW,
        questionIds: [],
        responses: {},
        scores: {},
      }),
    ).toBe(0);
  });
});
