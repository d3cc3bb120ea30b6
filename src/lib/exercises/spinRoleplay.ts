/**
 * Playing a SPIN role-play scenario: the graph of buyer turns, the choices at each, the temperature
 * after each move (rules in ./spinTemperature) and, at the end, the outcome as Rackham scores a call
 * (the buyer's commitment: advance, continuation or refusal), its grade and the turn that decided
 * it. Pure: the island keeps the list of choice ids taken and asks this module for everything else.
 */
import { END } from './spinGraph';
import {
  applyMove,
  initialHeat,
  temperatureBand,
  type HeatRule,
  type HeatState,
  type TemperatureBand,
} from './spinTemperature';
import type { MoveType } from './spinTypes';

export interface RoleplayChoice {
  id: string;
  type: MoveType;
  aimless?: boolean | undefined;
  /** The problem the buyer's reply puts on the table (an id shared by the choices that disclose it). */
  discloses?: string | undefined;
  /** The buyer's reply states an explicit need. */
  statesNeed?: boolean | undefined;
  /** For a commitment request: her reply when she is not ready to commit (no advance). */
  holdReply?: string | undefined;
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
  /** The buyer's last words, by the commitment she gives. */
  endings: Record<Outcome, string>;
}

/**
 * Rackham's outcomes of a call: an advance (she commits to a next step that moves the sale), a
 * continuation (friendly, no commitment) or a refusal (no sale).
 */
export type Outcome = 'advance' | 'continuation' | 'refusal';

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
      /** Once finished: the buyer's commitment, the grade and the turn that decided it. */
      outcome: Outcome | undefined;
      grade: TemperatureBand | undefined;
      decidingTurn: number | undefined;
      /** The 1-based turn of a pitch made before any problem was disclosed. */
      earlyPitchTurn: number | undefined;
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
  let lastState = heat;
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
    lastState = heat;
    current = choice.next === END ? undefined : nodeById(scenario, choice.next);
  }
  const finished = current === undefined;
  const end = finished ? judgeEnd(steps, lastState) : undefined;
  return {
    ok: true,
    steps,
    temperature: heat.temperature,
    current,
    finished,
    band: temperatureBand(heat.temperature),
    outcome: end?.outcome,
    grade: end?.grade,
    decidingTurn: end?.decidingTurn,
    earlyPitchTurn: lastState.earlyPitchTurn,
  };
}

/**
 * The outcome follows the last move: a commitment request gets an advance only when she has stated
 * a need and was not pitched to before she disclosed a problem; a pitch at the end (asking for the
 * whole order) is refused; anything else leaves a continuation. The grade: an advance is at least
 * warm and hot only from 80°C; a continuation is at most warm; a refusal is cold.
 */
export function judgeEnd(
  steps: readonly PlayedStep[],
  state: HeatState,
): { outcome: Outcome; grade: TemperatureBand; decidingTurn: number } {
  const last = steps.at(-1);
  const lastTurn = last?.turn ?? 0;
  const band = temperatureBand(state.temperature);
  if (last?.choice.type === 'commitment') {
    if (state.needStated && state.earlyPitchTurn === undefined)
      return { outcome: 'advance', grade: band === 'hot' ? 'hot' : 'warm', decidingTurn: lastTurn };
    return {
      outcome: 'continuation',
      grade: band === 'hot' ? 'warm' : band,
      decidingTurn: state.earlyPitchTurn ?? lastTurn,
    };
  }
  if (last?.choice.type === 'pitch') return { outcome: 'refusal', grade: 'cold', decidingTurn: lastTurn };
  return { outcome: 'continuation', grade: band === 'hot' ? 'warm' : band, decidingTurn: lastTurn };
}

/** The buyer's reply to a step: a commitment request she is not ready for gets her hold reply. */
export function replyFor(step: PlayedStep, result: { outcome: Outcome | undefined }): string {
  if (step.choice.type === 'commitment' && result.outcome !== 'advance' && step.choice.holdReply)
    return step.choice.holdReply;
  return step.choice.reply;
}

/**
 * The path that, turn by turn, takes the choice raising the temperature most ('best') or least
 * ('worst'); the first such choice on a tie. Used for tests; the model answer is modelPath.
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

/**
 * The model answer: of every path through the call, the one ending in an advance at the highest
 * temperature (the first such path on a tie). Exhaustive, because the turn-by-turn warmest choice
 * can miss the stated need an advance requires; 3^8 replays are a few milliseconds.
 */
export function modelPath(scenario: RoleplayScenario): string[] {
  let best: { path: string[]; score: number } | undefined;
  const walk = (nodeId: string, path: string[]) => {
    const node = nodeById(scenario, nodeId);
    if (!node) return;
    for (const choice of node.choices) {
      const next = [...path, choice.id];
      if (choice.next !== END) {
        walk(choice.next, next);
        continue;
      }
      const played = playPath(scenario, next);
      if (!played.ok) continue;
      const score = (played.outcome === 'advance' ? 1000 : 0) + played.temperature;
      if (!best || score > best.score) best = { path: next, score };
    }
  };
  walk(scenario.start, []);
  return best?.path ?? [];
}
