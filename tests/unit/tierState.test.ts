import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tierCsv } from '@/lib/analysis/tierCsv';
import { availableCriteria, fromImportedList, profitColumn } from '@/lib/analysis/tierInput';
import { defaultTierSettings } from '@/lib/analysis/tierState';
import { parseTierState, serialiseTierState } from '@/lib/analysis/tierUrl';
import { seededScores } from '@/lib/analysis/seededScores';

describe('tier settings in the URL', () => {
  it('reads a prepared setting', () => {
    expect(
      parseTierState(
        '?data=software-vendor&norm=rank&w=r50,p30,g20&mode=thresholds&th=80,50,10&lead=0&lm=5&m1=profit&cut=100000,50000,10000&sh=10,20,40',
      ),
    ).toEqual({
      source: 'software-vendor',
      norm: 'rank',
      weights: { revenue: 50, profit: 30, growthPotential: 20 },
      mode: 'thresholds',
      shares: [10, 20, 40],
      thresholds: [80, 50, 10],
      lead: false,
      margin: 5,
      m1: 'profit',
      cuts: [100000, 50000, 10000],
    });
  });

  it.each([
    { search: '', expected: defaultTierSettings },
    { search: '?w=r50,p40', expected: defaultTierSettings },
    { search: '?w=r50,zz50', expected: defaultTierSettings },
    { search: '?w=r50,r50', expected: defaultTierSettings },
    { search: '?norm=<script>&mode=1&data=nope', expected: defaultTierSettings },
    { search: '?sh=60,50,10&th=10,50,80&lm=-1&m1=costToServe&cut=1,2', expected: defaultTierSettings },
    { search: '?sh=5,15,50&lm=abc&cut=3,2,1', expected: { ...defaultTierSettings, cuts: [3, 2, 1] } },
    { search: '?norm=minmax&th=a,b,c', expected: { ...defaultTierSettings, norm: 'minmax' } },
  ] as const)('falls back value by value for $search', ({ search, expected }) => {
    expect(parseTierState(search)).toEqual(expected);
  });

  it('writes only what differs from the defaults', () => {
    expect(serialiseTierState(defaultTierSettings)).toBe('');
    expect(
      serialiseTierState({ ...defaultTierSettings, weights: { revenue: 60, grossProfit: 40 }, lead: false }),
    ).toBe('?w=r60%2Cgp40&lead=0');
  });

  it('round-trips whatever it reads (property)', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const state = parseTierState(junk);
        expect(parseTierState(serialiseTierState(state))).toEqual(state);
      }),
    );
    const prepared = parseTierState('?norm=rank&w=r50,p30,g20&mode=thresholds&th=80,50,10&lm=3.5&cut=9,5,1');
    expect(parseTierState(serialiseTierState(prepared))).toEqual(prepared);
  });
});

describe('an imported list as classifier input', () => {
  const imported = {
    fields: ['id', 'name', 'revenue', 'grossProfit', 'costToServe', 'growthPotential'] as const,
    customers: [
      {
        id: 'K1',
        name: 'Kunming Steel',
        values: { revenue: 900, grossProfit: 150, costToServe: 30, growthPotential: 4 },
      },
      { id: 'K2', name: '', values: { revenue: 700, grossProfit: 20, costToServe: 25 } },
    ],
  };

  it('maps every imported field to a column and works out customer profit', () => {
    const data = fromImportedList({ ...imported, fields: [...imported.fields] });
    expect(data.ids).toEqual(['K1', 'K2']);
    expect(data.names).toEqual(['Kunming Steel', 'K2']);
    expect([...(data.columns.revenue ?? [])]).toEqual([900, 700]);
    expect([...(profitColumn(data) ?? [])]).toEqual([120, -5]);
    expect(Number.isNaN(data.columns.growthPotential?.[1])).toBe(true);
    expect(availableCriteria(data)).toEqual([
      'revenue',
      'grossProfit',
      'profit',
      'growthPotential',
      'costToServe',
    ]);
  });

  it('keeps a given profit column and ignores fields the list did not map', () => {
    const data = fromImportedList({
      fields: ['id', 'revenue', 'profit'],
      customers: [{ id: 'A', name: 'A', values: { revenue: 10, profit: 2, orders: 4 } }],
    });
    expect(Object.keys(data.columns)).toEqual(['revenue', 'profit']);
  });
});

describe('the tiered list as CSV', () => {
  it('orders by score and neutralises formulas', () => {
    const csv = tierCsv(
      [
        {
          id: 'B',
          name: '=HYPERLINK("x")',
          revenue: 5,
          profit: -1,
          score: 12.34,
          tier: 'Lead',
          tierMethod1: 'Iron',
          quadrant: 'Streamline',
          leadRule: true,
        },
        {
          id: 'A',
          name: 'Alpha, Ltd',
          revenue: 9,
          profit: 3,
          score: 80,
          tier: 'Platinum',
          tierMethod1: 'Gold',
          quadrant: 'Core',
          leadRule: false,
        },
      ],
      ['customer', 'name', 'revenue', 'profit', 'score', 'tier', 'tier (method 1)', 'quadrant', 'lead rule'],
      'yes',
    );
    expect(csv.replace(/^\ufeff/, '').split('\r\n')).toEqual([
      'customer,name,revenue,profit,score,tier,tier (method 1),quadrant,lead rule',
      'A,"Alpha, Ltd",9,3,80,Platinum,Gold,Core,',
      'B,"\'=HYPERLINK(""x"")",5,-1,12.3,Lead,Iron,Streamline,yes',
      '',
    ]);
  });
});

describe('seeded default scores', () => {
  it('are 1–5, the same for the same seed, and lean the way the sample should', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `C${i}`);
    const revenue = ids.map((_, i) => 1000 * (i + 1));
    const margin = ids.map((_, i) => i / 200);
    const a = seededScores(ids, revenue, margin, 7);
    expect(seededScores(ids, revenue, margin, 7)).toEqual(a);
    expect(a.flatMap((s) => Object.values(s)).every((v) => Number.isInteger(v) && v >= 1 && v <= 5)).toBe(
      true,
    );
    const mean = (xs: number[]) => xs.reduce((p, q) => p + q, 0) / xs.length;
    expect(mean(a.slice(150).map((s) => s.strategicValue))).toBeGreaterThan(
      mean(a.slice(0, 50).map((s) => s.strategicValue)),
    );
    expect(mean(a.slice(150).map((s) => s.collections))).toBeGreaterThan(
      mean(a.slice(0, 50).map((s) => s.collections)),
    );
    expect(a.slice(0, 50).some((s) => s.growthPotential === 5)).toBe(true);
  });
});
