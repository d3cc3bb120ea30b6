/** The exercises' real content, read from content/ for the component tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { buyingCentreCaseSchema } from '@/lib/exercises/buyingCentreSchema';
import { roleplayScenarioSchema, sorterBankSchema } from '@/lib/exercises/spinSchemas';

// Component tests run in happy-dom, where import.meta.url is not a file URL: read from the project root.
const read = (path: string) => load(readFileSync(join(process.cwd(), 'content/exercises', path), 'utf8'));

export const sorterBank = (lang: 'zh' | 'en') =>
  sorterBankSchema.parse(read(`spin-sorter/${lang}/questions.yaml`));
export const scenario = (lang: 'zh' | 'en', id: string) => ({
  id,
  ...roleplayScenarioSchema.parse(read(`spin-roleplay/${lang}/${id}.yaml`)),
});
export const buyingCase = (lang: 'zh' | 'en', id: string) => ({
  id,
  ...buyingCentreCaseSchema.parse(read(`buying-centre/${lang}/${id}.yaml`)),
});
