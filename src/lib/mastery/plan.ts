/**
 * The study plan: from a target date, minutes a day and the lessons still to do, today's lesson,
 * how many reviews to do, and whether the learner is on track (the minutes left fit in the days
 * left, counting today and the target day). Days are calendar days as 'YYYY-MM-DD'.
 */

export interface StudyPlanSettings {
  /** 'YYYY-MM-DD'. */
  target: string;
  minutesPerDay: number;
}

export interface PlanLesson {
  key: string;
  minutes: number;
}

/** Minutes one review question takes, for the time today's reviews need. */
export const MINUTES_PER_REVIEW = 1;

export type PlanStatus = 'done' | 'on-track' | 'behind' | 'past';

export interface PlanToday {
  status: PlanStatus;
  /** The first lesson still to do, in course order. */
  lesson?: string | undefined;
  reviews: number;
  daysLeft: number;
  minutesLeft: number;
  /** Minutes a day needed from today to finish by the target. */
  minutesNeededPerDay: number;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(text: string): boolean {
  return dayPattern.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function planToday(
  settings: StudyPlanSettings,
  today: string,
  remaining: readonly PlanLesson[],
  dueReviews: number,
  sessionMax = 10,
): PlanToday {
  const reviews = Math.min(dueReviews, sessionMax);
  const minutesLeft = remaining.reduce((sum, l) => sum + l.minutes, 0);
  const daysLeft = daysBetween(today, settings.target) + 1;
  const base = { lesson: remaining[0]?.key, reviews, daysLeft: Math.max(0, daysLeft), minutesLeft };
  if (remaining.length === 0) return { ...base, status: 'done', minutesNeededPerDay: 0 };
  if (daysLeft <= 0) return { ...base, status: 'past', minutesNeededPerDay: minutesLeft };
  const minutesNeededPerDay = Math.ceil(minutesLeft / daysLeft);
  const status = minutesNeededPerDay <= settings.minutesPerDay ? 'on-track' : 'behind';
  return { ...base, status, minutesNeededPerDay };
}

export type PlanProblem = 'plan.badDate' | 'plan.badMinutes';

/** Reads the form; errors are message keys. */
export function parsePlan(
  target: string,
  minutes: string | number,
): { ok: true; plan: StudyPlanSettings } | { ok: false; problem: PlanProblem } {
  if (!isDay(target)) return { ok: false, problem: 'plan.badDate' };
  const n = Number(minutes);
  if (!Number.isInteger(n) || n < 5 || n > 600) return { ok: false, problem: 'plan.badMinutes' };
  return { ok: true, plan: { target, minutesPerDay: n } };
}
