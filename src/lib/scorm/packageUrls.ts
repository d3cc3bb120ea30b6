/**
 * The package build runs Astro with a marker as its base path, so every URL the site makes from
 * its base is recognisable; here each becomes relative to the file that holds it, because an LMS
 * unpacks the package into a folder nobody knows in advance. Directory URLs get `index.html`,
 * since an LMS's file server need not serve a folder's index.
 */

/** The base path of the package build; it must not occur anywhere else in the site. */
export const PACKAGE_ROOT_MARKER = '/__kas_package_root__/';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `./` for a file at the root, `../../` for `zh/glossary/index.html`. */
export function rootPrefix(filePath: string): string {
  const depth = filePath.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** Every marker URL in `text` made relative to the package file `filePath`. */
export function relativiseUrls(text: string, filePath: string, marker = PACKAGE_ROOT_MARKER): string {
  const prefix = rootPrefix(filePath);
  // A URL ends at a quote, space, bracket, `&` (of `&quot;` in serialised island props) or `?`/`#`.
  const pattern = new RegExp(`${escapeRegExp(marker)}([^"'\`\\s<>()&?#]*)`, 'g');
  return text.replace(pattern, (_match, path: string) =>
    path === '' || path.endsWith('/') ? `${prefix}${path}index.html` : `${prefix}${path}`,
  );
}

/**
 * Inline scripts that mention the marker: their text is covered by the content-security
 * policy's hashes, so they cannot be rewritten, and the build must stop.
 */
export function inlineScriptsWithMarker(html: string, marker = PACKAGE_ROOT_MARKER): number {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  return inline.filter((match) => (match[1] ?? '').includes(marker)).length;
}
