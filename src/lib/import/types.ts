/**
 * The shapes of an imported customer list, shared by the import functions, the import panel and
 * the explorer that analyses the list. Every function a user's file can make fail returns an
 * `ImportResult`: `{ ok: true, … }` or `{ ok: false, error }` with a message key of
 * src/i18n/importKeys.ts, so the page can say what went wrong in its own language.
 */

export type CustomerField =
  | 'id'
  | 'name'
  | 'revenue'
  | 'grossProfit'
  | 'profit'
  | 'costToServe'
  | 'orders'
  | 'collections'
  | 'growthPotential'
  | 'strategicValue';

export type ValueField = Exclude<CustomerField, 'id' | 'name'>;

export interface ImportedCustomer {
  id: string;
  name: string;
  values: Partial<Record<ValueField, number>>;
}

/** A cell that held something other than a number where a number was expected. */
export interface BadCell {
  /** Row number as a spreadsheet shows it (the header, if any, is row 1). */
  row: number;
  /** The column's header text (or its letter A, B, … when the file has no header). */
  column: string;
  value: string;
}

export interface ImportReport {
  /** Rows read below the header (empty ones included). */
  rowsRead: number;
  /** Rows that became (part of) a customer. */
  rowsKept: number;
  /** Rows with nothing in them, skipped. */
  emptySkipped: number;
  /** Customer ids that appeared on more than one row, their rows summed (with the row count). */
  duplicates: { id: string; rows: number }[];
  /** How many customer ids were on more than one row (the list above stops at `IDS_LISTED`). */
  duplicateCount: number;
  /** Customers whose (summed) revenue is below zero: kept, and listed here (up to `IDS_LISTED`). */
  negativeRevenue: string[];
  negativeCount: number;
  /** Cells that were not numbers, at most `BAD_CELLS_LISTED` (limits.ts) of them; they count as missing. */
  badCells: BadCell[];
  /** How many bad cells there were in all (may be more than listed). */
  badCellCount: number;
  /** Rows with no customer id or name: given their row number as id. */
  missingIds: number[];
  missingIdCount: number;
  /** Rows with no revenue (empty or not a number): counted as 0 by the analyses. */
  missingRevenue: number;
  /** Totals rows (合计, 小计, Total…) left out, with the label that gave them away (up to `IDS_LISTED`). */
  totalsRows: { row: number; label: string }[];
  totalsCount: number;
  /** Filled lines above the header (a report's title), skipped. */
  titleLines: { row: number; text: string }[];
  /** Amount columns whose header states a unit (万元, 千元, ¥10k), multiplied into yuan. */
  scaledColumns: { column: string; factor: number }[];
}

export interface ImportedList {
  customers: ImportedCustomer[];
  /** The fields present in the list (mapped columns), in CustomerField order. */
  fields: CustomerField[];
  report: ImportReport;
}

/** Message keys of the errors an import can end with (see src/i18n/importKeys.ts). */
export type ImportError =
  | 'import.error.empty'
  | 'import.error.headerOnly'
  | 'import.error.noNumeric'
  | 'import.error.binary'
  | 'import.error.tooManyColumns'
  | 'import.error.tooManyRows'
  | 'import.error.tooLarge'
  | 'import.error.unsupported'
  | 'import.error.unreadable'
  | 'import.error.noCustomer'
  | 'import.error.noRevenue'
  | 'import.error.duplicateField'
  | 'import.error.timeout'
  | 'import.error.worker';

export type ImportResult<T> = ({ ok: true } & T) | { ok: false; error: ImportError };

/** One mapped field per column of the table (null: the column is ignored). */
export type Mapping = (CustomerField | null)[];

/** A cell as a parser gives it: text from CSV, numbers and text from XLSX. */
export type Cell = string | number | boolean | Date | null | undefined;
