/**
 * Choosing questions: a module quiz (all of a module's questions, or a set of N) and the final
 * exam (N questions drawn across modules in proportion to the size of their banks). Seeded, so
 * the same seed always gives the same paper, and a review can rebuild it.
 */
import { seededShuffle } from './shuffle';

export interface Bank {
  module: string;
  questionIds: readonly string[];
}

/**
 * How many questions each bank contributes to a paper of `total`: proportional to bank size by
 * the largest-remainder method, never more than a bank holds. Ties go to the earlier bank.
 */
export function allocate(sizes: readonly number[], total: number): number[] {
  const available = sizes.reduce((sum, size) => sum + size, 0);
  const target = Math.min(Math.max(0, Math.floor(total)), available);
  if (target === 0) return sizes.map(() => 0);
  const exact = sizes.map((size) => (size / available) * target);
  const counts = exact.map((value, index) => Math.min(Math.floor(value), sizes[index] ?? 0));
  let remaining = target - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  while (remaining > 0) {
    let gave = false;
    for (const { index } of byRemainder) {
      if (remaining === 0) break;
      if ((counts[index] ?? 0) < (sizes[index] ?? 0)) {
        counts[index] = (counts[index] ?? 0) + 1;
        remaining -= 1;
        gave = true;
      }
    }
    if (!gave) break;
  }
  return counts;
}

/** The exam: `total` distinct question ids across banks, in proportion, in a seeded order. */
export function assembleExam(banks: readonly Bank[], total: number, seed: string): string[] {
  const unique = banks.map((bank) => ({ ...bank, questionIds: [...new Set(bank.questionIds)] }));
  const counts = allocate(
    unique.map((bank) => bank.questionIds.length),
    total,
  );
  const chosen = unique.flatMap((bank, index) =>
    seededShuffle(bank.questionIds, `${seed}:${bank.module}`).slice(0, counts[index] ?? 0),
  );
  return seededShuffle(chosen, `${seed}:order`);
}

/** A module quiz: every question (`'all'`) or a seeded set of `size`. */
export function moduleQuizSet(questionIds: readonly string[], size: number | 'all', seed: string): string[] {
  const shuffled = seededShuffle([...new Set(questionIds)], seed);
  return size === 'all' ? shuffled : shuffled.slice(0, Math.max(0, size));
}
