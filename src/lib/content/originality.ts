/**
 * Finding text copied from the source documents: runs of consecutive Chinese characters that a
 * lesson shares with a source, with punctuation and spacing ignored (so re-punctuating a copied
 * sentence does not hide it).
 */
export const hanOnly = (text: string): string => (text.match(/\p{Script=Han}/gu) ?? []).join('');

/** Every run of `length` Han characters in the texts (never across two documents). */
export function runsOf(texts: readonly string[], length: number): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const han = hanOnly(text);
    for (let i = 0; i + length <= han.length; i += 1) runs.add(han.slice(i, i + length));
  }
  return runs;
}

/** The runs of `length` characters of `text` that occur in `sourceRuns`, in order. */
export function sharedRuns(text: string, sourceRuns: ReadonlySet<string>, length: number): string[] {
  const han = hanOnly(text);
  const found: string[] = [];
  for (let i = 0; i + length <= han.length; i += 1) {
    const run = han.slice(i, i + length);
    if (sourceRuns.has(run)) found.push(run);
  }
  return found;
}
