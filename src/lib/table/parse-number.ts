/** Which character separates decimals in a column: `,` (Indonesian style), `.`, or `auto`. */
export type DecimalMark = ',' | '.' | 'auto';

/** Cells that mean "no value" in BPS and ministry tables. */
// "NaN" and "null" are not here: they are what a program writes for a failed computation, so they
// are reported as cells that are not numbers, never dropped silently as "no figure".
const MISSING = new Set(['', '-', '–', '—', '…', '...', 'na', 'n/a', '*', '(na)', 'tidak ada data']);

/** True when the cell is one of the conventional "no value" marks (empty, "-", "…", "NA"). */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/**
 * Parse a number as written in Indonesian or English tables: "18,98", "18.98", "1.234.567",
 * "1,234,567", "1.234,5", "1,234.5", "12 345", "-3,2", "8,47%". Returns `null` for a missing mark
 * and `NaN` for text that is not a number (the caller reports it with file/row/column).
 *
 * With `decimal = 'auto'` a lone separator followed by exactly three digits ("12.345") is
 * ambiguous; it is read as a decimal point/comma. Pass the column's mark (see
 * {@link inferDecimalMark}) to read it as a thousands separator instead.
 */
export function parseNumber(cell: string, decimal: DecimalMark = 'auto'): number | null {
  let s = cell.trim();
  if (isMissing(s)) return null;
  s = s.replace(/%$/, '').replace(/[\s\u00a0\u202f']/g, '');
  if (/^\(.*\)$/.test(s)) s = '-' + s.slice(1, -1);
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(s)) return NaN;
  const hasComma = s.includes(','), hasDot = s.includes('.');
  let dec: ',' | '.' | null = null;
  if (hasComma && hasDot) dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  else if (hasComma || hasDot) {
    const mark = hasComma ? ',' : '.';
    const parts = s.split(mark);
    if (parts.length > 2) dec = null; // "1.234.567": the mark groups thousands
    else if (decimal === 'auto') dec = mark;
    else dec = decimal === mark ? mark : parts[1].length === 3 ? null : mark;
  }
  const thousands = dec === ',' ? '.' : dec === '.' ? ',' : hasComma ? ',' : '.';
  const groups = s.split(thousands);
  // Thousands groups must be three digits ("1.23.4" is not a number).
  if (groups.length > 1 && groups.slice(1).some((g, i) => (i === groups.length - 2 && dec ? g.split(dec)[0] : g).length !== 3)) return NaN;
  let norm = groups.join('');
  if (dec === ',') norm = norm.replace(',', '.');
  const v = Number(norm);
  return Number.isFinite(v) ? v : NaN;
}

/**
 * Decide a column's decimal mark from its cells: a cell with both marks or a lone mark not
 * followed by exactly three digits settles it. Returns `auto` when nothing settles it.
 */
export function inferDecimalMark(cells: Iterable<string>): DecimalMark {
  let comma = 0, dot = 0;
  for (const raw of cells) {
    const s = raw.trim().replace(/%$/, '');
    const c = s.lastIndexOf(','), d = s.lastIndexOf('.');
    if (c >= 0 && d >= 0) c > d ? comma++ : dot++;
    else if (c >= 0 && s.split(',').length === 2 && s.length - c - 1 !== 3) comma++;
    else if (d >= 0 && s.split('.').length === 2 && s.length - d - 1 !== 3) dot++;
  }
  if (comma > dot) return ',';
  if (dot > comma) return '.';
  return 'auto';
}
