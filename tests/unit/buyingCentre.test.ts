/** The buying-centre map: risk flags, feedback against the model answer, and the cases in content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attitudes,
  buildMap,
  buyingRoles,
  compareWithModel,
  contactLevels,
  modelMarks,
  personRoles,
  riskKey,
  rolesOf,
  type CasePerson,
  type PersonMarks,
  type Risk,
} from '@/lib/exercises/buyingCentre';
import { buyingCentreCaseSchema } from '@/lib/exercises/buyingCentreSchema';

const people = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

const show = (r: Risk) =>
  riskKey(r) + (r.kind === 'person' && r.status === 'unvisited' ? `:${r.roles.join('+')}` : '');

describe('buildMap', () => {
  const cases: {
    name: string;
    marks: Record<string, PersonMarks>;
    risks: string[];
    status: string[];
    visited: [number, number];
  }[] = [
    {
      name: 'nothing marked: all four roles unidentified, and every person',
      marks: {},
      risks: [
        'role:user:unidentified',
        'role:gatekeeper:unidentified',
        'role:coach:unidentified',
        'role:decision-maker:unidentified',
        ...['a', 'b', 'c', 'd', 'e'].map((id) => `person:${id}:unidentified`),
      ],
      status: ['unidentified', 'unidentified', 'unidentified', 'unidentified'],
      visited: [0, 0],
    },
    {
      name: 'every role held and visited one-to-one: no risk',
      marks: {
        a: { role: 'user', contact: 'one-to-one' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'coach', contact: 'one-to-one' },
        d: { role: 'decision-maker', contact: 'one-to-one' },
        e: { role: 'none', contact: 'none' },
      },
      risks: [],
      status: ['covered', 'covered', 'covered', 'covered'],
      visited: [4, 4],
    },
    {
      name: 'a decision maker seen only in a group is unvisited',
      marks: {
        a: { role: 'user', contact: 'one-to-one' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'coach', contact: 'one-to-one' },
        d: { role: 'decision-maker', contact: 'group' },
        e: { role: 'none' },
      },
      risks: ['person:d:unvisited:decision-maker'],
      status: ['covered', 'covered', 'covered', 'unvisited'],
      visited: [3, 4],
    },
    {
      // The bug of issue 15: a visited gatekeeper used to hide one never met.
      name: 'one visited gatekeeper does not cover another never met',
      marks: {
        a: { role: 'gatekeeper', contact: 'none' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'user', secondRole: 'coach', contact: 'one-to-one' },
        d: { role: 'decision-maker', contact: 'one-to-one' },
        e: { role: 'none' },
      },
      risks: ['person:a:unvisited:gatekeeper'],
      status: ['covered', 'unvisited', 'covered', 'covered'],
      visited: [3, 4],
    },
    {
      name: 'a user who is also a coach fills both roles, and is one risk with both roles if not visited',
      marks: {
        a: { role: 'coach', secondRole: 'user', contact: 'group' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'decision-maker', contact: 'one-to-one' },
        d: { role: 'none' },
        e: { role: 'none' },
      },
      risks: ['person:a:unvisited:user+coach'],
      status: ['unvisited', 'covered', 'unvisited', 'covered'],
      visited: [2, 3],
    },
    {
      name: 'a second role repeating the first, or beside "no buying role", adds nothing',
      marks: {
        a: { role: 'user', secondRole: 'user', contact: 'one-to-one' },
        b: { role: 'none', secondRole: 'coach', contact: 'none' },
        c: { role: 'none' },
        d: { role: 'none' },
        e: { role: 'none' },
      },
      risks: ['role:gatekeeper:unidentified', 'role:coach:unidentified', 'role:decision-maker:unidentified'],
      status: ['covered', 'unidentified', 'unidentified', 'unidentified'],
      visited: [1, 1],
    },
  ];
  it.each(cases)('$name', ({ marks, risks, status, visited }) => {
    const map = buildMap(people, marks);
    expect(map.risks.map(show)).toEqual(risks);
    expect(map.cells.map((c) => c.status)).toEqual(status);
    expect([map.visited, map.influencers]).toEqual(visited);
    expect(map.cells.map((c) => c.role)).toEqual(['user', 'gatekeeper', 'coach', 'decision-maker']);
  });

  it('lists the holders of each role with their marks and counts the unmarked', () => {
    const map = buildMap(people, {
      a: { role: 'user', attitude: 'sceptical', contact: 'group' },
      b: { role: 'coach', secondRole: 'user' },
    });
    expect(map.cells[0]?.people).toEqual([
      { id: 'a', attitude: 'sceptical', contact: 'group', visited: false },
      { id: 'b', attitude: undefined, contact: undefined, visited: false },
    ]);
    expect(map.cells[2]?.people.map((p) => p.id)).toEqual(['b']);
    expect(map.unmarked).toBe(3);
  });

  const marksArb = fc.dictionary(
    fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    fc.record(
      {
        role: fc.constantFrom(...personRoles),
        secondRole: fc.constantFrom(...buyingRoles),
        attitude: fc.constantFrom(...attitudes),
        contact: fc.constantFrom(...contactLevels),
      },
      { requiredKeys: [] },
    ),
  );

  it('property: the flags never miss a person who is unidentified or not met one-to-one, and flag nobody else', () => {
    fc.assert(
      fc.property(marksArb, (marks) => {
        const map = buildMap(people, marks);
        const keys = new Set(map.risks.map(riskKey));
        for (const { id } of people) {
          const m = marks[id];
          const unidentified = m?.role === undefined && m?.secondRole === undefined;
          const influence = rolesOf(m).length > 0;
          expect(keys.has(`person:${id}:unidentified`)).toBe(unidentified);
          expect(keys.has(`person:${id}:unvisited`)).toBe(influence && m?.contact !== 'one-to-one');
        }
        for (const cell of map.cells) {
          const holders = people.filter((p) => rolesOf(marks[p.id]).includes(cell.role));
          expect(keys.has(`role:${cell.role}:unidentified`)).toBe(holders.length === 0);
          // A role counts as covered only when every person holding it has been met one-to-one.
          expect(cell.status === 'covered').toBe(
            holders.length > 0 && holders.every((p) => marks[p.id]?.contact === 'one-to-one'),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: meeting a person one-to-one never adds a risk', () => {
    fc.assert(
      fc.property(marksArb, fc.constantFrom('a', 'b', 'c', 'd', 'e'), (marks, id) => {
        const before = new Set(buildMap(people, marks).risks.map(riskKey));
        const after = buildMap(people, { ...marks, [id]: { ...marks[id], contact: 'one-to-one' } });
        expect(after.risks.every((r) => before.has(riskKey(r)))).toBe(true);
      }),
    );
  });
});

const person = (id: string, model: CasePerson['model']): CasePerson => ({
  id,
  name: id,
  position: 'p',
  notes: 'n',
  model,
  explanation: 'e',
});
const casePeople = [
  person('u', { role: 'user', attitude: 'supportive', contact: 'one-to-one' }),
  person('g', { role: 'gatekeeper', attitude: 'sceptical', contact: 'group' }),
  person('c', { role: 'coach', alsoAccept: ['user'], attitude: 'supportive', contact: 'one-to-one' }),
  person('d', { role: 'decision-maker', attitude: 'unknown', contact: 'none' }),
];

describe('compareWithModel', () => {
  it('gives full marks and finds every risk for the model answer', () => {
    const feedback = compareWithModel(casePeople, modelMarks(casePeople));
    expect([feedback.score, feedback.outOf]).toEqual([12, 12]);
    expect(feedback.risksFound.map(riskKey)).toEqual(['person:g:unvisited', 'person:d:unvisited']);
    expect(feedback.risksMissed).toEqual([]);
    expect(feedback.risksExtra).toEqual([]);
  });

  it('marks each wrong mark, accepts an alternative role and reports missed and extra risks', () => {
    const marks: Record<string, PersonMarks> = {
      ...modelMarks(casePeople),
      c: { role: 'user', attitude: 'neutral', contact: 'one-to-one' },
      d: { role: 'decision-maker', attitude: 'unknown', contact: 'one-to-one' },
    };
    const feedback = compareWithModel(casePeople, marks);
    expect(feedback.people.find((p) => p.id === 'c')).toEqual({
      id: 'c',
      role: true,
      attitude: false,
      contact: true,
    });
    expect(feedback.people.find((p) => p.id === 'd')).toEqual({
      id: 'd',
      role: true,
      attitude: true,
      contact: false,
    });
    expect(feedback.score).toBe(10);
    expect(feedback.risksMissed.map(riskKey)).toEqual(['person:d:unvisited']);
    expect(feedback.risksExtra.map(riskKey)).toEqual(['role:coach:unidentified']);
  });

  const dual = [
    person('m', { role: 'coach', secondRole: 'user', attitude: 'supportive', contact: 'one-to-one' }),
    ...casePeople.slice(1),
  ];
  it.each([
    { marks: { role: 'coach', secondRole: 'user' }, right: true },
    { marks: { role: 'user', secondRole: 'coach' }, right: true },
    { marks: { role: 'coach' }, right: false },
    { marks: { role: 'user' }, right: false },
    { marks: { role: 'coach', secondRole: 'gatekeeper' }, right: false },
  ] as { marks: PersonMarks; right: boolean }[])(
    'two roles: $marks.role + $marks.secondRole is right: $right',
    ({ marks, right }) => {
      const feedback = compareWithModel(dual, {
        ...modelMarks(dual),
        m: { ...modelMarks(dual)['m'], ...marks, secondRole: marks.secondRole },
      });
      expect(feedback.people[0]?.role).toBe(right);
    },
  );

  it('counts unmarked people as wrong', () => {
    expect(compareWithModel(casePeople, {}).score).toBe(0);
  });
});

describe('the buying-centre cases in content/', () => {
  const dir = (lang: string) => new URL(`../../content/exercises/buying-centre/${lang}/`, import.meta.url);
  const files = readdirSync(dir('en')).filter((f) => f.endsWith('.yaml'));
  const read = (lang: string, file: string) =>
    buyingCentreCaseSchema.parse(load(readFileSync(new URL(file, dir(lang)), 'utf8')));

  it('has at least two cases, the same files in both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(dir('zh')).filter((f) => f.endsWith('.yaml'))).toEqual(files);
  });

  it.each(files)('%s: same people and model answer in both languages, and a risk to find', (file) => {
    const zh = read('zh', file);
    const en = read('en', file);
    expect(zh.people.map((p) => [p.id, p.model])).toEqual(en.people.map((p) => [p.id, p.model]));
    expect(zh.nextSteps.length).toBe(en.nextSteps.length);
    expect(buildMap(en.people, modelMarks(en.people)).risks.length).toBeGreaterThan(0);
  });
});
