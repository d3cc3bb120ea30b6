/** The opportunity and relationship exercise content, parsed with their schemas, for the component tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { opportunityContentSchema } from '@/lib/exercises/opportunitySchema';
import { relationshipContentSchema } from '@/lib/exercises/relationshipSchema';

// happy-dom replaces URL, so the files are found from the project root (where vitest runs).
const read = (path: string): unknown => load(readFileSync(resolve(process.cwd(), path), 'utf8'));

export const opportunityEn = opportunityContentSchema.parse(read('content/exercises/opportunity/en.yaml'));
export const opportunityZh = opportunityContentSchema.parse(read('content/exercises/opportunity/zh.yaml'));
export const relationshipEn = relationshipContentSchema.parse(read('content/exercises/relationship/en.yaml'));
