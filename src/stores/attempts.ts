/**
 * Quiz attempts, read from the progress store and validated one by one (see
 * lib/progress/attemptRecords.ts). Imported only by quiz pages and the course home.
 */
import { computed } from 'nanostores';
import { readAttempts, saveAttempt } from '../lib/progress/attemptRecords';
import type { Attempt } from '../lib/quiz/attempts';
import { progress } from './progress';

let warned = false;

export const attempts = computed(progress, (state): Attempt[] => {
  const { attempts: readable, dropped } = readAttempts(state);
  if (dropped && !warned) {
    warned = true;
    console.warn(`${dropped} unreadable quiz attempt(s) were dropped; the rest is kept.`);
  }
  return readable;
});

/** Saves a quiz attempt as it goes (the same id replaces). */
export function recordAttempt(attempt: Attempt): void {
  progress.set(saveAttempt(progress.get(), attempt));
}
