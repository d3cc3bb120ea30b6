/**
 * A capstone case as a handout: the lesson up to its model answers. The handout's MDX
 * components put a marker where the first model answer starts; everything from there on is
 * cut, and so is the heading that introduces the answers.
 */

export const CUT_MARKER = '<!--kas-cut-->';

export function handoutHtml(html: string): string {
  const at = html.indexOf(CUT_MARKER);
  if (at === -1) return html;
  const before = html.slice(0, at).trimEnd();
  // Drop a heading left hanging just before the cut ("Model answers").
  return before.replace(/<h[2-4]\b[^>]*>(?:(?!<h[1-6]\b)[\s\S])*?<\/h[2-4]>$/i, '').trimEnd();
}
