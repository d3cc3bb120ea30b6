/** Role-play scenario graphs: the validation rules, on small graphs and on a broken fixture file. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  describeIssue,
  maxTurns,
  validateGraph,
  type GraphIssue,
  type ScenarioGraph,
} from '@/lib/exercises/spinGraph';
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

describe('validateGraph on generated graphs', () => {
  // Layered graphs: node i of layer l leads only to layer l + 1 (or ends after the last layer), so
  // they are acyclic and every path has exactly `layers` turns.
  const layered = fc
    .record({
      layers: fc.integer({ min: 1, max: 10 }),
      width: fc.integer({ min: 1, max: 3 }),
      seed: fc.array(fc.nat(), { minLength: 90, maxLength: 90 }),
    })
    .map(({ layers, width, seed }) => {
      const id = (l: number, i: number) => `n${l}-${i}`;
      const nodes = [];
      let k = 0;
      for (let l = 0; l < layers; l++)
        for (let i = 0; i < (l === 0 ? 1 : width); i++)
          nodes.push({
            id: id(l, i),
            choices: [0, 1, 2].map((c) => ({
              id: `${id(l, i)}-${c}`,
              // Node i's first choice goes to node i of the next layer, the others anywhere in it.
              next: l === layers - 1 ? 'end' : id(l + 1, c === 0 ? i % width : (seed[k++ % 90] ?? 0) % width),
            })),
          });
      // Node 0 of each layer leads to every node of the next (width ≤ 3), so all are reachable.
      for (let l = 1; l < layers; l++)
        for (let i = 0; i < width; i++) {
          const parent = nodes.find((n) => n.id === id(l - 1, 0));
          if (parent && i < 3) parent.choices[i] = { id: `${parent.id}-${i}`, next: id(l, i) };
        }
      return { graph: { start: id(0, 0), nodes }, layers, width };
    });

  it('accepts every layered graph and measures its depth', () => {
    fc.assert(
      fc.property(layered, ({ graph, layers }) => {
        expect(validateGraph(graph, { choicesPerNode: 3, minTurns: layers })).toEqual([]);
        expect(maxTurns(graph)).toBe(layers);
      }),
    );
  });

  it('finds the cycle when any choice is sent back to the start', () => {
    fc.assert(
      fc.property(layered, fc.nat(), fc.nat({ max: 2 }), ({ graph }, pick, choice) => {
        const nodes = graph.nodes.map((n) => ({ ...n, choices: [...n.choices] }));
        const node = nodes[pick % nodes.length];
        if (!node) return;
        node.choices[choice] = { id: `${node.id}-${choice}`, next: graph.start };
        const kinds = validateGraph({ start: graph.start, nodes }).map((i) => i.kind);
        expect(kinds).toContain('cycle');
      }),
    );
  });
});
