/**
 * Delimited text to rows of cells with papaparse, loaded on demand (the tools page does not ship
 * it). The text is fed in chunks so a caller in a worker can report progress.
 */
import type { Delimiter } from './delimiter';

export interface ParseProgress {
  (fraction: number): void;
}

const CHUNK = 512 * 1024;

export async function parseDelimited(
  text: string,
  delimiter: Delimiter,
  onProgress?: ParseProgress,
): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const rows: string[][] = [];
  let done = 0;
  // With a string and a chunk size papaparse parses chunk by chunk, synchronously (its types
  // only describe chunking for files).
  const config = {
    delimiter,
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK,
    chunk(results: { data: string[][]; meta: { cursor: number } }) {
      const data = results.data;
      for (let i = 0; i < data.length; i += 1) rows.push(data[i] as string[]);
      done = results.meta.cursor;
      onProgress?.(Math.min(1, done / Math.max(1, text.length)));
    },
  };
  Papa.parse<string[]>(text, config as unknown as Parameters<typeof Papa.parse<string[]>>[1]);
  // papaparse reports a last line with nothing in it (the file's final newline) as [''].
  while (rows.length > 0) {
    const last = rows[rows.length - 1] as string[];
    if (last.length === 1 && last[0] === '') rows.pop();
    else break;
  }
  return rows;
}
