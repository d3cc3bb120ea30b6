/**
 * Scoring of the four-step opportunity assessment (module 4), the one rule the lesson
 * (m04 lesson 2) teaches and the question bank asks about:
 *  - each item is scored 1–5, or "not known yet" (never guessed);
 *  - a step holds at two thirds of its maximum (5 × its items) or more with no item at 1;
 *  - a step fails when an item is at 1, or when even 5 on every unknown item cannot reach two
 *    thirds (with nothing unknown: when it scores under two thirds). There is no borderline band;
 *  - a step that has not failed but still has unknown items is unclear: an unknown could still be
 *    a 1, so it could still change the step's result;
 *  - one failed step means no-go however high the total; otherwise an unclear step means
 *    "qualify further" (find those facts out first); only four holding steps mean go.
 *
 *   const result = assessOpportunity(content.steps, answers)
 *   result.verdict  // 'go' | 'no-go' | 'qualify'
 */
import type { Answer, OpportunityStep, Verdict } from './opportunitySchema';

/** Answers by question id; a missing or null answer counts as not known. */
export type Answers = Readonly<Record<string, Answer | null | undefined>>;

/** holds: commit · unclear: not failed, but facts still unknown · fails: blocks go. */
export type StepStatus = 'holds' | 'unclear' | 'fails';

export interface StepResult {
  step: OpportunityStep['id'];
  /** Sum of the known items. */
  score: number;
  /** 5 × number of items of the step (known or not). */
  max: number;
  /** The least score that holds: two thirds of max, rounded up. */
  needed: number;
  /** The score if every unknown item turned out a 5. */
  best: number;
  /** score / max, 0 for a step without items. */
  ratio: number;
  status: StepStatus;
  /** Items scored 1: a fact rules the step out. */
  ruledOut: string[];
  /** Items not known (or not answered). */
  unknown: string[];
  /** Items scored 2. */
  weak: string[];
}

export type Reason =
  | { kind: 'ruled-out'; step: StepResult['step']; items: string[] }
  | { kind: 'low-score'; step: StepResult['step']; score: number; max: number; needed: number }
  | {
      kind: 'cannot-reach';
      step: StepResult['step'];
      score: number;
      best: number;
      max: number;
      needed: number;
      items: string[];
    }
  | { kind: 'unclear'; step: StepResult['step']; items: string[] }
  | { kind: 'total-misleading'; score: number; max: number }
  | { kind: 'all-hold' };

export interface OpportunityResult {
  steps: StepResult[];
  verdict: Verdict;
  reasons: Reason[];
  /** Questions not answered at all (null or missing), in worksheet order. */
  unanswered: string[];
  /** The step to work on next: a failed one first, then an unclear one, then the lowest score. */
  weakestStep: StepResult['step'];
  /** Questions of the weakest step whose suggested actions come first, most urgent first. */
  nextActions: string[];
}

export const MAX_SCORE = 5;

const statusRank: Record<StepStatus, number> = { fails: 0, unclear: 1, holds: 2 };

const isUnknown = (answer: Answer | null | undefined) =>
  answer === undefined || answer === null || answer === 'unknown';

export function scoreStep(step: OpportunityStep, answers: Answers): StepResult {
  let score = 0;
  const ruledOut: string[] = [];
  const unknown: string[] = [];
  const weak: string[] = [];
  for (const { id } of step.questions) {
    const answer = answers[id];
    if (answer === undefined || answer === null || answer === 'unknown') {
      unknown.push(id);
      continue;
    }
    score += answer;
    if (answer === 1) ruledOut.push(id);
    if (answer === 2) weak.push(id);
  }
  const max = step.questions.length * MAX_SCORE;
  const best = score + unknown.length * MAX_SCORE;
  // Integer comparisons: score × 3 ≥ max × 2 is "two thirds or more" without rounding (10 of 15).
  const reaches = (value: number) => value * 3 >= max * 2;
  let status: StepStatus;
  if (ruledOut.length > 0 || !reaches(best)) status = 'fails';
  else if (unknown.length > 0) status = 'unclear';
  else status = 'holds';
  return {
    step: step.id,
    score,
    max,
    needed: Math.ceil((max * 2) / 3),
    best,
    ratio: max === 0 ? 0 : score / max,
    status,
    ruledOut,
    unknown,
    weak,
  };
}

function weakest(results: StepResult[]): StepResult {
  return results.reduce((worst, current) => {
    const rank = statusRank[current.status] - statusRank[worst.status];
    if (rank !== 0) return rank < 0 ? current : worst;
    return current.ratio < worst.ratio ? current : worst;
  });
}

/** Lower answers first; a fact that rules the step out before one not known yet. */
function urgency(answer: Answer | null | undefined): number {
  if (answer === 1) return 0;
  if (isUnknown(answer)) return 1;
  return answer as number;
}

function failReason(result: StepResult): Reason {
  if (result.ruledOut.length > 0) return { kind: 'ruled-out', step: result.step, items: result.ruledOut };
  const { step, score, max, needed, best } = result;
  return result.unknown.length > 0
    ? { kind: 'cannot-reach', step, score, best, max, needed, items: result.unknown }
    : { kind: 'low-score', step, score, max, needed };
}

export function assessOpportunity(steps: readonly OpportunityStep[], answers: Answers): OpportunityResult {
  const results = steps.map((step) => scoreStep(step, answers));
  const reasons: Reason[] = results.filter((r) => r.status === 'fails').map(failReason);
  const failed = reasons.length > 0;
  if (failed) {
    const total = results.reduce((sum, r) => sum + r.score, 0);
    const max = results.reduce((sum, r) => sum + r.max, 0);
    if (total * 3 >= max * 2) reasons.push({ kind: 'total-misleading', score: total, max });
  } else {
    for (const result of results) {
      if (result.status === 'unclear')
        reasons.push({ kind: 'unclear', step: result.step, items: result.unknown });
    }
  }
  const verdict: Verdict = failed ? 'no-go' : reasons.length > 0 ? 'qualify' : 'go';
  if (verdict === 'go') reasons.push({ kind: 'all-hold' });

  const worst = weakest(results);
  const worstStep = steps.find((s) => s.id === worst.step);
  const ranked = (worstStep?.questions ?? [])
    .map((q, index) => ({ id: q.id, index, urgency: urgency(answers[q.id]) }))
    .sort((a, b) => a.urgency - b.urgency || a.index - b.index);
  // Items at 4 or 5 need no action unless the whole step is strong, then the lowest one still leads.
  const needy = ranked.filter((q) => q.urgency <= 3);
  const nextActions = (needy.length > 0 ? needy : ranked.slice(0, 1)).map((q) => q.id);

  const unanswered = steps.flatMap((step) =>
    step.questions.filter((q) => answers[q.id] === undefined || answers[q.id] === null).map((q) => q.id),
  );
  return { steps: results, verdict, reasons, unanswered, weakestStep: worst.step, nextActions };
}

/** Questions where the learner's answer differs from the model answer, in worksheet order. */
export function compareWithModel(
  steps: readonly OpportunityStep[],
  answers: Answers,
  model: Answers,
): { question: string; yours: Answer | null; model: Answer | null; gap: number | null }[] {
  return steps
    .flatMap((step) =>
      step.questions.map((q) => {
        const yours = answers[q.id] ?? null;
        const theirs = model[q.id] ?? null;
        const gap = typeof yours === 'number' && typeof theirs === 'number' ? yours - theirs : null;
        return { question: q.id, yours, model: theirs, gap };
      }),
    )
    .filter((row) => row.yours !== row.model);
}
