/**
 * Picks the parts of a rendered lesson that become slides: the blocks the presentation's MDX
 * components mark with comments (key takeaways, reflection questions) and every top-level
 * <figure> (the diagrams), in reading order. Works on the HTML string Astro renders at build
 * time, so a slide is always the lesson's own current text.
 */

export type SlidePartKind = 'takeaways' | 'reflection' | 'figure';

export interface SlidePart {
  kind: SlidePartKind;
  html: string;
}

const START = /<!--kas-slide:(takeaways|reflection)-->/g;
const END = '<!--/kas-slide-->';

/** The marker comments the presentation's components write around a block. */
export function slideMarkers(kind: Exclude<SlidePartKind, 'figure'>): { start: string; end: string } {
  return { start: `<!--kas-slide:${kind}-->`, end: END };
}

/** Index just past the </figure> closing the <figure> that opens at `from`, counting nesting. */
function figureEnd(html: string, from: number): number {
  const tag = /<(\/?)figure\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

export function extractSlideParts(html: string): SlidePart[] {
  const parts: { at: number; part: SlidePart }[] = [];
  const marked: [number, number][] = [];
  for (const match of html.matchAll(START)) {
    const start = match.index + match[0].length;
    const end = html.indexOf(END, start);
    if (end === -1) continue;
    marked.push([match.index, end + END.length]);
    parts.push({
      at: match.index,
      part: { kind: match[1] as SlidePartKind, html: html.slice(start, end).trim() },
    });
  }
  const insideMarked = (index: number) => marked.some(([from, to]) => index >= from && index < to);
  const open = /<figure\b/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    if (insideMarked(match.index)) continue;
    const end = figureEnd(html, match.index);
    if (end === -1) break;
    parts.push({ at: match.index, part: { kind: 'figure', html: html.slice(match.index, end) } });
    open.lastIndex = end;
  }
  return parts.sort((a, b) => a.at - b.at).map(({ part }) => part);
}

/** Visible text length of an HTML fragment, to pick a denser type size for long slides. */
export function textLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;
}
