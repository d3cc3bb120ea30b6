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

export const collections = {
  modules,
  lessons,
  quizzes,
  glossary,
  sources,
  buyingCentreCases,
  spinSorter,
  spinRoleplay,
  tierCards,
};
