import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assessOpportunity, compareWithModel, scoreStep, type Answers } from '@/lib/exercises/opportunity';
import { opportunityContentSchema, type OpportunityStep } from '@/lib/exercises/opportunitySchema';

const content = opportunityContentSchema.parse(
  load(readFileSync(new URL('../../content/exercises/opportunity/en.yaml', import.meta.url), 'utf8')),
);
const steps = content.steps;

/** Every question of every step at one value, then overrides. */
function answersAll(value: 1 | 2 | 3 | 4 | 5 | 'unknown', overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(steps.flatMap((s) => s.questions.map((q) => [q.id, value]))), ...overrides };
}

const threeItemStep: OpportunityStep = {
  id: 'real',
  title: 'Real?',
  questions: [
    { id: 'a', label: 'a', text: 'a', hint: 'h', action: 'x' },
    { id: 'b', label: 'b', text: 'b', hint: 'h', action: 'x' },
    { id: 'c', label: 'c', text: 'c', hint: 'h', action: 'x' },
  ],
};

describe('scoreStep', () => {
  // The lesson's example: a step of three items holds at 10 of 15 with no item at 1.
  const rows: { answers: Answers; status: string; score: number; max: number }[] = [
    { answers: { a: 5, b: 4, c: 4 }, status: 'holds', score: 13, max: 15 },
    { answers: { a: 4, b: 3, c: 3 }, status: 'holds', score: 10, max: 15 },
    { answers: { a: 3, b: 3, c: 3 }, status: 'borderline', score: 9, max: 15 },
    { answers: { a: 3, b: 3, c: 2 }, status: 'borderline', score: 8, max: 15 },
    { answers: { a: 2, b: 2, c: 3 }, status: 'fails', score: 7, max: 15 },
    { answers: { a: 5, b: 5, c: 1 }, status: 'fails', score: 11, max: 15 },
    { answers: { a: 5, b: 5, c: 'unknown' }, status: 'unclear', score: 10, max: 10 },
    { answers: { a: 5, b: 5 }, status: 'unclear', score: 10, max: 10 },
    { answers: { a: 1, b: 'unknown', c: null }, status: 'fails', score: 1, max: 5 },
    { answers: {}, status: 'unclear', score: 0, max: 0 },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.answers)} → ${row.status}`, () => {
      const result = scoreStep(threeItemStep, row.answers);
      expect(result.status).toBe(row.status);
      expect([result.score, result.max]).toEqual([row.score, row.max]);
    });
  }

  it('with four items, exactly half is borderline and just under half fails', () => {
    const four: OpportunityStep = {
      ...threeItemStep,
      questions: [...threeItemStep.questions, { id: 'd', label: 'd', text: 'd', hint: 'h', action: 'x' }],
    };
    expect(scoreStep(four, { a: 3, b: 3, c: 2, d: 2 }).status).toBe('borderline'); // 10 of 20
    expect(scoreStep(four, { a: 3, b: 2, c: 2, d: 2 }).status).toBe('fails'); // 9 of 20
    expect(scoreStep(four, { a: 4, b: 3, c: 3, d: 3 }).status).toBe('borderline'); // 13 of 20 < 2/3
    expect(scoreStep(four, { a: 4, b: 4, c: 4, d: 2 }).status).toBe('holds'); // 14 of 20 ≥ 2/3
  });
});

describe('assessOpportunity', () => {
  it('gives go when every step holds', () => {
    const result = assessOpportunity(steps, answersAll(4));
    expect(result.verdict).toBe('go');
    expect(result.reasons).toEqual([{ kind: 'all-hold' }]);
  });

  for (const step of ['real', 'competition', 'win', 'worth'] as const) {
    it(`one failed step (${step}) blocks go however high the others are`, () => {
      const target = steps.find((s) => s.id === step)!;
      const overrides: Answers = Object.fromEntries(target.questions.map((q) => [q.id, 2 as const]));
      const result = assessOpportunity(steps, answersAll(5, overrides));
      expect(result.verdict).toBe('no-go');
      expect(result.reasons[0]).toMatchObject({ kind: 'low-score', step });
      expect(result.reasons.some((r) => r.kind === 'total-misleading')).toBe(true);
      expect(result.weakestStep).toBe(step);
    });
  }

  it('a single item at 1 fails its step and names the item', () => {
    const result = assessOpportunity(steps, answersAll(5, { budget: 1 }));
    expect(result.verdict).toBe('no-go');
    expect(result.reasons[0]).toEqual({ kind: 'ruled-out', step: 'real', items: ['budget'] });
    expect(result.nextActions[0]).toBe('budget');
  });

  it('an unknown fact asks for qualifying, not go', () => {
    const result = assessOpportunity(steps, answersAll(5, { 'decision-maker': 'unknown' }));
    expect(result.verdict).toBe('qualify');
    expect(result.reasons).toEqual([{ kind: 'unclear', step: 'win', items: ['decision-maker'] }]);
    expect(result.weakestStep).toBe('win');
    expect(result.nextActions).toEqual(['decision-maker']);
  });

  it('a borderline step asks for qualifying and suggests actions for its low items first', () => {
    const result = assessOpportunity(
      steps,
      answersAll(5, { margin: 3, 'payment-risk': 2, 'strategic-value': 3, 'opportunity-cost': 3 }),
    );
    expect(result.verdict).toBe('qualify');
    expect(result.reasons).toEqual([{ kind: 'borderline', step: 'worth', score: 11, max: 20 }]);
    expect(result.nextActions).toEqual(['payment-risk', 'margin', 'strategic-value', 'opportunity-cost']);
  });

  it('a failure outranks unknowns elsewhere; the failed step is the weakest', () => {
    const result = assessOpportunity(steps, answersAll(4, { need: 'unknown', margin: 1 }));
    expect(result.verdict).toBe('no-go');
    expect(result.weakestStep).toBe('worth');
    expect(result.reasons.map((r) => r.kind)).toEqual(['ruled-out', 'total-misleading']);
  });

  it('lists unanswered questions and treats them as unknown', () => {
    const result = assessOpportunity(steps, { need: 5 });
    expect(result.verdict).toBe('qualify');
    expect(result.unanswered).toHaveLength(16);
    expect(result.unanswered).not.toContain('need');
  });

  it('when every step holds, the next action is the lowest item of the weakest step', () => {
    const result = assessOpportunity(steps, answersAll(5, { coverage: 4 }));
    expect(result.weakestStep).toBe('win');
    expect(result.nextActions).toEqual(['coverage']);
  });

  describe('prepared deals get their intended verdicts', () => {
    for (const deal of content.deals) {
      it(`${deal.id} → ${deal.model.verdict}`, () => {
        expect(assessOpportunity(steps, deal.model.answers).verdict).toBe(deal.model.verdict);
      });
    }
    it('cover go, no-go and qualify', () => {
      expect(new Set(content.deals.map((d) => d.model.verdict))).toEqual(new Set(['go', 'no-go', 'qualify']));
    });
    it('the hospital deal hinges on one step', () => {
      const result = assessOpportunity(
        steps,
        content.deals.find((d) => d.id === 'hospital-lab')!.model.answers,
      );
      expect(result.steps.filter((s) => s.status !== 'holds').map((s) => s.step)).toEqual(['win']);
    });
  });
});

describe('compareWithModel', () => {
  it('lists only the questions that differ, with the gap', () => {
    const model = answersAll(4);
    const rows = compareWithModel(steps, answersAll(4, { budget: 2, proof: 'unknown' }), model);
    expect(rows).toEqual([
      { question: 'budget', yours: 2, model: 4, gap: -2 },
      { question: 'proof', yours: 'unknown', model: 4, gap: null },
    ]);
  });
});
