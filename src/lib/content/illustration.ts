/**
 * Which drawing belongs to a module. Drawings are files named after the module's slug
 * (`illustrations/m03-selecting-customers.astro`), so a module is found by its slug or, where
 * only its number is at hand, by the slug's `mNN-` prefix.
 */

/** The slug a drawing's file path names: `./illustrations/m01-key-accounts.astro` → `m01-key-accounts`. */
export function drawingSlug(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.astro$/, '');
}

/**
 * The path of the module's drawing among `paths`, or undefined if it has none. A number matches
 * only one file: if two files share the prefix the choice would be arbitrary, so none is chosen.
 */
export function pickDrawing(paths: readonly string[], module: string | number): string | undefined {
  if (typeof module === 'string') return paths.find((path) => drawingSlug(path) === module);
  if (!Number.isInteger(module) || module < 1) return undefined;
  const prefix = `m${String(module).padStart(2, '0')}-`;
  const matches = paths.filter((path) => drawingSlug(path).startsWith(prefix));
  return matches.length === 1 ? matches[0] : undefined;
}
