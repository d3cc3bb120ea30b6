/**
 * Facilitator notes, one file a module a language (content/trainer/notes/{zh,en}/mNN-….yaml):
 * what a trainer needs to run the module live. Both languages share the module slug and the
 * lesson slugs activities and answers point at.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const lessonSlug = z.string().regex(/^\d{2}-[a-z0-9-]+$/, 'lesson slug like 01-pareto');

export const facilitatorNotesSchema = z.object({
  /** Module slug; must equal the file name. */
  module: z.string().regex(/^m\d{2}-[a-z0-9-]+$/),
  /** What the room should take away, in the trainer's words. */
  goals: z.array(text).min(1),
  /** A suggested running order with minutes (the agendas give the clock times). */
  timing: z.array(z.object({ minutes: z.number().int().positive(), what: text })).min(1),
  /** How to run each simulator, exercise or role-play live. */
  activities: z
    .array(
      z.object({
        title: text,
        /** Lesson (within the module) where the exercise sits. */
        lesson: lessonSlug,
        /** What to set up or put on screen before starting. */
        setup: text,
        /** Questions to put to the room while it runs. */
        ask: z.array(text).min(1),
      }),
    )
    .min(1),
  /** Open questions for group discussion. */
  prompts: z.array(text).min(1),
  /** Beliefs learners often bring, and how to answer them. */
  misconceptions: z.array(z.object({ belief: text, response: text })).min(1),
  /** Model answers to the cases discussed in the module, each pointing at its lesson. */
  answers: z.array(z.object({ lesson: lessonSlug, question: text, answer: text })).default([]),
});

export type FacilitatorNotes = z.infer<typeof facilitatorNotesSchema>;
