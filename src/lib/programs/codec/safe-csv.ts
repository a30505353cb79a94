/** A cell: text is neutralised and quoted as needed; numbers are written as they are; null/undefined is empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make spreadsheet software read a cell as a formula (or strip into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a text cell so spreadsheets show it as text and never evaluate it: a cell starting
 * with = + - @ tab or carriage return gets a leading apostrophe (OWASP "CSV injection"). Numbers
 * are never passed here, so negative numbers stay numbers.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Write a CSV that opens correctly in spreadsheet software and cannot run formulas: UTF-8 BOM
 * (so Excel reads UTF-8), comma delimiter, CRLF line ends, RFC 4180 quoting, text cells
 * neutralised by {@link neutraliseCell}. Finite numbers are written with a dot decimal; NaN and
 * ±Infinity as empty cells.
 */
export function toSafeCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map((h) => quote(neutraliseCell(h))).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return quote(neutraliseCell(v));
}
