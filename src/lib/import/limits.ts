/** The limits of an import, stated once so the UI and the README can quote them. */

/** Largest file read: 50 MB (about 1,000,000 customers with a few columns). */
export const MAX_BYTES = 50 * 1024 * 1024;
/** More columns than this is not a customer list (or the delimiter was misread). */
export const MAX_COLUMNS = 200;
/** Most data rows read. */
export const MAX_ROWS = 1_000_000;
/** Files above this size are parsed in a Web Worker so the page stays responsive. */
export const WORKER_THRESHOLD = 1024 * 1024;
/** Bad cells listed by position in the report (all are counted). */
export const BAD_CELLS_LISTED = 50;
/** Ids listed in the report for duplicates, negative revenue and missing ids (all are counted). */
export const IDS_LISTED = 50;
