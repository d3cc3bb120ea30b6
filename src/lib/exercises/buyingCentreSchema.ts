/**
 * Zod schema of a buying-centre case (content/exercises/buying-centre/{zh,en}/*.yaml), used by
 * src/content.config.ts and the unit tests.
 */
import { z } from 'zod';
import { attitudes, buyingRoles, contactLevels, personRoles } from './buyingCentre';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id with digits and hyphens');

export const casePersonSchema = z
  .object({
    id,
    name: text,
    position: text,
    notes: text,
    model: z.object({
      role: z.enum(personRoles),
      /** A second buying role held by the same person (a user who is also a coach). */
      secondRole: z.enum(buyingRoles).optional(),
      alsoAccept: z.array(z.enum(personRoles)).optional(),
      attitude: z.enum(attitudes),
      contact: z.enum(contactLevels),
    }),
    explanation: text,
  })
  .refine(
    (p) =>
      p.model.secondRole === undefined || (p.model.role !== 'none' && p.model.role !== p.model.secondRole),
    {
      message: 'a second role needs a different first buying role',
    },
  );

export const buyingCentreCaseSchema = z
  .object({
    title: text,
    order: z.number().int().min(1),
    organisation: text,
    deal: text,
    people: z.array(casePersonSchema).min(4),
    /** The model answer's advice: what the rep should do next. */
    nextSteps: z.array(text).min(1),
  })
  .refine((c) => new Set(c.people.map((p) => p.id)).size === c.people.length, {
    message: 'person ids must be unique',
  });
export type BuyingCentreCase = z.infer<typeof buyingCentreCaseSchema>;
