/**
 * The trainer's view of a class: aggregates the workshop results read by ./classImport: scores per quiz with their
 * distribution, the most-missed questions with the wrong answers given, agreement on the tier
 * card sort, and the SPIN end temperatures. Pure; the page supplies the texts.
 */
import { csvField } from '../analysis/exportCsv';
import type { QuizResult, WorkshopResult } from './workshopResult';

// Reading results (importResults, with fflate and zod behind it) lives in ./classImport, which
// the class page loads when the trainer adds results; this module only aggregates.
export type { ClassImport, SkipReason } from './classImport';

/** A quiz's score as a fraction: the mean of its question scores (0 when it had none). */
export function quizFraction(quiz: QuizResult): number {
  const ids = quiz.questionIds;
  if (!ids.length) return 0;
  return ids.reduce((sum, qid) => sum + (quiz.scores[qid] ?? 0), 0) / ids.length;
}

/** A response as a stable text key, so equal wrong answers are counted together. */
export function responseKey(response: QuizResult['responses'][string] | undefined): string {
  if (!response) return '';
  switch (response.type) {
    case 'single':
      return response.choice ?? '';
    case 'multiple':
      return [...response.choices].sort().join(',');
    case 'truefalse':
      return response.value === null ? '' : String(response.value);
    case 'ordering':
      return response.order.join('>');
    case 'matching':
      return Object.entries(response.matches)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join(';');
    case 'categorising':
      return Object.entries(response.placements)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join(';');
  }
}

export interface QuizSummary {
  scope: string;
  takers: number;
  mean: number;
  /** Ten bands of the score: [0,10%), [10,20%) … [90,100%]. */
  bands: number[];
}

export interface MissedQuestion {
  id: string;
  asked: number;
  missed: number;
  /** Wrong answers (response keys) and how many gave each, most common first. */
  wrong: { answer: string; count: number }[];
}

export interface TierAgreement {
  participants: number;
  meanScore: number | undefined;
  /** Per card: the most common tier and the share of participants who chose it. */
  cards: { card: string; tier: string; agreement: number; placed: number }[];
  meanAgreement: number | undefined;
}

export interface ClassSummary {
  participants: number;
  quizzes: QuizSummary[];
  missed: MissedQuestion[];
  tiers: TierAgreement;
  spin: {
    count: number;
    mean: number | undefined;
    min: number | undefined;
    max: number | undefined;
    values: number[];
  };
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;

export function summariseClass(participants: readonly WorkshopResult[], topMissed = 10): ClassSummary {
  const byScope = new Map<string, number[]>();
  const questions = new Map<string, { asked: number; missed: number; wrong: Map<string, number> }>();
  for (const person of participants) {
    for (const quiz of person.quizzes) {
      const fractions = byScope.get(quiz.scope) ?? [];
      fractions.push(quizFraction(quiz));
      byScope.set(quiz.scope, fractions);
      for (const qid of quiz.questionIds) {
        const entry = questions.get(qid) ?? { asked: 0, missed: 0, wrong: new Map<string, number>() };
        entry.asked += 1;
        if ((quiz.scores[qid] ?? 0) < 1) {
          entry.missed += 1;
          const key = responseKey(quiz.responses[qid]);
          entry.wrong.set(key, (entry.wrong.get(key) ?? 0) + 1);
        }
        questions.set(qid, entry);
      }
    }
  }
  const quizzes = [...byScope.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([scope, fractions]) => {
      const bands = Array.from({ length: 10 }, () => 0);
      for (const f of fractions) bands[Math.min(9, Math.floor(f * 10 + 1e-9))]! += 1;
      return { scope, takers: fractions.length, mean: mean(fractions) ?? 0, bands };
    });
  const missed = [...questions.entries()]
    .filter(([, q]) => q.missed > 0)
    .map(([qid, q]) => ({
      id: qid,
      asked: q.asked,
      missed: q.missed,
      wrong: [...q.wrong.entries()]
        .map(([answer, count]) => ({ answer, count }))
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)),
    }))
    .sort(
      (a, b) => b.missed - a.missed || b.missed / b.asked - a.missed / a.asked || a.id.localeCompare(b.id),
    )
    .slice(0, topMissed);

  const sorts = participants.flatMap((p) => (p.tierCards ? [p.tierCards] : []));
  const cardVotes = new Map<string, Map<string, number>>();
  for (const sort of sorts) {
    for (const [card, tier] of Object.entries(sort.placements)) {
      const votes = cardVotes.get(card) ?? new Map<string, number>();
      votes.set(tier, (votes.get(tier) ?? 0) + 1);
      cardVotes.set(card, votes);
    }
  }
  const cards = [...cardVotes.entries()]
    .map(([card, votes]) => {
      const placed = [...votes.values()].reduce((a, b) => a + b, 0);
      const [tier, count] = [...votes.entries()].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0] ?? ['', 0];
      return { card, tier, agreement: placed ? count / placed : 0, placed };
    })
    .sort((a, b) => a.agreement - b.agreement || a.card.localeCompare(b.card));
  const spinValues = participants.flatMap((p) => p.spinTemperatures ?? []);
  return {
    participants: participants.length,
    quizzes,
    missed,
    tiers: {
      participants: sorts.length,
      meanScore: mean(sorts.filter((s) => s.total > 0).map((s) => s.correct / s.total)),
      cards,
      meanAgreement: mean(cards.map((c) => c.agreement)),
    },
    spin: {
      count: spinValues.length,
      mean: mean(spinValues),
      min: spinValues.length ? Math.min(...spinValues) : undefined,
      max: spinValues.length ? Math.max(...spinValues) : undefined,
      values: [...spinValues].sort((a, b) => a - b),
    },
  };
}

/**
 * One row per participant: name, each quiz's score in percent (blank when not taken), tier card
 * score, SPIN end temperatures. Formula-guarded fields (see analysis/exportCsv).
 */
export function classCsv(
  participants: readonly WorkshopResult[],
  headers: { name: string; tierCards: string; spin: string },
  scopeLabel: (scope: string) => string,
): string {
  const scopes = [...new Set(participants.flatMap((p) => p.quizzes.map((q) => q.scope)))].sort();
  const lines = [
    [headers.name, ...scopes.map(scopeLabel), headers.tierCards, headers.spin].map(csvField).join(','),
  ];
  for (const person of participants) {
    const cells: (string | number)[] = [person.name];
    for (const scope of scopes) {
      const quiz = person.quizzes.find((q) => q.scope === scope);
      cells.push(quiz ? Math.round(quizFraction(quiz) * 100) : '');
    }
    cells.push(person.tierCards ? `${person.tierCards.correct}/${person.tierCards.total}` : '');
    cells.push((person.spinTemperatures ?? []).join(' '));
    lines.push(cells.map((cell) => csvField(cell)).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
