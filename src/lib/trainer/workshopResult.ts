/**
 * A learner's "workshop result": what they send the trainer after a workshop, as a small JSON
 * file or a short text code (the same JSON, deflated with fflate, base64url, behind a tag). It
 * holds the workshop code the trainer gave, a display name, the finished quiz attempts (latest
 * per quiz), since version 2 the compact answer history per question (./resultHistory.ts: what
 * the trainer needs for the mastery levels) and, when present, the tier card sort and the SPIN
 * role-play end temperatures. Version 1 results (no history) still read.
 * Pure: the caller passes the clock, reads files and the progress store.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod/mini';
import type { Attempt } from '../quiz/attempts';
import type { AnswerHistory } from '../mastery/history';
import type { DayOf } from '../mastery/mastery';
import { responseSchema } from '../progress/attemptRecords';
import { codedAnswersPattern, decodeHistory, encodeHistory, MAX_TIMES } from './resultHistory';

export const RESULT_KIND = 'key-account-course/workshop-result';
/** 1: latest attempt per quiz; 2: also the compact answer history (./resultHistory.ts). */
export const RESULT_VERSION = 2;
/** The envelope (deflate, base64url), unchanged across versions: the version is inside. */
export const CODE_PREFIX = 'KASW1.';
import { MAX_RESULT_BYTES } from './resultLimits';

export { MAX_RESULT_BYTES };

const id = z.string().check(z.minLength(1), z.maxLength(200));
export const workshopCodePattern = /^[A-Z0-9][A-Z0-9_-]{1,39}$/;

/** Codes are compared without case or surrounding spaces: "kam-0312 " is "KAM-0312". */
export function normaliseWorkshopCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Display names: trimmed, inner whitespace collapsed, control characters removed, at most 60 characters. */
export function cleanName(name: string): string {
  return Array.from(
    name
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, 60)
    .join('');
}

const quizSchema = z.object({
  scope: id,
  kind: z.enum(['module', 'exam']),
  finishedAt: z.string().check(z.minLength(10), z.maxLength(40)),
  questionIds: z.array(id).check(z.maxLength(200)),
  responses: z.record(id, responseSchema),
  scores: z.record(id, z.number().check(z.gte(0), z.lte(1))),
});

const historySchema = z
  .object({
    days: z.array(z.int().check(z.gte(0))).check(z.maxLength(MAX_TIMES)),
    answers: z.record(id, z.string().check(z.regex(codedAnswersPattern))),
  })
  .check(z.refine((coded) => decodeHistory(coded) !== undefined));

export const workshopResultSchema = z
  .object({
    kind: z.literal(RESULT_KIND),
    version: z.union([z.literal(1), z.literal(RESULT_VERSION)]),
    workshop: z.string().check(z.regex(workshopCodePattern)),
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    createdAt: z.string().check(z.minLength(10), z.maxLength(40)),
    quizzes: z.array(quizSchema).check(z.maxLength(60)),
    tierCards: z.optional(
      z.object({
        correct: z.number().check(z.int(), z.gte(0)),
        total: z.number().check(z.int(), z.gte(0), z.lte(500)),
        placements: z.record(id, id),
      }),
    ),
    spinTemperatures: z.optional(z.array(z.number().check(z.gte(-50), z.lte(150))).check(z.maxLength(50))),
    history: z.optional(historySchema),
  })
  // Version 2 always carries a history (empty when nothing was answered), version 1 never.
  .check(z.refine((result) => (result.version === 2) === (result.history !== undefined)));

export type WorkshopResult = z.infer<typeof workshopResultSchema>;
export type QuizResult = WorkshopResult['quizzes'][number];

export type MakeProblem = 'bad-code' | 'no-name';

/** The tier card sort as saved by its tool; anything else is ignored. */
export const tierCardsItemSchema = z.object({
  correct: z.number().check(z.int(), z.gte(0)),
  total: z.number().check(z.int(), z.gte(0), z.lte(500)),
  placements: z.record(id, id),
});

/** A SPIN role-play item: its end temperature under any of the names a tool may use. */
export const spinItemSchema = z.object({
  endTemperature: z.optional(z.number()),
  finalTemperature: z.optional(z.number()),
  temperature: z.optional(z.number()),
});

export function spinTemperatureOf(item: z.infer<typeof spinItemSchema>): number | undefined {
  const value = item.endTemperature ?? item.finalTemperature ?? item.temperature;
  return value !== undefined && Number.isFinite(value) && value >= -50 && value <= 150 ? value : undefined;
}

export function makeWorkshopResult(input: {
  workshop: string;
  name: string;
  attempts: readonly Attempt[];
  tierCards?: z.infer<typeof tierCardsItemSchema> | undefined;
  spinTemperatures?: readonly number[];
  /** The progress record's answer history. */
  answers?: AnswerHistory;
  /** The learner's local day (tests pass a fixed zone). */
  dayOf?: DayOf;
  now: string;
}): { ok: true; result: WorkshopResult } | { ok: false; problem: MakeProblem } {
  const workshop = normaliseWorkshopCode(input.workshop);
  if (!workshopCodePattern.test(workshop)) return { ok: false, problem: 'bad-code' };
  const name = cleanName(input.name);
  if (!name) return { ok: false, problem: 'no-name' };
  // The latest finished attempt of each quiz.
  const latest = new Map<string, Attempt>();
  for (const attempt of input.attempts) {
    if (!attempt.finishedAt) continue;
    const seen = latest.get(attempt.scope);
    if (!seen || (seen.finishedAt ?? '') < attempt.finishedAt) latest.set(attempt.scope, attempt);
  }
  const quizzes: QuizResult[] = [...latest.values()]
    .sort((a, b) => a.scope.localeCompare(b.scope))
    .map((attempt) => ({
      scope: attempt.scope,
      kind: attempt.kind,
      finishedAt: attempt.finishedAt ?? input.now,
      questionIds: [...attempt.questionIds],
      responses: structuredClone(attempt.responses) as QuizResult['responses'],
      scores: { ...attempt.scores },
    }));
  const result: WorkshopResult = {
    kind: RESULT_KIND,
    version: RESULT_VERSION,
    workshop,
    name,
    createdAt: input.now,
    quizzes,
    history: encodeHistory(input.answers ?? {}, input.dayOf),
  };
  if (input.tierCards) result.tierCards = input.tierCards;
  if (input.spinTemperatures?.length) result.spinTemperatures = input.spinTemperatures.slice(0, 50);
  return { ok: true, result };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The short code a learner can paste into a chat. */
export function encodeResultCode(result: WorkshopResult): string {
  return CODE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(result)), { level: 9 }));
}

export type ReadProblem = 'empty' | 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'damaged';

/** Reads a result from a file's text or a pasted code; never throws. */
export function readWorkshopResult(
  input: string,
): { ok: true; result: WorkshopResult } | { ok: false; problem: ReadProblem } {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_RESULT_BYTES) return { ok: false, problem: 'too-large' };
  let json: string;
  if (text.startsWith(CODE_PREFIX)) {
    const bytes = fromBase64Url(text.slice(CODE_PREFIX.length).replace(/\s+/g, ''));
    if (!bytes) return { ok: false, problem: 'damaged' };
    try {
      // Bounded: a small code must not inflate into something huge.
      const inflated = inflateSync(bytes, { out: new Uint8Array(MAX_RESULT_BYTES) });
      json = strFromU8(inflated);
    } catch {
      return { ok: false, problem: 'damaged' };
    }
  } else {
    json = text;
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: text.startsWith(CODE_PREFIX) ? 'damaged' : 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== RESULT_KIND) {
    return { ok: false, problem: 'foreign' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > RESULT_VERSION) return { ok: false, problem: 'newer-version' };
  const parsed = workshopResultSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  return { ok: true, result: { ...parsed.data, name: cleanName(parsed.data.name) || '?' } };
}
