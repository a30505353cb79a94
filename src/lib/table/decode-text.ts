/** A file's bytes as text, and how they were read when that was not plain UTF-8. */
export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and another encoding was used (shown in the join report). */
  note?: string;
  /** The encoding used when not UTF-8. */
  encoding?: 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** UTF-16: whether a byte-order mark said so (else it was recognised by its zero bytes). */
  bom?: boolean;
  /** Windows-1252: offset of the first byte that is not UTF-8. */
  at?: number;
}

/**
 * Decode a table file the way a user's download comes: UTF-8 (with or without BOM), UTF-16 with
 * a BOM (Excel's "Unicode text"), else Windows-1252, the encoding of CSVs saved by Excel on
 * Indonesian and English Windows, which is then named in `note` so the user can check names such
 * as "Kepulauan Seribu" were read right. Never replaces bytes silently.
 */
export function decodeText(bytes: Uint8Array, file = 'input'): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: `${file}: read as UTF-16 (little-endian, from its byte-order mark)`, encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: `${file}: read as UTF-16 (big-endian, from its byte-order mark)`, encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), note: `${file}: read as UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian, no byte-order mark; every other byte was 0)`, encoding: utf16, bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { text: new TextDecoder('windows-1252').decode(bytes), note: `${file}: not UTF-8 (byte ${at + 1} is 0x${bytes[at].toString(16).padStart(2, '0')}); read as Windows-1252`, encoding: 'windows-1252', at };
  }
}

/**
 * UTF-16 text of Latin letters without a byte-order mark: in the first 200 bytes (even length),
 * nearly every byte at odd offsets is 0 (little-endian) or at even offsets (big-endian), and the
 * other half has no 0. A UTF-8 or Windows-1252 table never has such runs of zero bytes.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 200) & ~1;
  if (n < 4 || b.length % 2 !== 0) return undefined;
  let zeroEven = 0, zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const half = n / 2;
  if (zeroOdd >= half * 0.9 && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= half * 0.9 && zeroOdd === 0) return 'utf-16be';
  return undefined;
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
