/**
 * Placing an account in one of the five relationship stages (module 7) from yes/no answers to the
 * indicator table in ./relationshipIndicators.ts. The account is at the highest stage whose
 * defining condition holds together with the defining conditions of every stage below it; no
 * average can lift it past a missing condition (an account is not "middle" until it has passed
 * the customer's trial). The customer's other signs only add confidence and name the next steps;
 * the rep's own activity is counted apart and never moves the stage.
 *
 *   const placement = placeAccount(indicators, answers)
 *   placement.stage   // 'middle'
 */
import type { AssessmentRecord, SavedAccount, YesNo } from './savedExercises';
import type { Indicator } from './relationshipIndicators';
import { stageIds, type StageId } from './stages';

export type { YesNo } from './savedExercises';
export type Answers = Readonly<Record<string, YesNo | null | undefined>>;

export interface Placement {
  stage: StageId;
  /** 0 exploratory … 4 alliance. */
  index: number;
  /** Defining conditions met, by level 1 … 4 (whether or not the ones below hold). */
  defining: boolean[];
  /** The customer's other signs at the reached stage: how many hold, of how many. */
  support: { met: number; total: number };
  /** Customer indicators answered yes at the reached stage or below: what shows it is there. */
  evidence: string[];
  /** The next stage's defining condition, if not met: the one thing that moves the account up. */
  nextCondition: string | null;
  /** The next stage's other customer signs not yet answered yes. */
  gaps: string[];
  /** Levels above the next one whose defining condition holds: uneven answers, worth a look. */
  aheadLevels: number[];
  /** The rep's own activity, scored apart: it never raises the stage. */
  rep: { done: string[]; notDone: string[] };
  /** Indicators not answered yet. */
  unanswered: string[];
}

const yes = (answers: Answers, id: string) => answers[id] === 'yes';

export function placeAccount(table: readonly Indicator[], answers: Answers): Placement {
  const defining = ([1, 2, 3, 4] as const).map((level) =>
    table.some((i) => i.level === level && i.kind === 'defining' && yes(answers, i.id)),
  );
  let index = 0;
  while (index < defining.length && defining[index]) index += 1;
  const stage = stageIds[index] ?? 'exploratory';
  const customer = table.filter((i) => i.kind !== 'rep');
  const own = customer.filter((i) => i.level === index && i.kind === 'customer');
  const next = customer.filter((i) => i.level === index + 1);
  const rep = table.filter((i) => i.kind === 'rep');
  return {
    stage,
    index,
    defining,
    support: { met: own.filter((i) => yes(answers, i.id)).length, total: own.length },
    evidence: customer.filter((i) => i.level <= index && yes(answers, i.id)).map((i) => i.id),
    nextCondition: next.find((i) => i.kind === 'defining' && !yes(answers, i.id))?.id ?? null,
    gaps: next.filter((i) => i.kind === 'customer' && !yes(answers, i.id)).map((i) => i.id),
    aheadLevels: defining.flatMap((met, i) => (met && i + 1 > index + 1 ? [i + 1] : [])),
    rep: {
      done: rep.filter((i) => yes(answers, i.id)).map((i) => i.id),
      notDone: rep.filter((i) => !yes(answers, i.id)).map((i) => i.id),
    },
    unanswered: table.filter((i) => answers[i.id] !== 'yes' && answers[i.id] !== 'no').map((i) => i.id),
  };
}

/** Adds a dated assessment to an account's history, oldest first; keeps the latest 100. */
export function addAssessment(
  account: SavedAccount,
  table: readonly Indicator[],
  answers: Readonly<Record<string, YesNo>>,
  now: Date,
): SavedAccount {
  const record: AssessmentRecord = {
    date: now.toISOString(),
    answers: { ...answers },
    stage: placeAccount(table, answers).stage,
  };
  const history = [...account.history, record].sort((a, b) => a.date.localeCompare(b.date)).slice(-100);
  return { ...account, history };
}

export type Trend = 'first' | 'up' | 'down' | 'same';

/** How the latest assessment compares with the one before it. */
export function trendOf(history: readonly AssessmentRecord[]): {
  trend: Trend;
  from?: StageId;
  to?: StageId;
} {
  const last = history.at(-1);
  const before = history.at(-2);
  if (!last) return { trend: 'first' };
  if (!before) return { trend: 'first', to: last.stage };
  const delta = stageIds.indexOf(last.stage) - stageIds.indexOf(before.stage);
  return { trend: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', from: before.stage, to: last.stage };
}
