/**
 * The progress store shared by every page and island. Persisted in localStorage under one key,
 * validated on every read, synchronised across tabs by @nanostores/persistent's storage events.
 */
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';
import {
  addAnswers,
  emptyProgress,
  parseProgress,
  recordVisit,
  serialiseProgress,
  setCertificateName,
  setComplete,
  setPlan,
  type Progress,
  type StudyPlan,
} from '../lib/progress/progress';
import type { AnswerHistory } from '../lib/mastery/history';
import { putSavedItem, removeSavedItem } from '../lib/progress/savedItems';
import { createSafeStorage, openLocalStorage } from './safeStorage';

export const PROGRESS_KEY = 'kas:progress';

/** True once saving has failed; pages show a one-line notice. */
export const storageUnavailable = atom(false);

if (typeof window !== 'undefined') {
  setPersistentEngine(
    createSafeStorage(openLocalStorage(), () => storageUnavailable.set(true)),
    windowPersistentEvents,
  );
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: serialiseProgress,
  decode(raw) {
    const { progress: value, problem } = parseProgress(raw);
    if (problem) console.warn(`Saved progress was unreadable (${problem}); starting from an empty record.`);
    return value;
  },
});

export function setLessonComplete(key: string, complete: boolean, now = new Date()): void {
  progress.set(setComplete(progress.get(), key, complete, now.toISOString()));
}

export function rememberCertificateName(name: string): void {
  progress.set(setCertificateName(progress.get(), name));
}

/** Remembers the lesson being read and the heading in view, for "continue where you left off". */
export function rememberReading(key: string, heading: string | undefined, now = new Date()): void {
  progress.set(recordVisit(progress.get(), key, now.toISOString(), heading));
}

/** Saves a simulator's settings or one of the learner's assessments (see lib/progress/savedItems). */
export function saveToolItem(
  tool: string,
  id: string,
  data: unknown,
  title?: string,
  now = new Date(),
): void {
  progress.set(putSavedItem(progress.get(), tool, id, data, now.toISOString(), title));
}

export function deleteToolItem(tool: string, id: string): void {
  progress.set(removeSavedItem(progress.get(), tool, id));
}

/** One answer of a review session, right or not, into the answer history (source: review). */
export function recordReviewAnswer(questionId: string, right: boolean, now = new Date()): void {
  const entry: [number, 0 | 1, 'r'] = [Math.floor(now.getTime() / 1000), right ? 1 : 0, 'r'];
  progress.set(addAnswers(progress.get(), { [questionId]: [entry] }));
}

/** Knowledge-check answers into the answer history (see knowledgeCheckRecorder). */
export function recordAnswers(answers: AnswerHistory): void {
  if (Object.keys(answers).length > 0) progress.set(addAnswers(progress.get(), answers));
}

/** Saves the study plan (target day and minutes a day), or removes it. */
export function saveStudyPlan(plan: Omit<StudyPlan, 'setAt'> | undefined, now = new Date()): void {
  progress.set(setPlan(progress.get(), plan ? { ...plan, setAt: now.toISOString() } : undefined));
}
