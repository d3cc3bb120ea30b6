import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  glossaryTermSchema,
  lessonSchema,
  moduleSchema,
  quizBankSchema,
  sourceDocumentSchema,
} from './lib/content/schemas';
import { buyingCentreCaseSchema } from './lib/exercises/buyingCentreSchema';
import { roleplayScenarioSchema, sorterBankSchema } from './lib/exercises/spinSchemas';
import { agendaSchema } from './lib/trainer/agenda';
import { facilitatorNotesSchema } from './lib/trainer/notes';
import { worksheetSchema } from './lib/trainer/worksheets';
import { opportunityContentSchema } from './lib/exercises/opportunitySchema';
import { relationshipContentSchema } from './lib/exercises/relationshipSchema';
import { tierDeckSchema } from './lib/tiers/cardSchema';

// Every collection reads the top-level `content/` folder, where authors work without touching code.
// Ids keep the language folder: `zh/m01-key-accounts/01-pareto`.

const modules = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/modules' }),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/quizzes' }),
  schema: quizBankSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceDocumentSchema,
});

// Sales-method exercises (issue 7): one file a language, so the entry id is the locale.
const opportunity = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/opportunity' }),
  schema: opportunityContentSchema,
});

const relationship = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/relationship' }),
  schema: relationshipContentSchema,
});

// The tier card sort's decks (issue 5), one file a language: `zh`, `en`.
const tierCards = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/tier-cards' }),
  schema: tierDeckSchema,
});

// Exercises of issue 7 (module 5 buying-centre map, module 6 SPIN): `zh/<case-id>`, `en/<case-id>`.
const buyingCentreCases = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/exercises/buying-centre' }),
  schema: buyingCentreCaseSchema,
});

const spinSorter = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/exercises/spin-sorter' }),
  schema: sorterBankSchema,
});

const spinRoleplay = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/exercises/spin-roleplay' }),
  schema: roleplayScenarioSchema,
});

// Trainer material: agendas hold both languages in one file; notes are one file a module a language.
const agendas = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/trainer/agendas' }),
  schema: agendaSchema,
});

const trainerNotes = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/trainer/notes' }),
  schema: facilitatorNotesSchema,
});

const worksheets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/trainer/worksheets' }),
  schema: worksheetSchema,
});

export const collections = {
  modules,
  lessons,
  quizzes,
  glossary,
  sources,
  opportunity,
  relationship,
  buyingCentreCases,
  spinSorter,
  spinRoleplay,
  agendas,
  trainerNotes,
  worksheets,
  tierCards,
};
