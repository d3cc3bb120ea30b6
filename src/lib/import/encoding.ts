/**
 * The text of a file whose encoding nobody told us: a byte-order mark says UTF-8 or UTF-16;
 * otherwise the bytes are UTF-8 if they are valid UTF-8, and GB18030 (the superset of GBK and
 * GB2312 that Chinese Excel writes) if not. Never asks the learner.
 */
import { looksBinary } from './binary';
import type { ImportResult } from './types';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The encoding a byte-order mark names, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): TextEncoding | undefined {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8-bom';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return bomEncoding(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/** Whether the bytes are well-formed UTF-8 (the platform's strict decoder decides). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const decoderLabel: Record<TextEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
};

/** The file's text (without a byte-order mark), or an error for an empty or binary file. */
export function decodeText(bytes: Uint8Array): ImportResult<{ text: string; encoding: TextEncoding }> {
  if (bytes.length === 0) return { ok: false, error: 'import.error.empty' };
  const bom = bomEncoding(bytes);
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be';
  // UTF-16 text is full of NUL bytes; test it for control characters once decoded.
  if (!utf16 && looksBinary(bytes)) return { ok: false, error: 'import.error.binary' };
  let encoding: TextEncoding;
  let text: string;
  if (bom) {
    encoding = bom;
    // TextDecoder drops a leading BOM by default.
    text = new TextDecoder(decoderLabel[bom]).decode(bytes);
  } else {
    // One strict UTF-8 pass both tests and decodes; anything else is read as GB18030.
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
      encoding = 'gb18030';
    }
  }
  if (utf16 && hasControlCharacters(text)) return { ok: false, error: 'import.error.binary' };
  if (text.trim() === '') return { ok: false, error: 'import.error.empty' };
  return { ok: true, text, encoding };
}

function hasControlCharacters(text: string): boolean {
  const sample = text.slice(0, 32 * 1024);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f)
      control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}
