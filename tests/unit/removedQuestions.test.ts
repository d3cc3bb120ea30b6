/**
 * Saved progress outlives the question banks: an attempt or a class result that names a question
 * id no longer in any bank (issue 14 rewrote the banks; ids are kept where a question survives)
 * must not break the review of mistakes, the progress dashboard's scores or the class results.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { quizBankSchema } from '@/lib/content/schemas';
import { attemptScore, byLesson, reviewableMistakes, summarise, type Attempt } from '@/lib/quiz/attempts';
import { summariseClass } from '@/lib/trainer/classResults';
import { RESULT_KIND, type WorkshopResult } from '@/lib/trainer/workshopResult';

const bank = quizBankSchema.parse(
  load(readFileSync(new URL('../../content/quizzes/zh/m01-key-accounts.yaml', import.meta.url), 'utf8')),
);
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const gone = 'm01-q99';

const attempt: Attempt = {
  id: 's1',
  kind: 'module',
  scope: 'm01-key-accounts',
  seed: 's1',
  questionIds: ['m01-q01', gone, 'm01-q02'],
  responses: {
    'm01-q01': { type: 'single', choice: 'a' },
    [gone]: { type: 'single', choice: 'b' },
    'm01-q02': { type: 'truefalse', value: true },
  },
  scores: { 'm01-q01': 0, [gone]: 0, 'm01-q02': 1 },
  startedAt: '2026-01-01T10:00:00Z',
  finishedAt: '2026-01-01T10:10:00Z',
};

describe('a saved attempt naming a removed question', () => {
  it('is not in the current bank (the premise of these tests)', () => {
    expect(byId.has(gone)).toBe(false);
    expect(byId.has('m01-q01')).toBe(true);
  });

  it('review of mistakes lists only questions that still exist', () => {
    expect(reviewableMistakes([attempt], byId)).toEqual(['m01-q01']);
    expect(reviewableMistakes([attempt], byId, 'm01-key-accounts')).toEqual(['m01-q01']);
  });

  it('keeps the score the learner earned on the paper they sat (dashboard best and latest)', () => {
    expect(attemptScore(attempt)).toEqual({ score: 1, max: 3, fraction: 1 / 3 });
    const summary = summarise([attempt], 'm01-key-accounts');
    expect(summary.count).toBe(1);
    expect(summary.best?.id).toBe('s1');
  });

  it('per-lesson breakdown puts the removed question in an unnamed row instead of failing', () => {
    const rows = byLesson(attempt, (id) => byId.get(id)?.lesson);
    expect(rows).toContainEqual({ lesson: '01-pareto', score: 1, max: 2 });
    expect(rows).toContainEqual({ lesson: '', score: 0, max: 1 });
  });

  it('class results still count the removed question by its id', () => {
    const person: WorkshopResult = {
      kind: RESULT_KIND,
      version: 1,
      workshop: 'ABC123',
      name: 'Li',
      createdAt: '2026-01-01T10:20:00Z',
      quizzes: [
        {
          scope: attempt.scope,
          kind: 'module',
          finishedAt: attempt.finishedAt!,
          questionIds: attempt.questionIds,
          responses: attempt.responses,
          scores: attempt.scores,
        },
      ],
    };
    const summary = summariseClass([person]);
    expect(summary.quizzes).toEqual([
      expect.objectContaining({ scope: 'm01-key-accounts', takers: 1, mean: 1 / 3 }),
    ]);
    expect(summary.missed.map((m) => m.id).sort()).toEqual([gone, 'm01-q01'].sort());
  });
});
