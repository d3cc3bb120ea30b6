/** Ids for elements that may repeat on a page (a term used twice). Unique within a build. */
let counter = 0;

export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
