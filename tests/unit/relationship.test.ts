import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addAssessment, placeAccount, trendOf, type Answers } from '@/lib/exercises/relationship';
import { relationshipContentSchema, stageIds, type Agreement } from '@/lib/exercises/relationshipSchema';
import type { SavedAccount } from '@/lib/exercises/savedExercises';

const content = relationshipContentSchema.parse(
  load(readFileSync(new URL('../../content/exercises/relationship/en.yaml', import.meta.url), 'utf8')),
);
const statements = content.statements;

/** Statements up to `level` at `high`, the rest at `low`. */
function ladder(level: number, high: Agreement = 4, low: Agreement = 0): Record<string, Agreement> {
  return Object.fromEntries(statements.map((s) => [s.id, s.level <= level ? high : low]));
}

describe('placeAccount', () => {
  stageIds.forEach((stage, index) => {
    it(`reaches ${stage} when the statements up to level ${index} hold`, () => {
      const placement = placeAccount(statements, ladder(index));
      expect(placement.stage).toBe(stage);
      expect(placement.index).toBe(index);
    });
  });

  it('a level is met at a mean of exactly 2.5 and not just below', () => {
    const level1 = statements.filter((s) => s.level === 1).map((s) => s.id);
    const at = {
      ...ladder(0),
      [level1[0]!]: 3,
      [level1[1]!]: 3,
      [level1[2]!]: 2,
      [level1[3]!]: 2,
    } as Answers;
    expect(placeAccount(statements, at).stage).toBe('early');
    const below = { ...at, [level1[3]!]: 1 } as Answers;
    expect(placeAccount(statements, below).stage).toBe('exploratory');
  });

  it('signs of a later stage do not lift an account whose foundation is missing', () => {
    const answers: Answers = {
      ...ladder(4),
      ...Object.fromEntries(statements.filter((s) => s.level === 2).map((s) => [s.id, 0 as const])),
    };
    const placement = placeAccount(statements, answers);
    expect(placement.stage).toBe('early');
    expect(placement.aheadLevels).toEqual([3, 4]);
  });

  it('gives the evidence for the stage and the gaps to the next one', () => {
    const answers = { ...ladder(2), 'shares-data': 3, 'first-call': 1 } as Answers;
    const placement = placeAccount(statements, answers);
    expect(placement.stage).toBe('middle');
    expect(placement.evidence).toHaveLength(8);
    expect(placement.gaps).toEqual(['broad-cooperation', 'first-call', 'many-levels']);
  });

  it('counts unanswered statements as 0 and lists them', () => {
    const placement = placeAccount(statements, {});
    expect(placement.stage).toBe('exploratory');
    expect(placement.unanswered).toHaveLength(statements.length);
  });

  for (const account of content.accounts) {
    it(`prepared account ${account.id} lands in ${account.stage}`, () => {
      expect(placeAccount(statements, account.answers).stage).toBe(account.stage);
    });
  }
});

describe('history', () => {
  const empty: SavedAccount = { version: 1, name: 'Acme', history: [] };

  it('dates each assessment with the clock passed in and keeps them in order', () => {
    const later = addAssessment(empty, statements, ladder(3), new Date('2026-06-01T09:00:00Z'));
    const both = addAssessment(later, statements, ladder(1), new Date('2026-01-15T09:00:00Z'));
    expect(both.history.map((h) => [h.date, h.stage])).toEqual([
      ['2026-01-15T09:00:00.000Z', 'early'],
      ['2026-06-01T09:00:00.000Z', 'partnership'],
    ]);
    expect(empty.history).toEqual([]);
  });

  it('keeps the latest 100 assessments', () => {
    let account = empty;
    for (let day = 1; day <= 105; day += 1) {
      account = addAssessment(account, statements, ladder(1), new Date(Date.UTC(2026, 0, day)));
    }
    expect(account.history).toHaveLength(100);
    expect(account.history[0]?.date).toBe('2026-01-06T00:00:00.000Z');
  });

  const rows = [
    { stages: [], trend: 'first' },
    { stages: ['early'], trend: 'first' },
    { stages: ['early', 'middle'], trend: 'up' },
    { stages: ['partnership', 'middle'], trend: 'down' },
    { stages: ['middle', 'middle'], trend: 'same' },
  ] as const;
  for (const row of rows) {
    it(`trend of [${row.stages.join(', ')}] is ${row.trend}`, () => {
      const history = row.stages.map((stage, i) => ({ date: `2026-0${i + 1}-01`, answers: {}, stage }));
      expect(trendOf(history).trend).toBe(row.trend);
    });
  }
});
