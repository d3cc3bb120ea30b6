/**
 * The answer history a workshop result (version 2) carries, so the trainer can work out each
 * learner's mastery level per objective with the learner's own rule (masteryLevel in
 * ../mastery/mastery.ts), not a second one. Compact and exact: per question only the answers the
 * level rules can still read are sent, and times are replaced by their order and the learner's
 * local day (all the rules look at), so no clock time leaves the learner's browser.
 *
 * Per question, from the stored history (at most HISTORY_CAP = 8 answers), the code keeps:
 * - the last wrong answer, and nothing before it (an objective's run of right answers starts after
 *   its latest wrong answer, which is never earlier than any of its questions' own);
 * - of the right answers after it, per local day: the first, the last, and the last in a review or
 *   the exam (an answer between two others of the same question and day changes no level).
 * So at most 1 + 3 per day, and never more than 8, answers per question.
 *
 * Coded form: `days` lists the learner's local day (days since 1970-01-01) of each distinct answer
 * time in time order, the first in full and then the difference to the one before (0 for the same
 * day); `answers` gives per question a string of answers, each the time's position in `days`
 * followed by its source letter (q quiz, x exam, r review, k knowledge check), upper case when
 * right: "0k3Q" = wrong in a knowledge check at time 0, right in a module quiz at time 3.
 * Pure, and without zod or fflate so that the class page can use it before the decoder loads.
 */
import { HISTORY_CAP, type AnswerEntry, type AnswerHistory, type AnswerSource } from '../mastery/history';
import { localDay, type DayOf } from '../mastery/mastery';

export interface CodedHistory {
  days: number[];
  answers: Record<string, string>;
}

/** Right answers kept per question and local day. */
export const RIGHT_PER_DAY = 3;
/** Distinct answer times a code may list (8 answers for each of 500 questions). */
export const MAX_TIMES = 4000;
const MAX_DAY = 200_000;

export const codedAnswersPattern = new RegExp(`^(?:\\d{1,4}[qxrkQXRK]){1,${HISTORY_CAP}}$`);

const confirming = (entry: AnswerEntry) => entry[2] === 'r' || entry[2] === 'x';

/** masteryLevel's order: by time, a wrong answer before a right one at the same time; stable. */
function levelOrder(entries: readonly AnswerEntry[]): AnswerEntry[] {
  return [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** One question's answers reduced to those the level rules can read (see the file comment). */
export function compactEntries(entries: readonly AnswerEntry[], dayOf: DayOf = localDay): AnswerEntry[] {
  const sorted = levelOrder(entries).slice(-HISTORY_CAP);
  let start = sorted.length;
  while (start > 0 && sorted[start - 1]![1] === 1) start -= 1;
  const kept = new Set<number>();
  if (start > 0) kept.add(start - 1);
  const byDay = new Map<string, number[]>();
  for (let i = start; i < sorted.length; i += 1) {
    const day = dayOf(sorted[i]![0]);
    byDay.set(day, [...(byDay.get(day) ?? []), i]);
  }
  for (const indexes of byDay.values()) {
    kept.add(indexes[0]!);
    kept.add(indexes.at(-1)!);
    const lastConfirming = indexes.filter((i) => confirming(sorted[i]!)).at(-1);
    if (lastConfirming !== undefined) kept.add(lastConfirming);
  }
  return sorted.filter((_, i) => kept.has(i));
}

/** 'YYYY-MM-DD' → days since 1970-01-01. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
}

export function encodeHistory(history: AnswerHistory, dayOf: DayOf = localDay): CodedHistory {
  const compact = Object.entries(history)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, entries]) => [id, compactEntries(entries, dayOf)] as const)
    .filter(([, entries]) => entries.length > 0);
  const times = [...new Set(compact.flatMap(([, entries]) => entries.map((e) => e[0])))].sort(
    (a, b) => a - b,
  );
  const rank = new Map(times.map((time, i) => [time, i]));
  const absolute = times.map((time) => dayNumber(dayOf(time)));
  const days = absolute.map((day, i) => (i === 0 ? day : day - absolute[i - 1]!));
  const answers = Object.fromEntries(
    compact.map(([id, entries]) => [
      id,
      entries
        .map(([time, right, source]) => `${rank.get(time)}${right ? source.toUpperCase() : source}`)
        .join(''),
    ]),
  );
  return { days, answers };
}

export interface DecodedHistory {
  /** Entries with the time's position in place of its time: the same order, so the same levels. */
  history: AnswerHistory;
  /** The learner's local day of each position, for masteryLevel. */
  dayOf: DayOf;
}

/** Reads a coded history; undefined when anything is out of shape (never throws). */
export function decodeHistory(coded: CodedHistory): DecodedHistory | undefined {
  const { days, answers } = coded;
  if (!Array.isArray(days) || days.length > MAX_TIMES) return undefined;
  const absolute: number[] = [];
  for (const [i, value] of days.entries()) {
    if (!Number.isInteger(value) || value < 0) return undefined;
    const day = i === 0 ? value : absolute[i - 1]! + value;
    if (day > MAX_DAY) return undefined;
    absolute.push(day);
  }
  if (typeof answers !== 'object' || answers === null) return undefined;
  const history: [string, AnswerEntry[]][] = [];
  for (const [id, text] of Object.entries(answers)) {
    if (typeof text !== 'string' || !codedAnswersPattern.test(text)) return undefined;
    const entries: AnswerEntry[] = [];
    for (const [, position, letter] of text.matchAll(/(\d+)([a-zA-Z])/g)) {
      const at = Number(position);
      if (at >= absolute.length) return undefined;
      const source = letter!.toLowerCase() as AnswerSource;
      entries.push([at, letter === source ? 0 : 1, source]);
    }
    history.push([id, entries]);
  }
  // fromEntries defines own properties, so a question id such as "__proto__" stays plain data.
  return { history: Object.fromEntries(history), dayOf: (position) => String(absolute[position] ?? -1) };
}
