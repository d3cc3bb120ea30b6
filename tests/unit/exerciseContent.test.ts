import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { opportunityContentSchema } from '@/lib/exercises/opportunitySchema';
import { relationshipContentSchema } from '@/lib/exercises/relationshipSchema';
import { savedAccountSchema, savedAssessmentSchema } from '@/lib/exercises/savedExercises';
import { emptyProgress } from '@/lib/progress/progress';
import { readSavedItems } from '@/lib/progress/savedItems';

const read = (path: string): unknown => load(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('exercise content', () => {
  for (const locale of ['zh', 'en']) {
    it(`opportunity worksheet (${locale}) fits its schema`, () => {
      const parsed = opportunityContentSchema.safeParse(read(`content/exercises/opportunity/${locale}.yaml`));
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    });
    it(`relationship diagnostic (${locale}) fits its schema`, () => {
      const parsed = relationshipContentSchema.safeParse(
        read(`content/exercises/relationship/${locale}.yaml`),
      );
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    });
  }

  it('zh and en share every id and every model answer', () => {
    const zhO = opportunityContentSchema.parse(read('content/exercises/opportunity/zh.yaml'));
    const enO = opportunityContentSchema.parse(read('content/exercises/opportunity/en.yaml'));
    const shape = (c: typeof zhO) => ({
      steps: c.steps.map((s) => [s.id, s.questions.map((q) => q.id)]),
      deals: c.deals.map((d) => [d.id, d.model.verdict, d.model.answers]),
    });
    expect(shape(zhO)).toEqual(shape(enO));

    const zhR = relationshipContentSchema.parse(read('content/exercises/relationship/zh.yaml'));
    const enR = relationshipContentSchema.parse(read('content/exercises/relationship/en.yaml'));
    const rShape = (c: typeof zhR) => ({
      stages: c.stages.map((s) => s.id),
      accounts: c.accounts.map((a) => [a.id, a.stage, a.answers]),
    });
    expect(rShape(zhR)).toEqual(rShape(enR));
  });

  it('rejects a worksheet whose steps are out of order or whose deal lacks an answer', () => {
    const content = opportunityContentSchema.parse(read('content/exercises/opportunity/en.yaml'));
    const swapped = {
      ...content,
      steps: [content.steps[1], content.steps[0], content.steps[2], content.steps[3]],
    };
    expect(opportunityContentSchema.safeParse(swapped).success).toBe(false);
    const deal = content.deals[0]!;
    const answers: Record<string, unknown> = { ...deal.model.answers };
    delete answers['budget'];
    const broken = {
      ...content,
      deals: [{ ...deal, model: { ...deal.model, answers } }, ...content.deals.slice(1)],
    };
    expect(opportunityContentSchema.safeParse(broken).success).toBe(false);
  });
});

describe('saved exercise items', () => {
  const base = emptyProgress();
  const good = {
    version: 1,
    dealId: null,
    name: 'Boiler retrofit',
    answers: { need: 4, budget: 'unknown' },
    notes: {},
  };
  const progress = {
    ...base,
    saved: {
      opportunity: {
        ok: { savedAt: '2026-01-02T00:00:00.000Z', data: good },
        bad: { savedAt: '2026-01-03T00:00:00.000Z', data: { ...good, answers: { need: 7 } } },
      },
      relationship: {
        acme: {
          savedAt: '2026-01-02T00:00:00.000Z',
          data: {
            version: 2,
            name: 'Acme',
            history: [{ date: '2026-01-02T00:00:00.000Z', answers: {}, stage: 'middle' }],
          },
        },
        odd: {
          savedAt: '2026-01-02T00:00:00.000Z',
          data: { version: 2, name: 'Odd', history: [{ date: 'x', answers: {}, stage: 'friends' }] },
        },
      },
    },
  };

  it('keeps the items that fit and skips a damaged one', () => {
    expect(readSavedItems(progress, 'opportunity', savedAssessmentSchema).map((i) => i.id)).toEqual(['ok']);
    expect(readSavedItems(progress, 'relationship', savedAccountSchema).map((i) => i.id)).toEqual(['acme']);
  });
});
