/**
 * Moving progress between browsers by file: the export envelope, reading an imported file (zod-
 * validated, with a checksum so a damaged file is refused rather than half-read), and the merge
 * that keeps whichever side is newer item by item, so an import never loses newer local work.
 * Pure: the caller supplies the clock and does the file and storage work.
 */
import * as z from 'zod/mini';
import { mergeHistories } from '../mastery/history';
import type { Attempt } from '../quiz/attempts';
import { attemptSchema, readAttempts } from './attemptRecords';
import { toProgress, type Progress, type SavedItem } from './progress';

export const EXPORT_FORMAT = 'key-account-course/progress';
export const EXPORT_FORMAT_VERSION = 1;
/** Far above any real record (200 attempts is about 200 KB); stops a wrong file freezing the page. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const KEEP_ATTEMPTS = 200;

export type ImportProblem = 'empty' | 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'damaged';

export type ImportResult =
  { ok: true; progress: Progress; exportedAt: string } | { ok: false; problem: ImportProblem };

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number(),
  exportedAt: z.string().check(z.minLength(10), z.maxLength(40)),
  checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  progress: z.unknown(),
});

/**
 * FNV-1a (32 bits) of the progress as serialised: any change to the record changes it. The same
 * hash as quiz/shuffle's hashSeed, kept here so the progress page does not split the quiz code
 * into an extra shared chunk that every quiz and lesson page would then load.
 */
export function checksumOf(progress: unknown): string {
  const text = JSON.stringify(progress);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The text of an export file. */
export function exportProgress(progress: Progress, now: string): string {
  const envelope = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now,
    checksum: checksumOf(progress),
    progress,
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}

/** A file name such as `key-account-course-progress-2026-11-23.json`. */
export function exportFileName(now: string): string {
  return `key-account-course-progress-${now.slice(0, 10)}.json`;
}

/** Reads an imported file. Never throws; a file that is not wholly right is refused with a reason. */
export function parseImport(text: string): ImportResult {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) return { ok: false, problem: 'foreign' };
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: 'damaged' };
  if (envelope.data.formatVersion > EXPORT_FORMAT_VERSION) return { ok: false, problem: 'newer-version' };
  if (checksumOf(envelope.data.progress) !== envelope.data.checksum) return { ok: false, problem: 'damaged' };
  const read = toProgress(envelope.data.progress);
  if ('problem' in read)
    return { ok: false, problem: read.problem === 'newer-version' ? 'newer-version' : 'damaged' };
  // Stored state forgives one bad attempt; a file is refused whole, so nothing is half-imported.
  if (!read.progress.attempts.every((attempt) => attemptSchema.safeParse(attempt).success))
    return { ok: false, problem: 'damaged' };
  return { ok: true, progress: read.progress, exportedAt: envelope.data.exportedAt };
}

/** How far an attempt got: a finished one beats an unfinished one, then more answers win. */
function attemptRank(attempt: Attempt): number {
  return (attempt.finishedAt ? 1_000_000 : 0) + Object.keys(attempt.responses).length;
}

function newerBy<T>(stamp: (value: T) => string) {
  return (local: T | undefined, incoming: T | undefined): T | undefined => {
    if (!local) return incoming;
    if (!incoming) return local;
    return stamp(incoming) > stamp(local) ? incoming : local;
  };
}

function mergeRecords<T>(
  local: Record<string, T>,
  incoming: Record<string, T>,
  pick: (local: T | undefined, incoming: T | undefined) => T | undefined,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const value = pick(
      Object.hasOwn(local, key) ? local[key] : undefined,
      Object.hasOwn(incoming, key) ? incoming[key] : undefined,
    );
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * Local and imported progress together: every completed lesson of either (the first completion
 * date), every attempt (the further one where both have it), and for visits and saved items the
 * newer of the two. Ties keep the local side.
 */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const lessons = mergeRecords(local.lessons, incoming.lessons, (a, b) =>
    a && b ? (b.completedAt < a.completedAt ? b : a) : (a ?? b),
  );
  const byId = new Map<string, Attempt>();
  for (const attempt of readAttempts(local).attempts) byId.set(attempt.id, attempt);
  for (const attempt of readAttempts(incoming).attempts) {
    const mine = byId.get(attempt.id);
    if (!mine || attemptRank(attempt) > attemptRank(mine)) byId.set(attempt.id, attempt);
  }
  const attempts = [...byId.values()]
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id))
    .slice(-KEEP_ATTEMPTS);
  const visits = mergeRecords(
    local.visits,
    incoming.visits,
    newerBy((visit) => visit.at),
  );
  const newerItem = newerBy((item: SavedItem) => item.savedAt);
  const saved = mergeRecords(local.saved, incoming.saved, (a, b) =>
    a && b ? mergeRecords(a, b, newerItem) : (a ?? b),
  );
  // Answer histories are unions (see mastery/history.ts): the same whichever side is local.
  const answers = mergeHistories(local.answers, incoming.answers);
  const merged: Progress = { version: local.version, lessons, attempts, visits, saved, answers };
  const certificateName = local.certificateName ?? incoming.certificateName;
  if (certificateName !== undefined) merged.certificateName = certificateName;
  const plan = newerBy((p: NonNullable<Progress['plan']>) => p.setAt)(local.plan, incoming.plan);
  if (plan !== undefined) merged.plan = plan;
  return merged;
}

/** What an import would change, for the preview the learner confirms. */
export interface ImportPreview {
  lessonsAdded: string[];
  attemptsAdded: number;
  attemptsUpdated: number;
  visitsUpdated: number;
  savedAdded: number;
  savedUpdated: number;
  certificateName: boolean;
  /** Questions whose answer history the file adds to. */
  answersAdded: number;
  /** Items the file also has but where this browser's copy is newer, so it stays. */
  keptLocal: number;
  /** True when the import changes nothing. */
  unchanged: boolean;
}

export function previewImport(local: Progress, incoming: Progress): ImportPreview {
  const merged = mergeProgress(local, incoming);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const lessonsAdded = Object.keys(merged.lessons).filter((key) => !Object.hasOwn(local.lessons, key));
  const localAttempts = new Map(readAttempts(local).attempts.map((a) => [a.id, a]));
  const mergedAttempts = readAttempts(merged).attempts;
  const attemptsAdded = mergedAttempts.filter((a) => !localAttempts.has(a.id)).length;
  const attemptsUpdated = mergedAttempts.filter((a) => {
    const mine = localAttempts.get(a.id);
    return mine !== undefined && !same(mine, a);
  }).length;
  const visitsUpdated = Object.keys(merged.visits).filter(
    (key) => !same(local.visits[key], merged.visits[key]),
  ).length;
  let savedAdded = 0;
  let savedUpdated = 0;
  let keptSaved = 0;
  for (const [tool, items] of Object.entries(merged.saved)) {
    for (const [id, item] of Object.entries(items)) {
      const mine = local.saved[tool]?.[id];
      if (!mine) savedAdded += 1;
      else if (!same(mine, item)) savedUpdated += 1;
      else if (incoming.saved[tool]?.[id] && !same(incoming.saved[tool]?.[id], mine)) keptSaved += 1;
    }
  }
  const incomingAttempts = readAttempts(incoming).attempts;
  const keptAttempts = incomingAttempts.filter((a) => {
    const mine = localAttempts.get(a.id);
    return (
      mine !== undefined &&
      !same(mine, a) &&
      same(
        merged.attempts.find((m) => (m as Attempt).id === a.id),
        mine,
      )
    );
  }).length;
  const keptVisits = Object.keys(incoming.visits).filter(
    (key) =>
      local.visits[key] !== undefined &&
      !same(local.visits[key], incoming.visits[key]) &&
      same(merged.visits[key], local.visits[key]),
  ).length;
  const certificateName = local.certificateName === undefined && merged.certificateName !== undefined;
  const answersAdded = Object.keys(merged.answers).filter(
    (id) => !same(local.answers[id] ?? [], merged.answers[id]),
  ).length;
  const planChanged = !same(local.plan, merged.plan);
  const preview = {
    answersAdded,
    lessonsAdded,
    attemptsAdded,
    attemptsUpdated,
    visitsUpdated,
    savedAdded,
    savedUpdated,
    certificateName,
    keptLocal: keptSaved + keptAttempts + keptVisits,
  };
  const unchanged =
    !lessonsAdded.length &&
    !attemptsAdded &&
    !attemptsUpdated &&
    !visitsUpdated &&
    !savedAdded &&
    !savedUpdated &&
    !answersAdded &&
    !planChanged &&
    !certificateName;
  return { ...preview, unchanged };
}
