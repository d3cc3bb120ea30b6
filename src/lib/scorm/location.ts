/**
 * `cmi.core.lesson_location`: where the learner is, as the course page's path inside the package
 * (`zh/learn/m01-key-accounts/01-pareto/index.html`). What comes back from the LMS is checked
 * before use, so a damaged or hostile value can only send the learner to the course home.
 */

/** The CMIString255 limit of lesson_location. */
export const LOCATION_LIMIT = 255;

const SAFE_LOCATION = /^(?:zh|en)\/(?:[a-z0-9][a-z0-9-]*\/)*(?:index\.html)?$/;

/** The page's path relative to the package root, or undefined for a page outside the course. */
export function pageLocation(pageUrl: string, rootUrl: string): string | undefined {
  let page: URL;
  let root: URL;
  try {
    page = new URL(pageUrl);
    root = new URL(rootUrl);
  } catch {
    return undefined;
  }
  if (page.origin !== root.origin || !page.pathname.startsWith(root.pathname)) return undefined;
  const path = page.pathname.slice(root.pathname.length);
  return safeLocation(path);
}

/** The location if it names a course page in a form we write; otherwise undefined. */
export function safeLocation(value: string): string | undefined {
  if (value.length > LOCATION_LIMIT || !SAFE_LOCATION.test(value)) return undefined;
  return value;
}
