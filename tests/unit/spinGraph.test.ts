/** Role-play scenario graphs: the validation rules, on small graphs and on a broken fixture file. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { describeIssue, validateGraph, type GraphIssue, type ScenarioGraph } from '@/lib/exercises/spinGraph';
import { roleplayScenarioSchema } from '@/lib/exercises/spinSchemas';

const node = (id: string, ...next: string[]) => ({
  id,
  choices: next.map((n, i) => ({ id: `${id}${i + 1}`, next: n })),
});

describe('validateGraph', () => {
  const cases: { name: string; graph: ScenarioGraph; expected: GraphIssue[] }[] = [
    {
      name: 'a valid chain of three turns',
      graph: { start: 'a', nodes: [node('a', 'b', 'b'), node('b', 'c'), node('c', 'end', 'end')] },
      expected: [],
    },
    {
      name: 'a choice leading to a missing node',
      graph: { start: 'a', nodes: [node('a', 'b', 'zz'), node('b', 'end')] },
      expected: [{ kind: 'missing-target', node: 'a', choice: 'a2', target: 'zz' }],
    },
    {
      name: 'a node without choices',
      graph: { start: 'a', nodes: [node('a', 'b'), node('b')] },
      expected: [{ kind: 'dead-end', node: 'b' }],
    },
    {
      name: 'a loop back to an earlier node',
      graph: { start: 'a', nodes: [node('a', 'b'), node('b', 'end', 'a')] },
      expected: [{ kind: 'cycle', node: 'a' }],
    },
    {
      name: 'a node nobody reaches',
      graph: { start: 'a', nodes: [node('a', 'end'), node('lost', 'end')] },
      expected: [{ kind: 'unreachable', node: 'lost' }],
    },
    {
      name: 'a start that does not exist',
      graph: { start: 'x', nodes: [node('a', 'end')] },
      expected: [
        { kind: 'missing-start', node: 'x' },
        { kind: 'unreachable', node: 'a' },
      ],
    },
    {
      name: 'duplicate ids',
      graph: { start: 'a', nodes: [node('a', 'end'), node('a', 'end')] },
      expected: [
        { kind: 'duplicate-node', node: 'a' },
        { kind: 'duplicate-choice', choice: 'a1' },
      ],
    },
  ];
  it.each(cases)('$name', ({ graph, expected }) => {
    expect(validateGraph(graph)).toEqual(expected);
  });

  it('checks the number of choices per node and the shortest path when asked', () => {
    const graph = { start: 'a', nodes: [node('a', 'b', 'end', 'b'), node('b', 'end', 'end')] };
    expect(validateGraph(graph, { choicesPerNode: 3, minTurns: 2 })).toEqual([
      { kind: 'wrong-choice-count', node: 'b', count: 2 },
      { kind: 'too-short', turns: 1 },
    ]);
    const long = { start: 'a', nodes: [node('a', 'b'), node('b', 'c'), node('c', 'end')] };
    expect(validateGraph(long, { minTurns: 3 })).toEqual([]);
    expect(validateGraph(long, { minTurns: 4 })).toEqual([{ kind: 'too-short', turns: 3 }]);
  });

  it('finds a cycle that is not back to the start and still checks the rest', () => {
    const graph = { start: 'a', nodes: [node('a', 'b'), node('b', 'c'), node('c', 'b', 'end')] };
    expect(validateGraph(graph).map((i) => i.kind)).toEqual(['cycle']);
  });
});

describe('the broken fixture', () => {
  const raw = load(readFileSync(new URL('../fixtures/spin-roleplay/broken.yaml', import.meta.url), 'utf8'));

  it('is rejected by the scenario schema with every problem named', () => {
    const parsed = roleplayScenarioSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'choice "a2" in node "a" leads to "nowhere", which does not exist',
        'node "c" offers no choices',
        'node "b" offers 2 choices',
        'a path loops back to node "a"',
        'node "orphan" cannot be reached from the start',
      ]),
    );
  });

  it('has each kind of issue exactly once', () => {
    const issues = validateGraph(raw as ScenarioGraph, { choicesPerNode: 3 });
    expect(issues.map((i) => i.kind).sort()).toEqual(
      ['cycle', 'dead-end', 'missing-target', 'unreachable', 'wrong-choice-count'].sort(),
    );
    expect(issues.map(describeIssue)).toHaveLength(5);
  });
});
