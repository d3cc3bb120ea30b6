import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tierCsv } from '@/lib/analysis/tierCsv';
import { availableCriteria, fromImportedList, profitColumn } from '@/lib/analysis/tierInput';
import { defaultTierSettings } from '@/lib/analysis/tierState';
import { cutsFromUrl, cutsToUrl, parseTierState, serialiseTierState } from '@/lib/analysis/tierUrl';
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

describe('cut-offs in a shared link, across the two editions', () => {
  // The capstone list is in ¥10,000 on the Chinese page (scale 1) and ¥ thousand on the English
  // page (scale 10): the URL holds the file's ¥10,000 whichever page wrote it.
  const scaleOf = (en: boolean) => (source: string) => (en && source === 'capstone-12' ? 10 : 1);

  it('shows a Chinese link’s cut-off of 820 as 8,200 on the English page, and writes it back as 820', () => {
    const zhLink = '?data=capstone-12&cut=820,640,120';
    const zh = parseTierState(zhLink, scaleOf(false));
    expect(zh.cuts).toEqual([820, 640, 120]);
    const en = parseTierState(zhLink, scaleOf(true));
    expect(en.cuts).toEqual([8200, 6400, 1200]);
    expect(serialiseTierState(en, 10)).toBe('?data=capstone-12&cut=820%2C640%2C120');
    expect(serialiseTierState(zh, 1)).toBe('?data=capstone-12&cut=820%2C640%2C120');
  });

  it('writes an English cut-off of 8,205 as 820.5 and reads it back as 8,205 without binary noise', () => {
    const typed = {
      ...defaultTierSettings,
      source: 'capstone-12' as const,
      cuts: [8205, 3, 0.3] as [number, number, number],
    };
    const query = serialiseTierState(typed, 10);
    expect(query).toBe('?data=capstone-12&cut=820.5%2C0.3%2C0.03');
    expect(parseTierState(query, scaleOf(true)).cuts).toEqual([8205, 3, 0.3]);
    expect(parseTierState(query, scaleOf(false)).cuts).toEqual([820.5, 0.3, 0.03]);
  });

  it.each([
    { m1: 'revenue', scale: 10, shown: [8200, 6400, 1200], url: [820, 640, 120] },
    { m1: 'profit', scale: 10, shown: [150, 50, 0], url: [15, 5, 0] },
    // A 1–5 score and an order count are the same on either page; scale 1 (Chinese page,
    // unscaled samples, an imported file) leaves every amount as it is.
    { m1: 'growthPotential', scale: 10, shown: [5, 4, 2], url: [5, 4, 2] },
    { m1: 'orders', scale: 10, shown: [40, 20, 5], url: [40, 20, 5] },
    { m1: 'revenue', scale: 1, shown: [8200, 6400, 1200], url: [8200, 6400, 1200] },
  ] as const)('converts $m1 cut-offs at scale $scale', ({ m1, scale, shown, url }) => {
    expect(cutsToUrl(shown, m1, scale)).toEqual(url);
    expect(cutsFromUrl(url, m1, scale)).toEqual(shown);
  });

  it('leaves an imported file’s cut-offs as they are (scale 1) and the unscaled samples too', () => {
    const settings = { ...defaultTierSettings, cuts: [8200, 6400, 1200] as [number, number, number] };
    expect(serialiseTierState(settings, 1)).toBe('?cut=8200%2C6400%2C1200');
    expect(parseTierState('?cut=8200,6400,1200', scaleOf(true)).cuts).toEqual([8200, 6400, 1200]);
  });

  it('round-trips English-page settings through the URL (property)', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const state = parseTierState(`?data=capstone-12&${junk}`, scaleOf(true));
        expect(parseTierState(serialiseTierState(state, 10), scaleOf(true))).toEqual(state);
      }),
    );
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
