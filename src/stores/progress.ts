/**
 * The progress store shared by every page and island. Persisted in localStorage under one key,
 * validated on every read, synchronised across tabs by @nanostores/persistent's storage events.
 */
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';
import {
  emptyProgress,
  parseProgress,
  serialiseProgress,
  setCertificateName,
  setComplete,
  type Progress,
} from '../lib/progress/progress';
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
