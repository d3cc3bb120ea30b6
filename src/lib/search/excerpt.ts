/**
 * Pagefind's search excerpts are HTML: the page's text, escaped, with the matched words wrapped in
 * <mark>. These helpers turn them into plain parts the page renders as text nodes, so nothing in
 * an excerpt is ever parsed as markup.
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes (named basics and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into marked and unmarked text; any other tag is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** The anchor to open for a result: the heading section with the most matches, else the page. */
export function bestAnchor(
  url: string,
  subResults: readonly { url: string; locations?: readonly number[] }[] | undefined,
): string {
  let best: { url: string; count: number } | undefined;
  for (const sub of subResults ?? []) {
    const count = sub.locations?.length ?? 0;
    if (!best || count > best.count) best = { url: sub.url, count };
  }
  return best && best.count > 0 ? best.url : url;
}
