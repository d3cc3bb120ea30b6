/**
 * The buyer's "temperature" in the SPIN role-play: the course's image (module 6) of the wish to buy
 * rising from 10°C towards 100°C as questions move from situation to need-payoff. These are the
 * rules of this exercise, not measurements:
 *
 *   situation, focused, one of the first two asked   +3   (lights the stove)
 *   situation, aimless or the third or later          −6 / −4 (the dead end; the water cools)
 *   problem                                          +12  (an implied need, towards 40°C)
 *   implication after a problem has come up          +15  (the problem grows, towards 80°C)
 *   implication with no problem on the table          −3  (sounds like scare tactics)
 *   need-payoff after an implication                 +12  (she states the value, towards 100°C)
 *   need-payoff before any implication                −5  (asking cold water to boil)
 *   premature pitch                                  −15  (objections: price, "what we have works")
 *
 * The temperature stays between 10 and 100.
 */
import type { MoveType } from './spinTypes';

export const START_TEMPERATURE = 10;
export const MIN_TEMPERATURE = 10;
export const MAX_TEMPERATURE = 100;

export interface HeatState {
  temperature: number;
  asked: Record<MoveType, number>;
}

export interface Move {
  type: MoveType;
  /** A situation question with no problem in view (only meaningful for situation questions). */
  aimless?: boolean | undefined;
}

/** Why the temperature moved: one key per rule, used for the feedback text. */
export type HeatRule =
  | 'situation-focused'
  | 'situation-aimless'
  | 'situation-too-many'
  | 'problem'
  | 'implication'
  | 'implication-early'
  | 'need-payoff'
  | 'need-payoff-early'
  | 'pitch';

export const ruleDelta: Record<HeatRule, number> = {
  'situation-focused': 3,
  'situation-aimless': -6,
  'situation-too-many': -4,
  problem: 12,
  implication: 15,
  'implication-early': -3,
  'need-payoff': 12,
  'need-payoff-early': -5,
  pitch: -15,
};

/** Focused situation questions that still warm the buyer; later ones cool her. */
export const SITUATION_ALLOWANCE = 2;

export function initialHeat(): HeatState {
  return {
    temperature: START_TEMPERATURE,
    asked: { situation: 0, problem: 0, implication: 0, 'need-payoff': 0, pitch: 0 },
  };
}

export function ruleFor(state: HeatState, move: Move): HeatRule {
  switch (move.type) {
    case 'situation':
      if (move.aimless) return 'situation-aimless';
      return state.asked.situation >= SITUATION_ALLOWANCE ? 'situation-too-many' : 'situation-focused';
    case 'problem':
      return 'problem';
    case 'implication':
      return state.asked.problem > 0 ? 'implication' : 'implication-early';
    case 'need-payoff':
      return state.asked.implication > 0 ? 'need-payoff' : 'need-payoff-early';
    case 'pitch':
      return 'pitch';
  }
}

export function clampTemperature(value: number): number {
  return Math.min(MAX_TEMPERATURE, Math.max(MIN_TEMPERATURE, value));
}

/** One question asked: the new state, the rule applied and the change actually made (after clamping). */
export function applyMove(state: HeatState, move: Move): { state: HeatState; rule: HeatRule; delta: number } {
  const rule = ruleFor(state, move);
  const temperature = clampTemperature(state.temperature + ruleDelta[rule]);
  return {
    state: { temperature, asked: { ...state.asked, [move.type]: state.asked[move.type] + 1 } },
    rule,
    delta: temperature - state.temperature,
  };
}

export type TemperatureBand = 'cold' | 'warm' | 'hot';

/** Below 40°C cold (facts only), 40–79°C warm (an implied need), 80°C and above hot (ready for a next step). */
export function temperatureBand(temperature: number): TemperatureBand {
  if (temperature >= 80) return 'hot';
  if (temperature >= 40) return 'warm';
  return 'cold';
}
