/**
 * Simulator settings and learner assessments kept in the progress record (`progress.saved`), so
 * they are listed on the progress page, exported and imported with everything else. A tool
 * stores plain JSON under its own id and reads it back through its own schema: an item that no
 * longer fits is skipped, the rest kept.
 *
 *   progress = putSavedItem(progress, 'opportunity', deal.id, deal, now, deal.name)
 *   const deals = readSavedItems(progress, 'opportunity', dealSchema)
 */
import type { Progress, SavedItem } from './progress';

const idPattern = /^[\w.:-]{1,100}$/;

/** Saves (or replaces) one item of a tool; ids are 1–100 letters, digits, `_ . : -`. */
export function putSavedItem(
  progress: Progress,
  tool: string,
  id: string,
  data: unknown,
  now: string,
  title?: string,
): Progress {
  if (!idPattern.test(tool) || !idPattern.test(id)) return progress;
  const item: SavedItem = { savedAt: now, data };
  if (title) item.title = title.slice(0, 200);
  return { ...progress, saved: { ...progress.saved, [tool]: { ...progress.saved[tool], [id]: item } } };
}

export function removeSavedItem(progress: Progress, tool: string, id: string): Progress {
  const items = progress.saved[tool];
  if (!items || !Object.hasOwn(items, id)) return progress;
  const rest = { ...items };
  delete rest[id];
  const saved = { ...progress.saved };
  if (Object.keys(rest).length) saved[tool] = rest;
  else delete saved[tool];
  return { ...progress, saved };
}

/** Anything with zod's safeParse (full zod or zod/mini). */
export interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** A tool's items that its schema accepts, newest first. */
export function readSavedItems<T>(
  progress: Progress,
  tool: string,
  schema: Parser<T>,
): { id: string; savedAt: string; title?: string | undefined; data: T }[] {
  const items = Object.entries(progress.saved[tool] ?? {}).flatMap(([id, item]) => {
    const parsed = schema.safeParse(item.data);
    return parsed.success ? [{ id, savedAt: item.savedAt, title: item.title, data: parsed.data }] : [];
  });
  return items.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
