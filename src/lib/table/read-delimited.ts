import Papa from 'papaparse';
import { DataError } from '../errors.ts';

/**
 * One non-empty row of a table as read: `line` is the 1-based line (CSV) or row number (sheet);
 * `numbers[j]`, when present, is the value of a cell the file stores as a number (a spreadsheet),
 * used as is instead of parsing `cells[j]`.
 */
export interface TableRecord {
  line: number;
  cells: string[];
  numbers?: (number | undefined)[];
}

/** A delimited text table as read, before any header detection. */
export interface DelimitedTable {
  /** The delimiter that was used (given or sniffed). */
  delimiter: ',' | ';' | '\t' | '|';
  /** Non-empty records; `line` is the 1-based line number in the file where the record starts. */
  records: TableRecord[];
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Read CSV/TSV text as ministries publish it: UTF-8 BOM, CRLF, comma / semicolon / tab / pipe
 * delimiters (sniffed from the first lines unless given), quoted cells, blank lines skipped.
 * Cells are trimmed. Throws `DataError` naming `file` when the text is empty or unreadable.
 */
export function readDelimited(text: string, file = 'input', delimiter?: DelimitedTable['delimiter']): DelimitedTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new DataError(`${file}: the file is empty`, { file, id: `${file}: berkasnya kosong` });
  if (body.includes('\u0000')) throw new DataError(`${file}: this is not a text table (it contains NUL bytes; a spreadsheet file must be saved as CSV first)`, { file, id: `${file}: ini bukan tabel teks (berisi bita NUL; berkas lembar kerja harus disimpan sebagai CSV dulu)` });
  const delim = delimiter ?? sniffDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter: delim, skipEmptyLines: false });
  const records: DelimitedTable['records'] = [];
  // Papa does not give line numbers; count newlines inside quoted cells to keep them right.
  let line = 1;
  for (const row of parsed.data) {
    const cells = row.map((c) => c.trim());
    if (cells.some((c) => c !== '')) records.push({ line, cells });
    line += 1 + row.reduce((n, c) => n + countNewlines(c), 0);
  }
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    const e = parsed.errors.find((x) => x.type === 'Quotes')!;
    throw new DataError(`${file} row ${(e.row ?? 0) + 1}: unmatched quote (${e.message})`, { file, row: (e.row ?? 0) + 1, id: `${file} baris ${(e.row ?? 0) + 1}: tanda kutip tanpa pasangan` });
  }
  return { delimiter: delim, records };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Pick the delimiter that splits the first lines most consistently into more than one cell.
 * Semicolon wins ties with comma because decimal commas ("18,98") inflate comma counts.
 */
export function sniffDelimiter(text: string): DelimitedTable['delimiter'] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30);
  let best: DelimitedTable['delimiter'] = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const withDelim = counts.filter((c) => c > 0);
    if (withDelim.length === 0) continue;
    // Most common count among lines that have the delimiter, weighted by how many lines share it.
    const freq = new Map<number, number>();
    for (const c of withDelim) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0, modeN = 0;
    for (const [c, n] of freq) if (n > modeN || (n === modeN && c > mode)) { mode = c; modeN = n; }
    const score = modeN * 1000 + mode + (d === ';' ? 0.5 : 0);
    if (score > bestScore) { bestScore = score; best = d; }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0, q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === d && !q) n++;
  }
  return n;
}
