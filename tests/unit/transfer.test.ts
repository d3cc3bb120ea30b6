import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAttempts, saveAttempt } from '@/lib/progress/attemptRecords';
import { emptyProgress, recordVisit, setComplete, setPlan, type Progress } from '@/lib/progress/progress';
import { putSavedItem } from '@/lib/progress/savedItems';
import {
  exportFileName,
  exportProgress,
  mergeProgress,
  parseImport,
  previewImport,
} from '@/lib/progress/transfer';
import type { Attempt } from '@/lib/quiz/attempts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/export/${name}`, import.meta.url), 'utf8');
const NOW = '2026-11-23T12:00:00.000Z';

const attempt = (id: string, startedAt: string, answered: number, finishedAt?: string): Attempt => ({
  id,
  kind: 'module',
  scope: 'm01-key-accounts',
  seed: id,
  questionIds: ['m01-q01', 'm01-q02'],
  responses: Object.fromEntries(
    (['m01-q01', 'm01-q02'] as const)
      .slice(0, answered)
      .map((q) => [q, { type: 'single' as const, choice: 'a' }]),
  ),
  scores: Object.fromEntries((['m01-q01', 'm01-q02'] as const).slice(0, answered).map((q) => [q, 1])),
  startedAt,
  ...(finishedAt ? { finishedAt } : {}),
});

function imported(name: string): Progress {
  const result = parseImport(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.problem}`);
  return result.progress;
}

describe('parseImport', () => {
  it('reads a valid export file with everything in it', () => {
    const result = parseImport(fixture('valid.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exportedAt).toBe('2026-11-22T18:00:00.000Z');
    expect(Object.keys(result.progress.lessons)).toHaveLength(3);
    expect(readAttempts(result.progress).attempts.map((a) => a.id)).toEqual(['file-a1', 'shared-1']);
    expect(result.progress.certificateName).toBe('王小明 <b>Wang</b>');
    expect(result.progress.saved['opportunity']?.['deal-1']?.title).toBe('华东机电 <script>');
  });

  it('migrates an older progress record inside an export', () => {
    const progress = imported('version-2-inside.json');
    expect(progress.version).toBe(4);
    expect(Object.keys(progress.lessons)).toEqual(['m03-account-planning/01-plan']);
  });

  it.each([
    { file: 'truncated.json', problem: 'not-json' },
    { file: 'foreign.json', problem: 'foreign' },
    { file: 'checksum-mismatch.json', problem: 'damaged' },
    { file: 'bad-attempt.json', problem: 'damaged' },
    { file: 'bad-lesson-key.json', problem: 'damaged' },
    { file: 'future-format.json', problem: 'newer-version' },
  ])('refuses $file ($problem)', ({ file, problem }) => {
    expect(parseImport(fixture(file))).toEqual({ ok: false, problem });
  });

  it.each([
    { text: '', problem: 'empty' },
    { text: '   \n', problem: 'empty' },
    { text: 'null', problem: 'foreign' },
    { text: '[1,2]', problem: 'foreign' },
    { text: '"key-account-course/progress"', problem: 'foreign' },
    { text: '{"format":"key-account-course/progress"}', problem: 'damaged' },
    { text: ' '.repeat(10) + 'x'.repeat(6 * 1024 * 1024), problem: 'too-large' },
  ])('refuses $problem input', ({ text, problem }) => {
    expect(parseImport(text)).toEqual({ ok: false, problem });
  });

  it('round-trips anything it exports', () => {
    let state = setComplete(emptyProgress(), 'm01-key-accounts/01-pareto', true, NOW);
    state = saveAttempt(state, attempt('x', NOW, 2, NOW));
    state = recordVisit(state, 'm01-key-accounts/01-pareto', NOW, '为什么');
    state = putSavedItem(state, 'tiers', 'settings', { method: 'abc', cut: [0.8, 0.95] }, NOW);
    const text = exportProgress(state, NOW);
    expect(parseImport(text)).toEqual({ ok: true, progress: state, exportedAt: NOW });
    expect(exportFileName(NOW)).toBe('key-account-course-progress-2026-11-23.json');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseImport(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('mergeProgress', () => {
  const local = (() => {
    let state = setComplete(emptyProgress(), 'm01-key-accounts/01-pareto', true, '2026-11-23T08:00:00.000Z');
    state = setComplete(state, 'm04-opportunity-assessment/01-four-steps', true, '2026-11-23T09:00:00.000Z');
    // Newer locally than in the file: must survive the import.
    state = recordVisit(state, 'm02-customer-value/02-tiers', '2026-11-23T09:30:00.000Z', 'local-heading');
    state = putSavedItem(state, 'opportunity', 'deal-1', { steps: [9] }, '2026-11-23T09:40:00.000Z', 'mine');
    // The same attempt, further along here than in the file.
    state = saveAttempt(
      state,
      attempt('shared-1', '2026-11-22T10:00:00.000Z', 2, '2026-11-23T10:00:00.000Z'),
    );
    state = saveAttempt(state, attempt('local-only', '2026-11-23T11:00:00.000Z', 1));
    return state;
  })();
  const incoming = imported('valid.json');

  it('adds what the file has and keeps what is newer here', () => {
    const merged = mergeProgress(local, incoming);
    expect(Object.keys(merged.lessons).sort()).toEqual([
      'm01-key-accounts/01-pareto',
      'm01-key-accounts/02-defining-key-accounts',
      'm02-customer-value/01-measuring-value',
      'm04-opportunity-assessment/01-four-steps',
    ]);
    // The first completion date wins.
    expect(merged.lessons['m01-key-accounts/01-pareto']?.completedAt).toBe('2026-11-20T08:30:00.000Z');
    expect(merged.visits['m02-customer-value/02-tiers']?.heading).toBe('local-heading');
    expect(merged.visits['m01-key-accounts/01-pareto']?.at).toBe('2026-11-20T08:00:00.000Z');
    expect(merged.saved['opportunity']?.['deal-1']?.title).toBe('mine');
    const attempts = readAttempts(merged).attempts;
    expect(attempts.map((a) => a.id)).toEqual(['file-a1', 'shared-1', 'local-only']);
    expect(attempts.find((a) => a.id === 'shared-1')?.finishedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(merged.certificateName).toBe('王小明 <b>Wang</b>');
  });

  it('takes the further attempt and the newer item from the file', () => {
    const here = saveAttempt(emptyProgress(), attempt('a', NOW, 1));
    const there = putSavedItem(saveAttempt(emptyProgress(), attempt('a', NOW, 2, NOW)), 't', 's', 2, NOW);
    const older = putSavedItem(here, 't', 's', 1, '2026-01-01T00:00:00.000Z');
    const merged = mergeProgress(older, there);
    expect(readAttempts(merged).attempts[0]?.finishedAt).toBe(NOW);
    expect(merged.saved['t']?.['s']?.data).toBe(2);
  });

  it('previews what will change and what stays', () => {
    const preview = previewImport(local, incoming);
    expect(preview).toEqual({
      lessonsAdded: ['m01-key-accounts/02-defining-key-accounts', 'm02-customer-value/01-measuring-value'],
      attemptsAdded: 1,
      attemptsUpdated: 0,
      visitsUpdated: 1,
      savedAdded: 0,
      savedUpdated: 0,
      certificateName: true,
      // The file's finished attempt answered both questions at a time this browser has not seen.
      answersAdded: 2,
      keptLocal: 3,
      unchanged: false,
    });
    expect(previewImport(mergeProgress(local, incoming), incoming).unchanged).toBe(true);
  });

  // Random progress records for the properties below.
  const stamp = fc
    .integer({ min: 0, max: 1000 })
    .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString());
  const key = fc.constantFrom(
    'm01-key-accounts/01-pareto',
    'm01-key-accounts/02-defining-key-accounts',
    'm02-customer-value/02-tiers',
  );
  const progressArb = fc
    .record({
      done: fc.array(fc.tuple(key, stamp), { maxLength: 3 }),
      seen: fc.array(fc.tuple(key, stamp, fc.option(fc.string({ maxLength: 5 }), { nil: undefined })), {
        maxLength: 3,
      }),
      tried: fc.array(
        fc.tuple(fc.constantFrom('a', 'b', 'c'), stamp, fc.integer({ min: 0, max: 2 }), fc.boolean()),
        {
          maxLength: 4,
        },
      ),
      kept: fc.array(fc.tuple(fc.constantFrom('x', 'y'), stamp, fc.integer()), { maxLength: 3 }),
    })
    .map(({ done, seen, tried, kept }) => {
      let state = emptyProgress();
      for (const [k, at] of done) state = setComplete(state, k, true, at);
      for (const [k, at, heading] of seen) state = recordVisit(state, k, at, heading);
      for (const [id, at, n, finished] of tried)
        state = saveAttempt(state, attempt(id, at, n, finished ? at : undefined));
      for (const [id, at, value] of kept) state = putSavedItem(state, 'tool', id, value, at);
      return state;
    });

  it('never loses a completed lesson, an attempt or a saved item of either side', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const k of [...Object.keys(a.lessons), ...Object.keys(b.lessons)])
          expect(merged.lessons[k]).toBeDefined();
        const ids = new Set(readAttempts(merged).attempts.map((x) => x.id));
        for (const x of [...readAttempts(a).attempts, ...readAttempts(b).attempts])
          expect(ids.has(x.id)).toBe(true);
        for (const id of [...Object.keys(a.saved['tool'] ?? {}), ...Object.keys(b.saved['tool'] ?? {})])
          expect(merged.saved['tool']?.[id]).toBeDefined();
        // Local visits are never replaced by older ones.
        for (const [k, visit] of Object.entries(a.visits))
          expect((merged.visits[k]?.at ?? '') >= visit.at).toBe(true);
      }),
    );
  });

  it('is idempotent: importing the same file twice changes nothing more', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const once = mergeProgress(a, b);
        expect(mergeProgress(once, b)).toEqual(once);
        expect(previewImport(once, b).unchanged).toBe(true);
      }),
    );
  });

  it('merges answer histories commutatively and idempotently, so mastery does not depend on the side', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const ab = mergeProgress(a, b);
        expect(ab.answers).toEqual(mergeProgress(b, a).answers);
        expect(mergeProgress(ab, ab)).toEqual(ab);
        // Every finished attempt of either side is in the history.
        for (const x of [...readAttempts(a).attempts, ...readAttempts(b).attempts])
          if (x.finishedAt)
            for (const id of Object.keys(x.scores)) expect(ab.answers[id]?.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps the newer study plan', () => {
    const older = setPlan(emptyProgress(), {
      target: '2026-12-24',
      minutesPerDay: 20,
      setAt: '2026-12-01T00:00:00.000Z',
    });
    const newer = setPlan(emptyProgress(), {
      target: '2027-01-10',
      minutesPerDay: 30,
      setAt: '2026-12-05T00:00:00.000Z',
    });
    expect(mergeProgress(older, newer).plan?.target).toBe('2027-01-10');
    expect(mergeProgress(newer, older).plan?.target).toBe('2027-01-10');
    expect(mergeProgress(emptyProgress(), older).plan?.target).toBe('2026-12-24');
  });

  it('merging a record with itself gives the same record', () => {
    fc.assert(
      fc.property(progressArb, (a) => {
        expect(mergeProgress(a, a)).toEqual(mergeProgress(a, emptyProgress()));
      }),
    );
  });
});
