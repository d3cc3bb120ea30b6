import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addAssessment, placeAccount, trendOf, type YesNo } from '@/lib/exercises/relationship';
import {
  definingIndicators,
  indicators,
  lessonExample,
  type Indicator,
} from '@/lib/exercises/relationshipIndicators';
import { relationshipContentSchema, stageIds } from '@/lib/exercises/relationshipSchema';
import { legacyAccountSchema, savedAccountSchema, type SavedAccount } from '@/lib/exercises/savedExercises';
import { emptyProgress } from '@/lib/progress/progress';
import { readSavedItems } from '@/lib/progress/savedItems';

/** Every indicator answered: yes for those listed, no for the rest. */
function answer(yes: readonly string[]): Record<string, YesNo> {
  return Object.fromEntries(indicators.map((i) => [i.id, yes.includes(i.id) ? 'yes' : 'no']));
}
const ids = (pick: (i: Indicator) => boolean) => indicators.filter(pick).map((i) => i.id);

describe('the indicator table', () => {
  it('has exactly one defining condition per stage above exploratory, none of them rep activity', () => {
    for (const level of [1, 2, 3, 4]) {
      expect(indicators.filter((i) => i.level === level && i.kind === 'defining')).toHaveLength(1);
    }
    expect(definingIndicators.map((i) => i.id)).toEqual([
      'paid-order',
      'trial-passed',
      'several-lines',
      'joint-investment',
    ]);
  });

  it('has unique ids and a text in both languages, each asking one thing', () => {
    expect(new Set(ids(() => true)).size).toBe(indicators.length);
    for (const i of indicators) {
      expect(i.text.zh.length).toBeGreaterThan(5);
      // A statement that joins two facts with "and" asks two things at once.
      expect(i.text.en, i.id).not.toMatch(/ and /);
      expect(i.text.zh, i.id).not.toMatch(/并且|而且/);
    }
  });

  it('follows lesson 7.1: joint demand planning marks partnership, shared stock the alliance', () => {
    const level = (id: string) => indicators.find((i) => i.id === id)?.level;
    expect(level('joint-demand-planning')).toBe(3);
    expect(level('shares-stock')).toBe(4);
  });
});

describe('placeAccount', () => {
  stageIds.forEach((stage, index) => {
    it(`reaches ${stage} when the defining conditions up to level ${index} hold and nothing else`, () => {
      const yes = definingIndicators.slice(0, index).map((i) => i.id);
      const placement = placeAccount(indicators, answer(yes));
      expect(placement.stage).toBe(stage);
      expect(placement.index).toBe(index);
    });
  });

  it('does not reach middle without the trial, however much else holds', () => {
    const everything = ids((i) => i.id !== 'trial-passed');
    const placement = placeAccount(indicators, answer(everything));
    expect(placement.stage).toBe('early');
    expect(placement.nextCondition).toBe('trial-passed');
    expect(placement.aheadLevels).toEqual([3, 4]);
  });

  it('keeps the rep’s activity apart: all of it done leaves a new account exploratory', () => {
    const placement = placeAccount(indicators, answer(ids((i) => i.kind === 'rep')));
    expect(placement.stage).toBe('exploratory');
    expect(placement.rep.done).toEqual([
      'buying-process',
      'visit-plan',
      'relationship-cards',
      'monthly-favour',
      'senior-visits',
      'our-investment',
    ]);
    expect(placement.evidence).toEqual([]);
  });

  it('counts the other signs of the reached stage and lists what the next stage needs', () => {
    const yes = ['paid-order', 'trial-passed', 'calls-by-name', 'first-call'];
    const placement = placeAccount(indicators, answer(yes));
    expect(placement.stage).toBe('middle');
    expect(placement.support).toEqual({ met: 1, total: 2 });
    expect(placement.evidence).toEqual(['paid-order', 'trial-passed', 'calls-by-name']);
    expect(placement.nextCondition).toBe('several-lines');
    expect(placement.gaps).toEqual([
      'joint-demand-planning',
      'competitor-news',
      'larger-share',
      'senior-contacts',
    ]);
  });

  it('lists unanswered indicators and treats them as not holding', () => {
    const placement = placeAccount(indicators, { 'paid-order': 'yes' });
    expect(placement.stage).toBe('early');
    expect(placement.unanswered).toHaveLength(indicators.length - 1);
    expect(placeAccount(indicators, {}).stage).toBe('exploratory');
  });

  for (const row of lessonExample) {
    it(`lesson 7.1's example ${row.id} places where the lesson says: ${row.stage}`, () => {
      expect(row.yes.every((id) => indicators.some((i) => i.id === id))).toBe(true);
      expect(placeAccount(indicators, answer(row.yes)).stage).toBe(row.stage);
    });
  }

  for (const locale of ['zh', 'en'] as const) {
    it(`lesson 7.1 (${locale}) states the stages the example rows are checked against`, () => {
      const mdx = readFileSync(
        new URL(`../../content/lessons/${locale}/m07-relationship-stages/01-stages.mdx`, import.meta.url),
        'utf8',
      );
      const c = relationshipContentSchema.parse(
        load(
          readFileSync(
            new URL(`../../content/exercises/relationship/${locale}.yaml`, import.meta.url),
            'utf8',
          ),
        ),
      );
      // The six-year table's rows ("| Year 0 | … | Exploratory |", "| 第0年 | … | 孕育 |"): last cell.
      const stated = mdx
        .split('\n')
        .filter((line) => /^\| (Years? \d|第\d)/.test(line))
        .map((line) => line.split('|').at(-2)!.trim())
        .map((name) => c.stages.find((st) => st.name.startsWith(name))?.id);
      expect(stated).toEqual(lessonExample.slice(0, 5).map((row) => row.stage));
    });
  }

  for (const locale of ['zh', 'en']) {
    const c = relationshipContentSchema.parse(
      load(
        readFileSync(new URL(`../../content/exercises/relationship/${locale}.yaml`, import.meta.url), 'utf8'),
      ),
    );
    for (const account of c.accounts) {
      it(`prepared account ${account.id} (${locale}) lands in ${account.stage}`, () => {
        expect(placeAccount(indicators, account.answers).stage).toBe(account.stage);
      });
    }
  }
});

describe('placeAccount properties', () => {
  const answers = fc.record(
    Object.fromEntries(
      indicators.map((i) => [i.id, fc.constantFrom<YesNo | undefined>('yes', 'no', undefined)]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, YesNo | undefined>>;
  const highestMet = (a: Record<string, YesNo | undefined>) =>
    Math.max(0, ...definingIndicators.map((d, i) => (a[d.id] === 'yes' ? i + 1 : 0)));

  it('never places above the highest stage whose defining condition is met', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const p = placeAccount(indicators, a);
        expect(p.index).toBeLessThanOrEqual(highestMet(a));
        // …and each stage reached has its own defining condition.
        definingIndicators.slice(0, p.index).forEach((d) => expect(a[d.id]).toBe('yes'));
      }),
    );
  });

  it('rep activity never changes the stage', () => {
    const rep = indicators.filter((i) => i.kind === 'rep');
    fc.assert(
      fc.property(answers, fc.subarray(rep.map((i) => i.id)), (a, more) => {
        const before = placeAccount(indicators, a).stage;
        const busier = { ...a, ...Object.fromEntries(more.map((id) => [id, 'yes' as const])) };
        const idle = { ...a, ...Object.fromEntries(rep.map((i) => [i.id, 'no' as const])) };
        expect(placeAccount(indicators, busier).stage).toBe(before);
        expect(placeAccount(indicators, idle).stage).toBe(before);
      }),
    );
  });

  it('one more customer indicator answered yes never lowers the stage', () => {
    const customer = indicators.filter((i) => i.kind !== 'rep').map((i) => i.id);
    fc.assert(
      fc.property(answers, fc.constantFrom(...customer), (a, id) => {
        const before = placeAccount(indicators, a).index;
        expect(placeAccount(indicators, { ...a, [id]: 'yes' }).index).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('history', () => {
  const empty: SavedAccount = { version: 2, name: 'Acme', history: [] };
  const upTo = (n: number) => answer(definingIndicators.slice(0, n).map((i) => i.id));

  it('dates each assessment with the clock passed in and keeps them in order', () => {
    const later = addAssessment(empty, indicators, upTo(3), new Date('2026-06-01T09:00:00Z'));
    const both = addAssessment(later, indicators, upTo(1), new Date('2026-01-15T09:00:00Z'));
    expect(both.history.map((h) => [h.date, h.stage])).toEqual([
      ['2026-01-15T09:00:00.000Z', 'early'],
      ['2026-06-01T09:00:00.000Z', 'partnership'],
    ]);
    expect(empty.history).toEqual([]);
    expect(savedAccountSchema.safeParse(both).success).toBe(true);
  });

  it('keeps the latest 100 assessments', () => {
    let account = empty;
    for (let day = 1; day <= 105; day += 1) {
      account = addAssessment(account, indicators, upTo(1), new Date(Date.UTC(2026, 0, day)));
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

describe('accounts saved with the old 0–4 statements', () => {
  const old = {
    version: 1,
    name: 'Old Acme',
    history: [
      {
        date: '2026-01-02T00:00:00.000Z',
        answers: { 'first-orders': 4, 'trial-passed': 3 },
        stage: 'middle',
      },
    ],
  };
  const current = addAssessment(
    { version: 2, name: 'New Co', history: [] },
    indicators,
    answer(['paid-order']),
    new Date('2026-02-01T00:00:00Z'),
  );
  const progress = {
    ...emptyProgress(),
    saved: {
      relationship: {
        old: { savedAt: '2026-01-02T00:00:00.000Z', data: old },
        current: { savedAt: '2026-02-01T00:00:00.000Z', data: current },
        junk: { savedAt: '2026-01-03T00:00:00.000Z', data: 'not an account' },
      },
    },
  };

  it('are not read as current accounts, and are named so the learner can be told', () => {
    expect(readSavedItems(progress, 'relationship', savedAccountSchema).map((i) => i.id)).toEqual([
      'current',
    ]);
    expect(
      readSavedItems(progress, 'relationship', legacyAccountSchema).map((i) => [i.id, i.data.name]),
    ).toEqual([['old', 'Old Acme']]);
  });

  it('do not crash placement if their answers reach the diagnostic', () => {
    const p = placeAccount(indicators, old.history[0]!.answers as never);
    expect(p.stage).toBe('exploratory');
    expect(p.unanswered).toHaveLength(indicators.length);
  });
});
