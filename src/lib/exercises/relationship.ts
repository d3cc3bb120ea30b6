/**
 * Placing an account in one of the five relationship stages (module 7). Each statement marks the
 * first stage at which it is normally true. A stage is reached when, on average, its statements
 * are at least "partly" true (2.5 of 4) and every stage below it is reached too: the stages are a
 * ladder, so signs of a later stage without the ones beneath do not lift the account.
 *
 *   const placement = placeAccount(content.statements, answers)
 *   placement.stage   // 'middle'
 */
import type { AssessmentRecord, SavedAccount } from './savedExercises';
import type { Agreement, Statement } from './relationshipSchema';
import { stageIds, type StageId } from './stages';

export type Answers = Readonly<Record<string, Agreement | null | undefined>>;

export interface LevelResult {
  level: 1 | 2 | 3 | 4;
  /** Mean agreement of the level's statements, unanswered counting 0. */
  mean: number;
  met: boolean;
}

export interface Placement {
  stage: StageId;
  /** 0 exploratory … 4 alliance. */
  index: number;
  levels: LevelResult[];
  /** Statements (at the reached stage or below) answered 3 or 4: what shows the account is there. */
  evidence: string[];
  /** Statements of the next stage answered 0–2: what stands between the account and the next stage. */
  gaps: string[];
  /** Levels above the reached stage already met: a sign the answers are uneven, worth a second look. */
  aheadLevels: number[];
  /** Statements not answered yet. */
  unanswered: string[];
}

/** Mean ≥ 2.5 out of 4, written as integers: 2 × sum ≥ 5 × count. */
function levelMet(sum: number, count: number): boolean {
  return count > 0 && sum * 2 >= count * 5;
}

export function placeAccount(statements: readonly Statement[], answers: Answers): Placement {
  const levels: LevelResult[] = ([1, 2, 3, 4] as const).map((level) => {
    const own = statements.filter((s) => s.level === level);
    const sum = own.reduce((total, s) => total + (answers[s.id] ?? 0), 0);
    return { level, mean: own.length ? sum / own.length : 0, met: levelMet(sum, own.length) };
  });
  let index = 0;
  while (index < levels.length && levels[index]?.met) index += 1;
  const stage = stageIds[index] ?? 'exploratory';
  const evidence = statements.filter((s) => s.level <= index && (answers[s.id] ?? 0) >= 3).map((s) => s.id);
  const gaps = statements.filter((s) => s.level === index + 1 && (answers[s.id] ?? 0) <= 2).map((s) => s.id);
  const aheadLevels = levels.filter((l) => l.level > index + 1 && l.met).map((l) => l.level);
  const unanswered = statements
    .filter((s) => answers[s.id] === undefined || answers[s.id] === null)
    .map((s) => s.id);
  return { stage, index, levels, evidence, gaps, aheadLevels, unanswered };
}

/** Adds a dated assessment to an account's history, oldest first; keeps the latest 100. */
export function addAssessment(
  account: SavedAccount,
  statements: readonly Statement[],
  answers: Readonly<Record<string, Agreement>>,
  now: Date,
): SavedAccount {
  const record: AssessmentRecord = {
    date: now.toISOString(),
    answers: { ...answers },
    stage: placeAccount(statements, answers).stage,
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
