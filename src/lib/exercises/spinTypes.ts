/**
 * The four SPIN question types and the premature pitch: the vocabulary of the sorter and the
 * role-play (module 6). Plain data, shared by the schemas, the scoring and the islands.
 */
export const spinTypes = ['situation', 'problem', 'implication', 'need-payoff'] as const;
export type SpinType = (typeof spinTypes)[number];

/**
 * A role-play choice is a question of one SPIN type, a benefit (how the offer meets a need the buyer
 * has stated: Rackham's explicit need → benefit), a commitment request (asking for the next step) or
 * a pitch (describing the offer with no stated need behind it).
 */
export const moveTypes = [...spinTypes, 'benefit', 'commitment', 'pitch'] as const;
export type MoveType = (typeof moveTypes)[number];

export function isSpinType(value: string): value is SpinType {
  return (spinTypes as readonly string[]).includes(value);
}
