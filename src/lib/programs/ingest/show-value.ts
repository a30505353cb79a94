/** Longest value a message quotes, in characters (before escapes); longer ones end in "…". */
const MAX_SHOWN = 60;

/** Characters a reader cannot see or that reorder text: controls, zero-width, bidi, BOM, line/paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * A cell value as a message quotes it: in double quotes, cut to {@link MAX_SHOWN} characters with
 * "…", and every invisible or direction-changing character written as an escape (`\u200b`), so a
 * value that looks like a valid one never reads as one and cannot reorder the message around it.
 */
export function showValue(value: string): string {
  const chars = [...value];
  const cut = chars.length > MAX_SHOWN ? chars.slice(0, MAX_SHOWN).join('') + '…' : value;
  return `"${cut.replace(HIDDEN, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
