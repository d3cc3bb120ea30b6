/**
 * Zod schemas of the opportunity-assessment worksheet content an author writes in
 * `content/exercises/opportunity/{zh,en}.yaml`. What a learner saves: ./savedExercises.ts.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]{1,40}$/, 'id of lowercase letters, digits and hyphens');

/** One answer on the worksheet's scale: 1 (a fact rules it out) … 5 (confirmed), or not known yet. */
export const answerSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal('unknown'),
]);

export const opportunityQuestionSchema = z.object({
  /** Shared across languages, e.g. `budget`. */
  id,
  /** A short name for results and the printed review, e.g. "Budget". */
  label: text,
  /** The question as the learner reads it. */
  text,
  /** What a 5 looks like, in one line. */
  hint: text,
  /** The next action suggested when this question scores low or is not known. */
  action: text,
});

export const opportunityStepSchema = z.object({
  /** `real`, `competition`, `win` or `worth`, in that order. */
  id: z.enum(['real', 'competition', 'win', 'worth']),
  /** The step's question, e.g. "Is it a real opportunity?". */
  title: text,
  /** 3–5 concrete questions. */
  questions: z.array(opportunityQuestionSchema).min(3).max(5),
});

export const verdictSchema = z.enum(['go', 'no-go', 'qualify']);

export const preparedDealSchema = z.object({
  id,
  /** Short name shown in the deal picker. */
  title: text,
  /** The facts the learner assesses, one paragraph each. */
  facts: z.array(text).min(2),
  model: z.object({
    /** The model answer to every question, by question id. */
    answers: z.record(z.string(), answerSchema),
    /** The verdict the model answer reaches; a unit test checks the scoring agrees. */
    verdict: verdictSchema,
    /** Why, step by step, by step id. */
    comments: z.record(z.string(), text),
  }),
});

export const opportunityContentSchema = z
  .object({
    /** The four steps in order. */
    steps: z.array(opportunityStepSchema).length(4),
    /** At least three prepared deals with model answers. */
    deals: z.array(preparedDealSchema).min(3),
  })
  .superRefine((content, ctx) => {
    const order = ['real', 'competition', 'win', 'worth'];
    content.steps.forEach((step, index) => {
      if (step.id !== order[index])
        ctx.addIssue({ code: 'custom', message: `step ${index + 1} must be ${order[index]}` });
    });
    const questionIds = content.steps.flatMap((step) => step.questions.map((q) => q.id));
    if (new Set(questionIds).size !== questionIds.length)
      ctx.addIssue({ code: 'custom', message: 'question ids must be unique' });
    for (const deal of content.deals) {
      const missing = questionIds.filter((q) => !(q in deal.model.answers));
      const extra = Object.keys(deal.model.answers).filter((q) => !questionIds.includes(q));
      if (missing.length || extra.length) {
        ctx.addIssue({
          code: 'custom',
          message: `deal ${deal.id}: model answers missing [${missing.join(', ')}] extra [${extra.join(', ')}]`,
        });
      }
      const comments = Object.keys(deal.model.comments);
      if (order.some((s) => !comments.includes(s)))
        ctx.addIssue({ code: 'custom', message: `deal ${deal.id}: a comment for every step` });
    }
  });

export type OpportunityContent = z.infer<typeof opportunityContentSchema>;
export type OpportunityStep = z.infer<typeof opportunityStepSchema>;
export type PreparedDeal = z.infer<typeof preparedDealSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
