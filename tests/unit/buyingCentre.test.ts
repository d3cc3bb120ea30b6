/** The buying-centre map: risk flags, feedback against the model answer, and the cases in content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  buildMap,
  compareWithModel,
  modelMarks,
  type CasePerson,
  type PersonMarks,
} from '@/lib/exercises/buyingCentre';
import { buyingCentreCaseSchema } from '@/lib/exercises/buyingCentreSchema';

const people = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('buildMap', () => {
  const cases: {
    name: string;
    marks: Record<string, PersonMarks>;
    risks: string[];
    visited: [number, number];
  }[] = [
    {
      name: 'nothing marked: all four roles unidentified',
      marks: {},
      risks: [
        'user:unidentified',
        'gatekeeper:unidentified',
        'coach:unidentified',
        'decision-maker:unidentified',
      ],
      visited: [0, 0],
    },
    {
      name: 'every role held and visited one-to-one: no risk',
      marks: {
        a: { role: 'user', contact: 'one-to-one' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'coach', contact: 'one-to-one' },
        d: { role: 'decision-maker', contact: 'one-to-one' },
        e: { role: 'none', contact: 'one-to-one' },
      },
      risks: [],
      visited: [4, 4],
    },
    {
      name: 'a decision maker seen only in a group is unvisited',
      marks: {
        a: { role: 'user', contact: 'one-to-one' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'coach', contact: 'one-to-one' },
        d: { role: 'decision-maker', contact: 'group' },
      },
      risks: ['decision-maker:unvisited'],
      visited: [3, 4],
    },
    {
      name: 'one visited gatekeeper covers the role even if another is not met',
      marks: {
        a: { role: 'gatekeeper', contact: 'none' },
        b: { role: 'gatekeeper', contact: 'one-to-one' },
        c: { role: 'user' },
      },
      risks: ['user:unvisited', 'coach:unidentified', 'decision-maker:unidentified'],
      visited: [1, 3],
    },
    {
      name: 'people with no buying role do not cover a role',
      marks: { a: { role: 'none', contact: 'one-to-one' } },
      risks: [
        'user:unidentified',
        'gatekeeper:unidentified',
        'coach:unidentified',
        'decision-maker:unidentified',
      ],
      visited: [0, 0],
    },
  ];
  it.each(cases)('$name', ({ marks, risks, visited }) => {
    const map = buildMap(people, marks);
    expect(map.risks.map((r) => `${r.role}:${r.status}`)).toEqual(risks);
    expect([map.visited, map.influencers]).toEqual(visited);
    expect(map.cells.map((c) => c.role)).toEqual(['user', 'gatekeeper', 'coach', 'decision-maker']);
  });

  it('lists the holders of each role with their marks and counts the unmarked', () => {
    const map = buildMap(people, {
      a: { role: 'user', attitude: 'sceptical', contact: 'group' },
      b: { role: 'user' },
    });
    expect(map.cells[0]?.people).toEqual([
      { id: 'a', attitude: 'sceptical', contact: 'group' },
      { id: 'b', attitude: undefined, contact: undefined },
    ]);
    expect(map.unmarked).toBe(3);
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
    expect(feedback.risksFound.map((r) => `${r.role}:${r.status}`)).toEqual([
      'gatekeeper:unvisited',
      'decision-maker:unvisited',
    ]);
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
    expect(feedback.risksMissed.map((r) => `${r.role}:${r.status}`)).toEqual(['decision-maker:unvisited']);
    expect(feedback.risksExtra.map((r) => `${r.role}:${r.status}`)).toEqual(['coach:unidentified']);
  });

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
