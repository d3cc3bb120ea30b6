/**
 * IdIndex (src/lib/import/idIndex.ts), cleanTable's id → customer index table: it must answer
 * exactly as the Map it replaced, whatever the ids (colliding slots, empty and long ids, Chinese
 * text, ids differing by one character, case or a trailing space).
 */
import { describe, expect, it } from 'vitest';
import { cleanTable } from '@/lib/import/clean';
import { IdIndex } from '@/lib/import/idIndex';
import { analyseTable } from '@/lib/import/table';

/** Each id through both an IdIndex and a Map: the same answers. */
function sameAsMap(ids: string[], capacity = ids.length) {
  const index = new IdIndex(capacity);
  const map = new Map<string, number>();
  const answers: number[] = [];
  for (const id of ids) {
    const got = index.indexOrAdd(id);
    const known = map.get(id);
    if (known === undefined) map.set(id, map.size);
    answers.push(got);
    expect(got).toBe(known ?? -1);
  }
  expect(index.size).toBe(map.size);
  return answers;
}

describe('IdIndex', () => {
  it('gives new ids -1 and the next index, known ids their first index', () => {
    expect(sameAsMap(['C1', 'C2', 'C1', 'C3', 'C2', 'C2'])).toEqual([-1, -1, 0, -1, 1, 1]);
  });

  it('tells apart ids that differ by one character, case, a space or a full-width letter', () => {
    const ids = [
      'C01',
      'C10',
      'c01',
      'C01 ',
      ' C01',
      'Ｃ01',
      'C0',
      'C010',
      '',
      '华东机械',
      '华东机械有限公司',
    ];
    expect(sameAsMap([...ids, ...ids, ...[...ids].reverse()]).slice(0, ids.length)).toEqual(
      ids.map(() => -1),
    );
  });

  it('agrees with a Map on 50,000 random ids with many repeats (slots collide, probes wrap)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'AB01华东';
    const ids = Array.from({ length: 50_000 }, () => {
      const length = Math.floor(random() * 6);
      let id = '';
      for (let i = 0; i < length; i += 1) id += alphabet[Math.floor(random() * alphabet.length)];
      return id;
    });
    sameAsMap(ids);
  });

  it('holds as many ids as its capacity, and says so when asked for more', () => {
    const index = new IdIndex(3);
    expect([index.indexOrAdd('a'), index.indexOrAdd('b'), index.indexOrAdd('c')]).toEqual([-1, -1, -1]);
    expect(index.indexOrAdd('b')).toBe(1);
    expect(() => index.indexOrAdd('d')).toThrow(RangeError);
    // A capacity of 0 (a table without data rows) still takes one id.
    expect(new IdIndex(0).indexOrAdd('x')).toBe(-1);
  });
});

describe('cleanTable with IdIndex', () => {
  it('merges the rows of an id wherever they are, in the order ids first appear', () => {
    const rows = [
      ['客户编号', '客户名称', '销售额'],
      ['C2', '乙', '10'],
      ['C1', '甲', '1'],
      ['C2', '乙', '20'],
      ['C3', '丙', '5'],
      ['C1', '甲', '2'],
      ['C2', '乙', '30'],
    ];
    const shape = analyseTable(rows);
    if (!shape.ok) throw new Error(shape.error);
    const cleaned = cleanTable(rows, shape, shape.mapping);
    if (!cleaned.ok) throw new Error(cleaned.error);
    expect(cleaned.list.customers.map((c) => [c.id, c.values.revenue])).toEqual([
      ['C2', 60],
      ['C1', 3],
      ['C3', 5],
    ]);
    expect(cleaned.list.report.duplicates).toEqual([
      { id: 'C2', rows: 3 },
      { id: 'C1', rows: 2 },
    ]);
  });
});
