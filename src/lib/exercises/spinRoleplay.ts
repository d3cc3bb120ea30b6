/**
 * Playing a SPIN role-play scenario: the graph of buyer turns, the choices at each, and the
 * temperature after each question (rules in ./spinTemperature). Pure: the island keeps the list of
 * choice ids taken and asks this module for everything else.
 */
import { END } from './spinGraph';
import {
  applyMove,
  initialHeat,
  temperatureBand,
  type HeatRule,
  type TemperatureBand,
} from './spinTemperature';
import type { MoveType } from './spinTypes';

export interface RoleplayChoice {
  id: string;
  type: MoveType;
  aimless?: boolean | undefined;
  /** What the rep says. */
  question: string;
  /** The buyer's answer, in character. */
  reply: string;
  /** Why this choice helps or hurts, shown at the end. */
  feedback: string;
  /** The next node's id, or "end". */
  next: string;
}

export interface RoleplayNode {
  id: string;
  /** Optional narration before the choices (what is happening in the meeting). */
  scene?: string | undefined;
  choices: RoleplayChoice[];
}

export interface RoleplayScenario {
  id: string;
  title: string;
  buyer: { name: string; role: string };
  /** What the learner knows before the call. */
  brief: string;
  /** The buyer's first words. */
  opening: string;
  start: string;
  nodes: RoleplayNode[];
  /** The buyer's last words, by the temperature the call ends at. */
  endings: Record<TemperatureBand, string>;
}

export interface PlayedStep {
  turn: number;
  node: RoleplayNode;
  choice: RoleplayChoice;
  before: number;
  after: number;
  delta: number;
  rule: HeatRule;
}

export type PlayResult =
  | {
      ok: true;
      steps: PlayedStep[];
      temperature: number;
      /** The node waiting for a choice, or undefined once the conversation has ended. */
      current: RoleplayNode | undefined;
      finished: boolean;
      band: TemperatureBand;
    }
  | { ok: false; error: 'unknown-choice'; at: number };

export function nodeById(scenario: RoleplayScenario, id: string): RoleplayNode | undefined {
  return scenario.nodes.find((n) => n.id === id);
}

/** Replays the choices taken from the start; a choice not offered at its turn is an error. */
export function playPath(scenario: RoleplayScenario, choiceIds: readonly string[]): PlayResult {
  let heat = initialHeat();
  let current = nodeById(scenario, scenario.start);
  const steps: PlayedStep[] = [];
  for (const [index, choiceId] of choiceIds.entries()) {
    const choice = current?.choices.find((c) => c.id === choiceId);
    if (!current || !choice) return { ok: false, error: 'unknown-choice', at: index };
    const before = heat.temperature;
    const applied = applyMove(heat, choice);
    heat = applied.state;
    steps.push({
      turn: index + 1,
      node: current,
      choice,
      before,
      after: heat.temperature,
      delta: applied.delta,
      rule: applied.rule,
    });
    current = choice.next === END ? undefined : nodeById(scenario, choice.next);
  }
  return {
    ok: true,
    steps,
    temperature: heat.temperature,
    current,
    finished: current === undefined,
    band: temperatureBand(heat.temperature),
  };
}

/**
 * The path that, turn by turn, takes the choice raising the temperature most ('best') or least
 * ('worst'); the first such choice on a tie. Used for the model answer and for tests.
 */
export function greedyPath(scenario: RoleplayScenario, pick: 'best' | 'worst'): string[] {
  const path: string[] = [];
  for (let guard = 0; guard < scenario.nodes.length + 1; guard++) {
    const played = playPath(scenario, path);
    if (!played.ok || !played.current) return path;
    let chosen: RoleplayChoice | undefined;
    let chosenDelta = 0;
    for (const choice of played.current.choices) {
      const next = playPath(scenario, [...path, choice.id]);
      if (!next.ok) continue;
      const delta = next.temperature - played.temperature;
      const better = pick === 'best' ? delta > chosenDelta : delta < chosenDelta;
      if (!chosen || better) {
        chosen = choice;
        chosenDelta = delta;
      }
    }
    if (!chosen) return path;
    path.push(chosen.id);
  }
  return path;
}

/** The temperature after each turn, starting with the opening temperature. */
export function temperatureCurve(steps: readonly PlayedStep[], start: number): number[] {
  return [start, ...steps.map((s) => s.after)];
}
