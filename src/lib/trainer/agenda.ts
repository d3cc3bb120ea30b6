/**
 * Workshop agendas (content/trainer/agendas/*.yaml): the schema authors write against, and the
 * clock times of each slot worked out from the day's start and the slots' minutes.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);

/** How a slot is run. `break` slots do not count towards the agenda's teaching hours. */
export const agendaMethods = ['talk', 'simulator', 'exercise', 'case', 'roleplay', 'quiz', 'break'] as const;
export type AgendaMethod = (typeof agendaMethods)[number];

/** A route below the locale, such as `learn/m01-key-accounts/01-pareto/` or `present/m06-spin/`. */
export const routePath = z
  .string()
  .regex(/^[a-z0-9][a-z0-9/-]*\/$/, 'a path below the locale ending in /, e.g. learn/m01-key-accounts/');

const slotLanguage = z.object({
  /** Short name of the slot, shown in the agenda table. */
  title: text,
  /** What the room should be able to do at the end of the slot. */
  goal: text,
});

export const agendaSlotSchema = z
  .object({
    /** Length of the slot in minutes. */
    minutes: z.number().int().min(5).max(240),
    /** How it is run: talk, simulator, exercise, case (discussion), roleplay, quiz or break. */
    method: z.enum(agendaMethods),
    /** Module slug the slot teaches; the presenter view uses it to find the slot's timer. */
    module: z
      .string()
      .regex(/^m\d{2}-[a-z0-9-]+$/)
      .optional(),
    /** The page the trainer opens, below the locale; checked against the built routes. */
    open: routePath.optional(),
    zh: slotLanguage,
    en: slotLanguage,
  })
  .refine((slot) => slot.method === 'break' || slot.open !== undefined, {
    message: 'every teaching slot names the page to open',
  });

const dayLanguage = z.object({ title: text });

export const agendaSchema = z
  .object({
    /** Order on the trainer page. */
    order: z.number().int().min(1),
    /** Teaching hours (breaks excluded); the slots must add up to exactly this. */
    hours: z.number().int().min(1).max(24),
    zh: z.object({ title: text, summary: text }),
    en: z.object({ title: text, summary: text }),
    days: z
      .array(
        z.object({
          /** Start time of the day, 24-hour `HH:MM`. */
          start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
          zh: dayLanguage,
          en: dayLanguage,
          slots: z.array(agendaSlotSchema).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((agenda, ctx) => {
    const teaching = agenda.days
      .flatMap((day) => day.slots)
      .filter((slot) => slot.method !== 'break')
      .reduce((sum, slot) => sum + slot.minutes, 0);
    if (teaching !== agenda.hours * 60) {
      ctx.addIssue({
        code: 'custom',
        message: `teaching slots add up to ${teaching} minutes, not ${agenda.hours} hours`,
      });
    }
  });

export type Agenda = z.infer<typeof agendaSchema>;
export type AgendaSlot = z.infer<typeof agendaSlotSchema>;

/** Minutes since midnight → `HH:MM` (wraps past midnight). */
export function clockTime(minutes: number): string {
  const day = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const h = Math.floor(day / 60);
  const m = day % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function parseClock(value: string): number {
  const [h = '0', m = '0'] = value.split(':');
  return Number(h) * 60 + Number(m);
}

export interface TimedSlot<S> {
  slot: S;
  /** `HH:MM` the slot starts and ends. */
  from: string;
  to: string;
}

/** Each slot of a day with its start and end time, slots following one another without gaps. */
export function timeSlots<S extends { minutes: number }>(start: string, slots: readonly S[]): TimedSlot<S>[] {
  let at = parseClock(start);
  return slots.map((slot) => {
    const from = clockTime(at);
    at += slot.minutes;
    return { slot, from, to: clockTime(at) };
  });
}

/** Routes an agenda opens that are not among the known routes (the build fails on any). */
export function missingRoutes(agenda: Agenda, known: ReadonlySet<string>): string[] {
  return agenda.days
    .flatMap((day) => day.slots)
    .flatMap((slot) => (slot.open && !known.has(slot.open) ? [slot.open] : []));
}
