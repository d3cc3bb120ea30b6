/**
 * Checks a role-play scenario graph: every choice leads to an existing node or ends the
 * conversation, every node offers choices (no dead ends), no path loops back (no cycles), every
 * node can be reached from the start, and every path is long enough. Returns every problem found,
 * so an author sees them all at once.
 */
export const END = 'end';

export interface GraphChoice {
  id: string;
  next: string;
}

export interface GraphNode {
  id: string;
  choices: readonly GraphChoice[];
}

export interface ScenarioGraph {
  start: string;
  nodes: readonly GraphNode[];
}

export type GraphIssue =
  | { kind: 'duplicate-node'; node: string }
  | { kind: 'duplicate-choice'; choice: string }
  | { kind: 'missing-start'; node: string }
  | { kind: 'missing-target'; node: string; choice: string; target: string }
  | { kind: 'dead-end'; node: string }
  | { kind: 'wrong-choice-count'; node: string; count: number }
  | { kind: 'cycle'; node: string }
  | { kind: 'unreachable'; node: string }
  | { kind: 'too-short'; turns: number };

export interface GraphRules {
  /** Choices every node must offer (3 in this course). */
  choicesPerNode?: number;
  /** The fewest turns any path from start to end may have. */
  minTurns?: number;
}

export function validateGraph(graph: ScenarioGraph, rules: GraphRules = {}): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const byId = new Map<string, GraphNode>();
  const choiceIds = new Set<string>();
  for (const node of graph.nodes) {
    if (byId.has(node.id) || node.id === END) issues.push({ kind: 'duplicate-node', node: node.id });
    else byId.set(node.id, node);
    for (const choice of node.choices) {
      if (choiceIds.has(choice.id)) issues.push({ kind: 'duplicate-choice', choice: choice.id });
      choiceIds.add(choice.id);
    }
  }
  if (!byId.has(graph.start)) issues.push({ kind: 'missing-start', node: graph.start });
  for (const node of byId.values()) {
    if (node.choices.length === 0) issues.push({ kind: 'dead-end', node: node.id });
    else if (rules.choicesPerNode !== undefined && node.choices.length !== rules.choicesPerNode)
      issues.push({ kind: 'wrong-choice-count', node: node.id, count: node.choices.length });
    for (const choice of node.choices)
      if (choice.next !== END && !byId.has(choice.next))
        issues.push({ kind: 'missing-target', node: node.id, choice: choice.id, target: choice.next });
  }

  // Depth-first from the start: grey nodes are on the current path, so meeting one again is a cycle.
  const colour = new Map<string, 'grey' | 'black'>();
  const shortest = new Map<string, number>();
  let cyclic = false;
  const visit = (id: string): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const seen = colour.get(id);
    if (seen === 'black') return shortest.get(id) ?? 0;
    if (seen === 'grey') {
      cyclic = true;
      issues.push({ kind: 'cycle', node: id });
      return Number.POSITIVE_INFINITY;
    }
    colour.set(id, 'grey');
    let least = Number.POSITIVE_INFINITY;
    for (const choice of node.choices) {
      const rest = choice.next === END ? 0 : byId.has(choice.next) ? visit(choice.next) : 0;
      least = Math.min(least, 1 + rest);
    }
    colour.set(id, 'black');
    shortest.set(id, least);
    return least;
  };
  if (byId.has(graph.start)) {
    const turns = visit(graph.start);
    if (!cyclic && rules.minTurns !== undefined && Number.isFinite(turns) && turns < rules.minTurns)
      issues.push({ kind: 'too-short', turns });
  }
  for (const id of byId.keys()) if (!colour.has(id)) issues.push({ kind: 'unreachable', node: id });
  return issues;
}

/** A one-line English description of an issue, for build errors and test messages. */
export function describeIssue(issue: GraphIssue): string {
  switch (issue.kind) {
    case 'duplicate-node':
      return `node id "${issue.node}" is used twice (or is the reserved "${END}")`;
    case 'duplicate-choice':
      return `choice id "${issue.choice}" is used twice`;
    case 'missing-start':
      return `the start node "${issue.node}" does not exist`;
    case 'missing-target':
      return `choice "${issue.choice}" in node "${issue.node}" leads to "${issue.target}", which does not exist`;
    case 'dead-end':
      return `node "${issue.node}" offers no choices`;
    case 'wrong-choice-count':
      return `node "${issue.node}" offers ${issue.count} choices`;
    case 'cycle':
      return `a path loops back to node "${issue.node}"`;
    case 'unreachable':
      return `node "${issue.node}" cannot be reached from the start`;
    case 'too-short':
      return `the shortest path has only ${issue.turns} turns`;
  }
}

/** The number of turns on the longest path from the start (0 for an empty or cyclic graph). */
export function maxTurns(graph: ScenarioGraph): number {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  const depth = (id: string): number => {
    const node = byId.get(id);
    if (!node || onPath.has(id)) return 0;
    const known = memo.get(id);
    if (known !== undefined) return known;
    onPath.add(id);
    const rest = Math.max(0, ...node.choices.map((c) => (c.next === END ? 0 : depth(c.next))));
    onPath.delete(id);
    memo.set(id, 1 + rest);
    return 1 + rest;
  };
  return depth(graph.start);
}
