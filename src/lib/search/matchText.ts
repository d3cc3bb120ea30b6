/**
 * Matching typed text against short entries (glossary terms) on one page: every word of the query
 * must occur in the entry. NFKC folds full-width letters and digits (ＡＢＣ, １２) to their ASCII
 * forms, so what a Chinese keyboard types still matches.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchesQuery(entry: string, query: string): boolean {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseForSearch(entry);
  return words.every((word) => haystack.includes(word));
}
