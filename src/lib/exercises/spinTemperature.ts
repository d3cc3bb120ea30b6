/**
 * The buyer's "temperature" in the SPIN role-play: the course's image (module 6) of the wish to buy
 * rising from 10°C towards 100°C. Temperature is the story of how the call went; the outcome
 * (advance, continuation, refusal) follows the commitment the buyer gives at the end (./spinRoleplay).
 * What counts is what the buyer has disclosed (a choice's `discloses` and `statesNeed`, i.e. her
 * replies), not how many questions of a type were asked. These are the rules of this exercise:
 *
 *   situation, focused, one of the first two asked   +3   (lights the stove)
 *   situation, aimless or the third or later          −6 / −4 (the dead end; the water cools)
 *   problem, the first one she discloses             +12  (an implied need, towards 40°C)
 *   problem, jumping to another one                   +4  (the current problem is left undeveloped)
 *   implication of a disclosed problem               +15  (the problem grows, towards 80°C)
 *   implication with no problem disclosed             −3  (sounds like scare tactics)
 *   need-payoff after an implication                 +12  (she states the value, towards 100°C)
 *   need-payoff before any implication                −5  (asking cold water to boil)
 *   benefit meeting a need she has stated            +10  (explicit need → benefit)
 *   benefit with no stated need                       −15  (it is a pitch)
 *   commitment request after a stated need            +5  (she is asked for the step she wants)
 *   commitment request with no stated need            −5  (asking too soon)
 *   pitch after a problem is disclosed               −15  (objections: price, "what we have works")
 *   pitch before any problem is disclosed            −15, and it rules out the advance
 *
 * The temperature stays between 10 and 100; the early pitch costs through the outcome, so the floor
 * cannot make it free.
 */
import type { MoveType } from './spinTypes';

export const START_TEMPERATURE = 10;
export const MIN_TEMPERATURE = 10;
export const MAX_TEMPERATURE = 100;

export interface HeatState {
  temperature: number;
  asked: Record<MoveType, number>;
  /** Problems the buyer has put on the table, in the order she disclosed them. */
  disclosed: string[];
  /** Implication questions asked since the latest problem was disclosed. */
  developed: number;
  /** Implication questions answered while a problem was on the table. */
  implications: number;
  /** The buyer has stated an explicit need (a want, in her own words). */
  needStated: boolean;
  /** The 1-based turn of the first pitch made before any problem was disclosed. */
  earlyPitchTurn: number | undefined;
  turn: number;
}

export interface Move {
  type: MoveType;
  /** A situation question with no problem in view (only meaningful for situation questions). */
  aimless?: boolean | undefined;
  /** The problem the buyer's reply puts on the table, if any. */
  discloses?: string | undefined;
  /** The buyer's reply states an explicit need. */
  statesNeed?: boolean | undefined;
}

/** Why the temperature moved: one key per rule, used for the feedback text. */
export type HeatRule =
  | 'situation-focused'
  | 'situation-aimless'
  | 'situation-too-many'
  | 'problem'
  | 'problem-jump'
  | 'implication'
  | 'implication-early'
  | 'need-payoff'
  | 'need-payoff-early'
  | 'benefit'
  | 'benefit-early'
  | 'commitment'
  | 'commitment-early'
  | 'pitch'
  | 'pitch-early';

export const ruleDelta: Record<HeatRule, number> = {
  'situation-focused': 3,
  'situation-aimless': -6,
  'situation-too-many': -4,
  problem: 12,
  'problem-jump': 4,
  implication: 15,
  'implication-early': -3,
  'need-payoff': 12,
  'need-payoff-early': -5,
  benefit: 10,
  'benefit-early': -15,
  commitment: 5,
  'commitment-early': -5,
  pitch: -15,
  'pitch-early': -15,
};

/** Focused situation questions that still warm the buyer; later ones cool her. */
export const SITUATION_ALLOWANCE = 2;

export function initialHeat(): HeatState {
  return {
    temperature: START_TEMPERATURE,
    asked: {
      situation: 0,
      problem: 0,
      implication: 0,
      'need-payoff': 0,
      benefit: 0,
      commitment: 0,
      pitch: 0,
    },
    disclosed: [],
    developed: 0,
    implications: 0,
    needStated: false,
    earlyPitchTurn: undefined,
    turn: 0,
  };
}

export function ruleFor(state: HeatState, move: Move): HeatRule {
  // A question whose own answer discloses the problem counts as asked with it on the table.
  const onTable = state.disclosed.length > 0 || move.discloses !== undefined;
  switch (move.type) {
    case 'situation':
      if (move.aimless) return 'situation-aimless';
      return state.asked.situation >= SITUATION_ALLOWANCE ? 'situation-too-many' : 'situation-focused';
    case 'problem':
      // Another problem while the current one has no implication yet: a jump, not development.
      return state.disclosed.length > 0 && state.developed === 0 ? 'problem-jump' : 'problem';
    case 'implication':
      return onTable ? 'implication' : 'implication-early';
    case 'need-payoff':
      return state.implications > 0 ? 'need-payoff' : 'need-payoff-early';
    case 'benefit':
      return state.needStated ? 'benefit' : 'benefit-early';
    case 'commitment':
      return state.needStated ? 'commitment' : 'commitment-early';
    case 'pitch':
      return state.disclosed.length > 0 ? 'pitch' : 'pitch-early';
  }
}

export function clampTemperature(value: number): number {
  return Math.min(MAX_TEMPERATURE, Math.max(MIN_TEMPERATURE, value));
}

/** One move made: the new state, the rule applied and the change actually made (after clamping). */
export function applyMove(state: HeatState, move: Move): { state: HeatState; rule: HeatRule; delta: number } {
  const rule = ruleFor(state, move);
  const temperature = clampTemperature(state.temperature + ruleDelta[rule]);
  const turn = state.turn + 1;
  const fresh = move.discloses !== undefined && !state.disclosed.includes(move.discloses);
  const disclosed =
    fresh && move.discloses !== undefined ? [...state.disclosed, move.discloses] : state.disclosed;
  const isImplication = rule === 'implication';
  return {
    state: {
      temperature,
      asked: { ...state.asked, [move.type]: state.asked[move.type] + 1 },
      disclosed,
      developed: fresh ? (isImplication ? 1 : 0) : state.developed + (isImplication ? 1 : 0),
      implications: state.implications + (isImplication ? 1 : 0),
      // A need stated in answer to a need-payoff question asked too early still counts: she said it.
      needStated: state.needStated || Boolean(move.statesNeed),
      earlyPitchTurn:
        state.earlyPitchTurn ??
        ((move.type === 'pitch' || move.type === 'benefit') && state.disclosed.length === 0
          ? turn
          : undefined),
      turn,
    },
    rule,
    delta: temperature - state.temperature,
  };
}

export type TemperatureBand = 'cold' | 'warm' | 'hot';

/** Below 40°C cold (facts only), 40–79°C warm (an implied need), 80°C and above hot. */
export function temperatureBand(temperature: number): TemperatureBand {
  if (temperature >= 80) return 'hot';
  if (temperature >= 40) return 'warm';
  return 'cold';
}
