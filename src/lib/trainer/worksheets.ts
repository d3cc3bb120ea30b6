/**
 * Printable worksheets (content/trainer/worksheets/*.yaml): both languages in one file, built of
 * three kinds of section: labelled blanks to write in, a table with labelled or blank rows, and
 * a checklist.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const bilingual = z.object({ zh: text, en: text });

const fieldsSection = z.object({
  kind: z.literal('fields'),
  heading: bilingual,
  note: bilingual.optional(),
  /** Each blank with its label and how many lines of writing space it gets (1–8). */
  fields: z.array(z.object({ label: bilingual, lines: z.number().int().min(1).max(8).default(1) })).min(1),
});

const tableSection = z
  .object({
    kind: z.literal('table'),
    heading: bilingual,
    note: bilingual.optional(),
    columns: z.array(bilingual).min(2).max(9),
    /** Rows whose first cells are printed (the rest are left blank to fill in). */
    rows: z.array(z.array(bilingual).min(1)).default([]),
    /** Extra blank rows after the labelled ones. */
    blankRows: z.number().int().min(0).max(30).default(0),
  })
  .refine((table) => table.rows.every((row) => row.length <= table.columns.length), {
    message: 'a row has more cells than the table has columns',
  })
  .refine((table) => table.rows.length + table.blankRows > 0, { message: 'a table needs rows' });

const checksSection = z.object({
  kind: z.literal('checks'),
  heading: bilingual,
  note: bilingual.optional(),
  items: z.array(bilingual).min(1),
});

export const worksheetSchema = z.object({
  /** Order on the worksheets page. */
  order: z.number().int().min(1),
  /** The module the worksheet belongs to, and the lesson that teaches it. */
  lesson: z.string().regex(/^m\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/),
  title: bilingual,
  intro: bilingual,
  sections: z.array(z.discriminatedUnion('kind', [fieldsSection, tableSection, checksSection])).min(1),
});

export type Worksheet = z.infer<typeof worksheetSchema>;
export type WorksheetSection = Worksheet['sections'][number];
