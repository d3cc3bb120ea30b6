/**
 * Scoring of the four-step opportunity assessment (module 4). The four steps are gates, not a
 * total: each step holds, needs qualifying, or fails, and one failed step blocks "go" however
 * high the others score. The thresholds follow the lesson's worked example (a step holds at two
 * thirds of its maximum with no item at 1); below half, or with an item at 1, it fails.
 *
 *   const result = assessOpportunity(content.steps, answers)
 *   result.verdict  // 'go' | 'no-go' | 'qualify'
 */
import type { Answer, OpportunityStep, Verdict } from './opportunitySchema';

/** Answers by question id; a missing or null answer counts as not known. */
export type Answers = Readonly<Record<string, Answer | null | undefined>>;

/** holds: commit · borderline: scored between half and two thirds · unclear: facts still unknown · fails: blocks go. */
export type StepStatus = 'holds' | 'borderline' | 'unclear' | 'fails';

export interface StepResult {
  step: OpportunityStep['id'];
  /** Sum of the answered items. */
  score: number;
  /** 5 × number of answered items. */
  max: number;
  /** score / max, 0 when nothing is answered. */
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
  | { kind: 'low-score'; step: StepResult['step']; score: number; max: number }
  | { kind: 'unclear'; step: StepResult['step']; items: string[] }
  | { kind: 'borderline'; step: StepResult['step']; score: number; max: number }
  | { kind: 'total-misleading'; score: number; max: number }
  | { kind: 'all-hold' };

export interface OpportunityResult {
  steps: StepResult[];
  verdict: Verdict;
  reasons: Reason[];
  /** Questions not answered at all (null or missing), in worksheet order. */
  unanswered: string[];
  /** The step to work on next: a failed one first, then the least certain, then the lowest score. */
  weakestStep: StepResult['step'];
  /** Questions of the weakest step whose suggested actions come first, most urgent first. */
  nextActions: string[];
}

export const MAX_SCORE = 5;

const statusRank: Record<StepStatus, number> = { fails: 0, unclear: 1, borderline: 2, holds: 3 };

export function scoreStep(step: OpportunityStep, answers: Answers): StepResult {
  let score = 0;
  let answered = 0;
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
    answered += 1;
    if (answer === 1) ruledOut.push(id);
    if (answer === 2) weak.push(id);
  }
  const max = answered * MAX_SCORE;
  let status: StepStatus;
  // Integer comparisons: exactly two thirds holds (10 of 15 in the lesson), exactly half is borderline.
  if (ruledOut.length > 0) status = 'fails';
  else if (unknown.length > 0) status = 'unclear';
  else if (score * 3 >= max * 2) status = 'holds';
  else if (score * 2 < max) status = 'fails';
  else status = 'borderline';
  return { step: step.id, score, max, ratio: max === 0 ? 0 : score / max, status, ruledOut, unknown, weak };
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
  if (answer === undefined || answer === null || answer === 'unknown') return 1;
  return answer;
}

export function assessOpportunity(steps: readonly OpportunityStep[], answers: Answers): OpportunityResult {
  const results = steps.map((step) => scoreStep(step, answers));
  const reasons: Reason[] = [];
  for (const result of results) {
    if (result.status === 'fails') {
      reasons.push(
        result.ruledOut.length > 0
          ? { kind: 'ruled-out', step: result.step, items: result.ruledOut }
          : { kind: 'low-score', step: result.step, score: result.score, max: result.max },
      );
    }
  }
  const failed = reasons.length > 0;
  if (failed) {
    const total = results.reduce((sum, r) => sum + r.score, 0);
    const max = results.reduce((sum, r) => sum + r.max, 0);
    if (total * 3 >= max * 2) reasons.push({ kind: 'total-misleading', score: total, max });
  } else {
    for (const result of results) {
      if (result.status === 'unclear')
        reasons.push({ kind: 'unclear', step: result.step, items: result.unknown });
      if (result.status === 'borderline') {
        reasons.push({ kind: 'borderline', step: result.step, score: result.score, max: result.max });
      }
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
