/**
 * The learner's progress in `cmi.suspend_data`, which SCORM 1.2 limits to 4,096 characters:
 * JSON, deflated (fflate) and base64-encoded behind a format tag. When it does not fit, quiz
 * attempts are left out, least useful first (older module attempts before the best exam and an
 * unfinished attempt); then the answer history per question is shortened (newest answers kept:
 * mastery and the review schedule are recomputed from what stays); lessons go only if nothing
 * else is left. Reading never throws: anything
 * that is not a valid tagged record gives undefined, and the caller starts afresh.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { readAttempts } from '../progress/attemptRecords';
import { parseProgress, serialiseProgress, type Progress } from '../progress/progress';
import { attemptScore, isFinished, type Attempt } from '../quiz/attempts';

/** CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;
const TAG = 'kas1:';

export interface EncodedSuspendData {
  data: string;
  droppedAttempts: number;
  droppedLessons: number;
  /** Answers per question kept in the history when it had to be shortened (else absent). */
  answersCap?: number;
}

/** The history lengths tried, longest first, once every attempt is out. */
const HISTORY_STEPS = [6, 4, 3, 2, 1, 0];

function capAnswers(progress: Progress, cap: number): Progress {
  const answers = Object.fromEntries(
    Object.entries(progress.answers)
      .map(([id, entries]) => [id, cap === 0 ? [] : entries.slice(-cap)] as const)
      .filter(([, entries]) => entries.length > 0),
  );
  return { ...progress, answers };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function pack(progress: Progress): string {
  return TAG + toBase64(deflateSync(strToU8(serialiseProgress(progress)), { level: 9 }));
}

/** Attempts from most to least worth keeping. */
function byUsefulness(attempts: readonly Attempt[]): Attempt[] {
  const exams = attempts.filter((a) => a.kind === 'exam' && isFinished(a));
  const bestExam = exams.reduce<Attempt | undefined>(
    (best, a) => (!best || attemptScore(a).fraction > attemptScore(best).fraction ? a : best),
    undefined,
  );
  const recency = (a: Attempt) => a.finishedAt ?? a.startedAt;
  const weight = (a: Attempt) => (a === bestExam ? 0 : isFinished(a) ? 2 : 1);
  return [...attempts].sort((a, b) => weight(a) - weight(b) || recency(b).localeCompare(recency(a)));
}

/** The largest n in [0, max] for which fits(n) holds, assuming it holds for 0 (binary search). */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function encodeSuspendData(progress: Progress, limit = SUSPEND_DATA_LIMIT): EncodedSuspendData {
  const full = pack(progress);
  if (full.length <= limit) return { data: full, droppedAttempts: 0, droppedLessons: 0 };

  const { attempts } = readAttempts(progress);
  const ranked = byUsefulness(attempts);
  const withAttempts = (n: number): Progress => {
    const keep = new Set(ranked.slice(0, n));
    // Kept in their stored order: the quiz code reads the newest unfinished attempt as the last.
    return { ...progress, attempts: attempts.filter((a) => keep.has(a)) };
  };
  const noAttempts = withAttempts(0);
  if (pack(noAttempts).length <= limit) {
    const n = largestFitting(ranked.length, (k) => pack(withAttempts(k)).length <= limit);
    return {
      data: pack(withAttempts(n)),
      droppedAttempts: progress.attempts.length - n,
      droppedLessons: 0,
    };
  }

  for (const cap of HISTORY_STEPS) {
    const shorter = capAnswers(noAttempts, cap);
    const data = pack(shorter);
    if (data.length <= limit)
      return { data, droppedAttempts: progress.attempts.length, droppedLessons: 0, answersCap: cap };
  }

  const lessonsOnly = capAnswers(noAttempts, 0);
  const keys = Object.keys(progress.lessons).sort();
  const withLessons = (n: number): Progress => ({
    ...lessonsOnly,
    lessons: Object.fromEntries(keys.slice(0, n).map((key) => [key, progress.lessons[key]!])),
  });
  const n = largestFitting(keys.length, (k) => k === 0 || pack(withLessons(k)).length <= limit);
  return {
    data: pack(withLessons(n)),
    droppedAttempts: progress.attempts.length,
    droppedLessons: keys.length - n,
    answersCap: 0,
  };
}

/** The progress saved in suspend data, or undefined for empty, foreign or damaged data. */
export function decodeSuspendData(data: string): Progress | undefined {
  if (!data.startsWith(TAG) || data.length > SUSPEND_DATA_LIMIT) return undefined;
  try {
    const json = strFromU8(inflateSync(fromBase64(data.slice(TAG.length))));
    const { progress, problem } = parseProgress(json);
    return problem ? undefined : progress;
  } catch {
    return undefined;
  }
}
