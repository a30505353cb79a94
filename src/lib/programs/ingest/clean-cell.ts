/**
 * Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069): invisible in a cell, they make "A1" and "A\u200b1" two ids.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

/** The text without zero-width and bidi characters (header names are compared so). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A cell after {@link cleanCell}, and what was changed (for the warning). */
export interface CleanedCell {
  text: string;
  /** The invisible characters removed, in order (empty when none). */
  removed: string[];
  /** True when the text was in decomposed or other non-NFC form and was composed. */
  composed: boolean;
}

/**
 * A cell as the importer compares it: invisible characters removed and the text in Unicode NFC
 * (so "é" typed as e + combining accent equals "é"). Callers report `removed`/`composed`.
 */
export function cleanCell(cell: string): CleanedCell {
  // Fast path: plain ASCII has nothing to remove or compose.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII on purpose
  if (!/[^\x00-\x7f]/.test(cell)) return { text: cell, removed: [], composed: false };
  const removed = cell.match(INVISIBLE) ?? [];
  const stripped = removed.length ? cell.replace(INVISIBLE, '') : cell;
  const text = stripped.normalize('NFC').trim();
  return { text, removed, composed: text !== stripped.trim() };
}
