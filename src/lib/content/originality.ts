/**
 * Finding text copied from the source documents: runs of consecutive Chinese characters that a
 * lesson shares with a source, with punctuation and spacing ignored (so re-punctuating a copied
 * sentence does not hide it).
 *
 * A marked quotation is exempt: text inside 「」 followed at once (spaces allowed) by a credit in
 * full-width brackets that begins with 引自, e.g. 「……」（引自资料002）. A quotation that is only
 * quoted, not credited, still counts as copied.
 */
export const hanOnly = (text: string): string => (text.match(/\p{Script=Han}/gu) ?? []).join('');

/** A credited quotation: 「text」 then （引自…）. The quoted text has no 「 or 」 of its own. */
const QUOTATION = /「[^「」]*」\s*（引自[^（）]+）/gu;

/**
 * The parts of `text` outside marked quotations, line by line. The credit stays with the text
 * around it; a quotation splits the text, so no run is counted across the place where a quotation
 * was. Lines split it too: a lesson writes a paragraph on one line, and joining lines would join
 * table cells and list items into runs no one wrote (four SPIN question names in four table rows).
 */
export const unquotedSegments = (text: string): string[] =>
  text.split(QUOTATION).flatMap((part) => part.split(/\r?\n/));

/** The marked quotations in `text` (their quoted words, without the brackets and the credit). */
export const quotations = (text: string): string[] =>
  [...text.matchAll(QUOTATION)].map((m) => m[0].slice(1, m[0].indexOf('」')));

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

/** The runs shared with `sourceRuns` outside marked quotations, in order. */
export const unquotedSharedRuns = (
  text: string,
  sourceRuns: ReadonlySet<string>,
  length: number,
): string[] => unquotedSegments(text).flatMap((segment) => sharedRuns(segment, sourceRuns, length));

/**
 * Overlapping runs joined into the longest copied passages, so a report names each copied
 * stretch once (a 20-character copy is 6 overlapping runs of 15).
 */
export function copiedPassages(text: string, sourceRuns: ReadonlySet<string>, length: number): string[] {
  const passages: string[] = [];
  for (const segment of unquotedSegments(text)) {
    const han = hanOnly(segment);
    let start = -1;
    let end = -1;
    for (let i = 0; i + length <= han.length; i += 1) {
      if (!sourceRuns.has(han.slice(i, i + length))) continue;
      if (start >= 0 && i <= end) end = i + length;
      else {
        if (start >= 0) passages.push(han.slice(start, end));
        start = i;
        end = i + length;
      }
    }
    if (start >= 0) passages.push(han.slice(start, end));
  }
  return passages;
}
