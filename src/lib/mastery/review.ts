/**
 * Review today: which questions are due, scheduled by FSRS (ts-fsrs), not by rules of our own.
 * Each question's card is seeded by replaying its answer history in time order (right → Good,
 * wrong → Again); it is due when the card's due time has come. A question never answered has no
 * card and is never due, so nothing is due before the learner has answered a question.
 * Short-term (minute) learning steps are off: the course reviews by the day, not within a sitting.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { AnswerEntry, AnswerHistory } from './history';

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

export const SESSION_MAX = 10;
export const SESSION_MIN = 5;

/** The FSRS card after replaying a question's answers; undefined when it has none. */
export function cardFor(entries: readonly AnswerEntry[]): Card | undefined {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0) return undefined;
  let card = createEmptyCard(new Date(sorted[0]![0] * 1000));
  for (const [seconds, right] of sorted) {
    card = scheduler.next(card, new Date(seconds * 1000), right ? Rating.Good : Rating.Again).card;
  }
  return card;
}

export interface DueQuestion {
  id: string;
  due: Date;
  /** The last answer was wrong. */
  missed: boolean;
}

/** Every due question among `known` ids: missed first, then the longest overdue, then by id. */
export function dueQuestions(
  history: AnswerHistory,
  now: Date,
  known?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): DueQuestion[] {
  const due: DueQuestion[] = [];
  for (const [id, entries] of Object.entries(history)) {
    if (known && !known.has(id)) continue;
    const card = cardFor(entries);
    if (!card || card.due.getTime() > now.getTime()) continue;
    const last = entries.reduce((a, b) => (b[0] >= a[0] ? b : a));
    due.push({ id, due: card.due, missed: last[1] === 0 });
  }
  return due.sort(
    (a, b) =>
      Number(b.missed) - Number(a.missed) || a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id),
  );
}

/** Today's session: up to SESSION_MAX due questions (fewer when fewer are due). */
export function reviewQueue(
  history: AnswerHistory,
  now: Date,
  known?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string[] {
  return dueQuestions(history, now, known)
    .slice(0, SESSION_MAX)
    .map((q) => q.id);
}

/** When the next question falls due (after `now`), for "next review on …"; undefined when none. */
export function nextDue(
  history: AnswerHistory,
  now: Date,
  known?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): Date | undefined {
  let next: Date | undefined;
  for (const [id, entries] of Object.entries(history)) {
    if (known && !known.has(id)) continue;
    const card = cardFor(entries);
    if (card && card.due.getTime() > now.getTime() && (!next || card.due < next)) next = card.due;
  }
  return next;
}
