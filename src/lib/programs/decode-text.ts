import { DataError } from '../errors.ts';

/**
 * The text of a user's file from its bytes: UTF-8 (with or without BOM) as it is; UTF-16 with a
 * byte-order mark decoded as such; anything else that is not valid UTF-8 is not guessed (a
 * Windows-1252 file and a Latin-1 one differ in the very letters that matter) but named: a
 * `DataError` giving the byte offset and the bytes there, and how to save the file as UTF-8.
 * Never returns text with replacement characters the file did not have.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hex = [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    // UTF-16 without a BOM: every other byte of ASCII text is 0.
    const zeros = bytes.subarray(0, 200).filter((b) => b === 0).length;
    const kind = zeros > 20 ? 'looks like UTF-16 without a byte-order mark' : 'looks like Windows-1252 or Latin-1 (a spreadsheet saved as "CSV" on Windows)';
    throw new DataError(`${file}: not UTF-8 text at byte ${at} (bytes ${hex}); it ${kind}. Save it as "CSV UTF-8" and load it again`, { file, value: hex });
  }
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
