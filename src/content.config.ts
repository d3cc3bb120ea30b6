import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  glossaryTermSchema,
  lessonSchema,
  moduleSchema,
  quizBankSchema,
  sourceDocumentSchema,
} from './lib/content/schemas';
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

// The tier card sort's decks, one file a language: `zh`, `en`.
const tierCards = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/tier-cards' }),
  schema: tierDeckSchema,
});

export const collections = { modules, lessons, quizzes, glossary, sources, tierCards };
