/**
 * A file's bytes (or pasted text) to a parsed table and its likely structure, whatever the file is:
 * XLSX (zip) through read-excel-file, text in any of the encodings encoding.ts detects through
 * papaparse with the detected delimiter. Old binary Excel, PDF and other binary files, empty
 * files and files over the size limit end with an error key. Both parsers load on demand.
 */
import { looksBinary, magicKind } from './binary';
import { detectDelimiter, type Delimiter } from './delimiter';
import { decodeText, type TextEncoding } from './encoding';
import { MAX_BYTES } from './limits';
import { parseDelimited, type ParseProgress } from './parseText';
import { analyseTable, type TableShape } from './table';
import type { Cell, ImportResult } from './types';

export type SourceFormat = 'csv' | 'xlsx' | 'paste';

export interface ParsedTable extends TableShape {
  rows: Cell[][];
  format: SourceFormat;
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

export async function readBytes(
  bytes: Uint8Array,
  onProgress?: ParseProgress,
): Promise<ImportResult<{ table: ParsedTable }>> {
  if (bytes.length > MAX_BYTES) return { ok: false, error: 'import.error.tooLarge' };
  if (bytes.length === 0) return { ok: false, error: 'import.error.empty' };
  const kind = magicKind(bytes);
  if (kind === 'zip') return readXlsx(bytes);
  if (kind === 'ole') return { ok: false, error: 'import.error.unsupported' };
  if (kind === 'pdf') return { ok: false, error: 'import.error.binary' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return readText(decoded.text, 'csv', onProgress, decoded.encoding);
}

/** Cells pasted from a spreadsheet (tab-separated) or any delimited text typed in. */
export async function readPaste(text: string): Promise<ImportResult<{ table: ParsedTable }>> {
  if (text.trim() === '') return { ok: false, error: 'import.error.empty' };
  if (looksBinary(new TextEncoder().encode(text.slice(0, 4096))))
    return { ok: false, error: 'import.error.binary' };
  return readText(text, 'paste');
}

async function readText(
  text: string,
  format: SourceFormat,
  onProgress?: ParseProgress,
  encoding?: TextEncoding,
): Promise<ImportResult<{ table: ParsedTable }>> {
  // Cells copied from Excel are separated by tabs; a paste with a tab is read that way.
  const delimiter = format === 'paste' && text.includes('\t') ? '\t' : detectDelimiter(text);
  const rows = await parseDelimited(text, delimiter, onProgress);
  const shape = analyseTable(rows, delimiter);
  if (!shape.ok) return shape;
  return {
    ok: true,
    table: { ...tableShape(shape), rows, format, delimiter, ...(encoding ? { encoding } : {}) },
  };
}

async function readXlsx(bytes: Uint8Array): Promise<ImportResult<{ table: ParsedTable }>> {
  let rows: Cell[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const { buffer, sheet } = await storedWorkbook(bytes);
    rows = (await readSheet(buffer, sheet)) as unknown as Cell[][];
  } catch {
    return { ok: false, error: 'import.error.unreadable' };
  }
  const shape = analyseTable(rows, ',');
  if (!shape.ok) return shape;
  return { ok: true, table: { ...tableShape(shape), rows, format: 'xlsx' } };
}

/**
 * The workbook re-packed without compression, and the first visible sheet's number.
 * Why (the root cause of issue 16's hang, reproduced in Chromium): read-excel-file unzips with
 * fflate's asynchronous `unzip`, which inflates every entry over 512 KB (and compressed to under
 * 80 %) in a Worker it creates from a blob: URL. The site's Content-Security-Policy is
 * `script-src 'self' …` with no `worker-src`, so the browser blocks that blob worker
 * ("worker-src blob" violation). fflate listens only for the nested worker's `message`, never its
 * `error`, so its callback is never called, read-excel-file's promise never settles, and the
 * import stayed busy with no message. The 4,372-row inline-string file is 79 KB, so it is read on
 * the page (under the CSP) while its sheet1.xml inflates to 684 KB: the blocked path. In Node,
 * read-excel-file unzips from a stream instead, hence its 0.1 s there; a CSV never unzips.
 * fflate takes its synchronous path for stored (uncompressed) entries, so we unzip once here and
 * hand over a stored zip; the watchdog of engine.ts catches whatever else may hang.
 * A workbook whose first sheet is hidden shows its first visible one, as Excel does on opening.
 */
export async function storedWorkbook(bytes: Uint8Array): Promise<{ buffer: ArrayBuffer; sheet: number }> {
  const { unzipSync, zipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  const workbook = files['xl/workbook.xml'];
  const sheet = workbook ? firstVisibleSheet(strFromU8(workbook)) : 1;
  const stored = zipSync(files, { level: 0 });
  return {
    buffer: stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer,
    sheet,
  };
}

/** 1-based number of the first `<sheet>` of workbook.xml without state="hidden"/"veryHidden". */
export function firstVisibleSheet(workbookXml: string): number {
  const sheets = workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? [];
  const index = sheets.findIndex((tag) => !/\bstate\s*=\s*["'](?:hidden|veryHidden)["']/.test(tag));
  return index === -1 ? 1 : index + 1;
}

function tableShape(shape: TableShape): TableShape {
  const { headerRow, header, columns, mapping, decimalComma, numeric } = shape;
  return { headerRow, header, columns, mapping, decimalComma, numeric };
}
