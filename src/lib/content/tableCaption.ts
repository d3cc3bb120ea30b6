/**
 * Table captions in lessons (issue 17). A Markdown table has no caption, so a lesson writes it as
 * the paragraph right after the table (after a blank line), starting with ": " as in pandoc:
 *
 *     | Customer | Revenue |
 *     | --- | ---: |
 *     | A | 1,200 |
 *
 *     : Revenue in ¥ thousand
 *
 * The hast plugin below (for Astro's Sätteri Markdown processor, set in astro.config.mjs) moves
 * that paragraph into the table as a real <caption>, which screen readers announce with the table,
 * without the ": ". The units live there, so the headers stay short. A caption is plain text; a
 * paragraph starting with ": " that does not follow a table is left as it is.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const MARKER = /^:\s+/;

type Node = Root | RootContent | ElementContent;

/** What the plugin needs of Sätteri's visitor context (satteri's HastVisitorContext). */
export interface CaptionContext {
  parent(node: Node): { children: readonly Node[] } | undefined;
  indexOf(node: Node): number | undefined;
  textContent(node: Node): string;
  prependChild(node: Node, child: Element): void;
  removeNode(node: Node): void;
}

const isBlank = (node: Node | undefined) => node?.type === 'text' && node.value.trim() === '';

/** The caption the table's following ": …" paragraph gives it, if it has one. */
export function captionAfter(table: Element, ctx: CaptionContext): { paragraph: Node; text: string } | undefined {
  const siblings = ctx.parent(table)?.children ?? [];
  let next = (ctx.indexOf(table) ?? siblings.length) + 1;
  while (isBlank(siblings[next])) next += 1;
  const paragraph = siblings[next];
  if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return undefined;
  const text = ctx.textContent(paragraph).trim();
  if (!MARKER.test(text) || table.children.some((c) => c.type === 'element' && c.tagName === 'caption'))
    return undefined;
  return { paragraph, text: text.replace(MARKER, '') };
}

/** A caption element holding the text. */
export const captionElement = (text: string): Element => ({
  type: 'element',
  tagName: 'caption',
  properties: {},
  children: [{ type: 'text', value: text }],
});

/** The Sätteri hast plugin: `satteri({ hastPlugins: [tableCaptionPlugin] })`. */
export const tableCaptionPlugin = {
  name: 'table-caption',
  element: {
    filter: ['table'],
    visit(table: Element, ctx: CaptionContext): void {
      const found = captionAfter(table, ctx);
      if (!found) return;
      ctx.prependChild(table, captionElement(found.text));
      ctx.removeNode(found.paragraph);
    },
  },
};
