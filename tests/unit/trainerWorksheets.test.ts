/** Worksheet content passes its schema in both languages, and case handouts stop before the answers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { worksheetSchema } from '@/lib/trainer/worksheets';
import { CUT_MARKER, handoutHtml } from '@/lib/trainer/handout';

const dir = new URL('../../content/trainer/worksheets/', import.meta.url).pathname;
const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));

describe('worksheets', () => {
  it('has the four forms the course asks for', () => {
    expect(files.sort()).toEqual([
      'opportunity.yaml',
      'relationship-card.yaml',
      'spin-planner.yaml',
      'tier-scorecard.yaml',
    ]);
  });

  it.each(files)('%s passes its schema and points at a real lesson', (file) => {
    const sheet = worksheetSchema.parse(load(readFileSync(join(dir, file), 'utf8')));
    const lesson = new URL(`../../content/lessons/en/${sheet.lesson}.mdx`, import.meta.url).pathname;
    expect(() => readFileSync(lesson)).not.toThrow();
  });

  it('the opportunity form asks the four steps, three items each', () => {
    const sheet = worksheetSchema.parse(load(readFileSync(join(dir, 'opportunity.yaml'), 'utf8')));
    const steps = sheet.sections.filter((s) => s.kind === 'table');
    expect(steps).toHaveLength(4);
    for (const step of steps) if (step.kind === 'table') expect(step.rows).toHaveLength(3);
  });

  it('the opportunity form states the tool’s rule: two thirds with no 1, a don’t-know box, qualify further', () => {
    const sheet = worksheetSchema.parse(load(readFileSync(join(dir, 'opportunity.yaml'), 'utf8')));
    expect(sheet.intro.en).toMatch(/two thirds/);
    expect(sheet.intro.en).toMatch(/no item at 1/);
    expect(sheet.intro.zh).toMatch(/三分之二/);
    for (const step of sheet.sections.filter((s) => s.kind === 'table')) {
      if (step.kind !== 'table') continue;
      expect(step.columns.at(-1)?.en).toMatch(/Don't know/);
      expect(step.columns.at(-1)?.zh).toMatch(/不清楚/);
    }
    const decision = sheet.sections.at(-1);
    expect(decision?.note?.en).toMatch(/qualify further/);
    expect(decision?.note?.zh).toMatch(/继续核实/);
  });

  it('the relationship card carries the ten KPIs in three groups', () => {
    const sheet = worksheetSchema.parse(load(readFileSync(join(dir, 'relationship-card.yaml'), 'utf8')));
    const kpis = sheet.sections.find((s) => s.kind === 'table');
    if (kpis?.kind !== 'table') throw new Error('no KPI table');
    expect(kpis.rows).toHaveLength(10);
    expect(new Set(kpis.rows.map((row) => row[0]?.en)).size).toBe(3);
  });

  it('rejects a row wider than its table', () => {
    const bad = {
      order: 1,
      lesson: 'm01-key-accounts/01-pareto',
      title: { zh: '甲', en: 'A' },
      intro: { zh: '甲', en: 'A' },
      sections: [
        {
          kind: 'table',
          heading: { zh: '甲', en: 'A' },
          columns: [
            { zh: '一', en: '1' },
            { zh: '二', en: '2' },
          ],
          rows: [
            [
              { zh: '一', en: '1' },
              { zh: '二', en: '2' },
              { zh: '三', en: '3' },
            ],
          ],
        },
      ],
    };
    expect(worksheetSchema.safeParse(bad).success).toBe(false);
  });
});

describe('handoutHtml', () => {
  it.each([
    ['<p>Case</p><h2 id="m">Model answers</h2>' + CUT_MARKER + '<p>Answer</p>', '<p>Case</p>'],
    [
      '<p>Case</p><h2>Questions</h2><ol><li>Q</li></ol>' + CUT_MARKER + '<p>A</p>',
      '<p>Case</p><h2>Questions</h2><ol><li>Q</li></ol>',
    ],
    ['<p>No answers here</p>', '<p>No answers here</p>'],
    ['<h2>A</h2><p>x</p><h3>Answers</h3>\n' + CUT_MARKER + CUT_MARKER, '<h2>A</h2><p>x</p>'],
  ])('%j → %j', (input, expected) => {
    expect(handoutHtml(input)).toBe(expected);
  });
});
