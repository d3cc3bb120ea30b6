/**
 * Whether some bytes are a binary file rather than text: a NUL byte, or more than 2% control
 * characters (other than tab, line feed, form feed and carriage return) in the first 64 KB.
 * Also names the binary formats a learner is likely to pick by mistake, so the message can help.
 */

export type BinaryKind = 'zip' | 'ole' | 'pdf' | 'other';

const SAMPLE = 64 * 1024;

/** What a file's first bytes say it is: a zip (XLSX), an old Office file (XLS), a PDF, or unknown. */
export function magicKind(bytes: Uint8Array): BinaryKind | undefined {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0x50 && at(1) === 0x4b && at(2) === 0x03 && at(3) === 0x04) return 'zip';
  if (at(0) === 0xd0 && at(1) === 0xcf && at(2) === 0x11 && at(3) === 0xe0) return 'ole';
  if (at(0) === 0x25 && at(1) === 0x50 && at(2) === 0x44 && at(3) === 0x46) return 'pdf';
  return undefined;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  if (length === 0) return false;
  let control = 0;
  for (let i = 0; i < length; i += 1) {
    const byte = bytes[i] as number;
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      control += 1;
  }
  return control / length > 0.02;
}
