/** A file's bytes as text, and how they were read when that was not plain UTF-8. */
export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and another encoding was used (shown in the join report). */
  note?: string;
}

/**
 * Decode a table file the way a user's download comes: UTF-8 (with or without BOM), UTF-16 with
 * a BOM (Excel's "Unicode text"), else Windows-1252, the encoding of CSVs saved by Excel on
 * Indonesian and English Windows, which is then named in `note` so the user can check names such
 * as "Kepulauan Seribu" were read right. Never replaces bytes silently.
 */
export function decodeText(bytes: Uint8Array, file = 'input'): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: `${file}: read as UTF-16 (little-endian, from its byte-order mark)` };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: `${file}: read as UTF-16 (big-endian, from its byte-order mark)` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { text: new TextDecoder('windows-1252').decode(bytes), note: `${file}: not UTF-8 (byte ${at + 1} is 0x${bytes[at].toString(16).padStart(2, '0')}); read as Windows-1252` };
  }
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence (a close-enough pointer for the message). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}
