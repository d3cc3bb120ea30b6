/**
 * One import, step by step, behind a message protocol so it runs the same in a Web Worker (large
 * files) or on the page (small files and pastes): `read` a file's bytes or pasted text into a
 * table and send back its structure, then `clean` it with a mapping and send back the list.
 * The table stays here between the two steps, so correcting the mapping does not re-read the file.
 */
import { cleanTable } from '../../lib/import/clean';
import { packList, transferables, type PackedList } from '../../lib/import/pack';
import { readBytes, readPaste, type ParsedTable } from '../../lib/import/readTable';
import { cellText, isEmptyRow } from '../../lib/import/table';
import type { ImportError, Mapping } from '../../lib/import/types';

export type Request =
  | { type: 'read'; bytes: ArrayBuffer }
  | { type: 'paste'; text: string }
  | { type: 'clean'; mapping: Mapping };

/** What the page needs of a table to show the mapping step (not its rows). */
export type TableSummary = Omit<ParsedTable, 'rows'> & { preview: string[][]; dataRows: number };

export type Reply =
  | { type: 'progress'; phase: 'read' | 'clean'; fraction: number }
  | { type: 'table'; table: TableSummary }
  | { type: 'list'; list: PackedList }
  | { type: 'error'; error: ImportError };

export type Post = (reply: Reply, transfer?: Transferable[]) => void;

function summary(table: ParsedTable): TableSummary {
  const { rows, ...rest } = table;
  const start = table.headerRow + 1;
  const preview = rows
    .slice(start, start + 30)
    .filter((row) => !isEmptyRow(row))
    .slice(0, 3)
    .map((row) => Array.from({ length: table.columns }, (_, c) => cellText(row[c]).slice(0, 40)));
  return { ...rest, preview, dataRows: rows.length - start };
}

export function createSession(post: Post) {
  let table: ParsedTable | undefined;
  return async function handle(request: Request): Promise<void> {
    if (request.type === 'clean') {
      if (!table) return post({ type: 'error', error: 'import.error.empty' });
      const cleaned = cleanTable(table.rows, table, request.mapping, {
        onProgress: (fraction) => post({ type: 'progress', phase: 'clean', fraction }),
      });
      if (!cleaned.ok) return post({ type: 'error', error: cleaned.error });
      const packed = packList(cleaned.list);
      return post({ type: 'list', list: packed }, transferables(packed));
    }
    const read =
      request.type === 'read'
        ? await readBytes(new Uint8Array(request.bytes), (fraction) =>
            post({ type: 'progress', phase: 'read', fraction }),
          )
        : await readPaste(request.text);
    if (!read.ok) return post({ type: 'error', error: read.error });
    table = read.table;
    post({ type: 'table', table: summary(read.table) });
  };
}
