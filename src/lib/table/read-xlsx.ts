import { DataError } from '../errors.ts';
import { TableRefusedError } from './table-refusal.ts';
import type { TableRecord } from './read-delimited.ts';

/**
 * One worksheet of an .xlsx workbook read as rows of text cells, ready for `importBpsTable`.
 * `records[i].line` is the sheet's row number (1-based, as Excel shows it); `numbers[j]` holds the
 * cell's value when the workbook stores a number (so "12.345" is never mistaken for thousands).
 */
export interface SheetTable {
  /** `file`, the sheet and what the reader did with merged, formula and date cells, for messages. */
  file: string;
  sheet: string;
  /** Names of all sheets in the workbook, in order. */
  sheets: string[];
  records: TableRecord[];
  /** Things the reader did that a user should know (merged cells, formula results used, dates, other sheets). */
  notes: string[];
}

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** Sheet to read, by name. Default: the first sheet with any filled cell. */
  sheet?: string;
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// The subset of exceljs' cell values this reader handles (its own types are not needed at run time).
type RichText = { text: string };
type Value =
  | null | undefined | number | string | boolean | Date
  | { error: string }
  | { richText: RichText[] }
  | { text: string | { richText: RichText[] }; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: unknown };
interface Cell { value: Value; isMerged: boolean; master: Cell; address: string; numFmt?: string }
interface Row { getCell(col: number): Cell }
interface Worksheet { name: string; rowCount: number; columnCount: number; getRow(n: number): Row; model: { merges?: string[] } }
interface Workbook { worksheets: Worksheet[]; xlsx: { load(data: ArrayBuffer | Uint8Array): Promise<unknown> } }

/** A cell in words for messages: `"P0 2024.xlsx", sheet "Sheet1", cell C12`. */
function at(file: string, sheet: string, ref: string): string {
  return `${file}, sheet "${sheet}", cell ${ref}`;
}

/**
 * Read one sheet of an .xlsx workbook (Excel 2007+; BPS "unduh tabel" exports) into rows of text
 * cells. Works in the browser and in Node (exceljs, loaded on first use). Pure apart from parsing:
 * no file or DOM access; pass the file's bytes.
 *
 * - Merged ranges keep their value in the first (top-left) cell, as Excel's own CSV export does,
 *   so a title merged over year columns becomes a two-row header; each range is noted.
 * - Formula cells give their saved result (noted); a formula without a saved result is an error.
 * - Date cells become ISO dates ("2024-03-18") and are noted: in a value column they are reported
 *   as "not a number" by the importer, with the row and column.
 * - Numbers stored as text ("18,98") stay text, so the importer reads decimal commas as usual.
 * - Error cells ("#N/A", "#DIV/0!") stay as their text, so the importer reports them.
 *
 * Throws `DataError` naming the file (and sheet and cell where there is one) for a file that is not
 * an .xlsx workbook (an old .xls, an encrypted or damaged file), a workbook without any filled cell,
 * an unknown sheet name, or a formula without a saved value.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, file = 'input.xlsx', options: ReadXlsxOptions = {}): Promise<SheetTable> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new DataError(`${file}: the file is empty`, { file, id: `${file}: berkasnya kosong` });
  const magic = Array.from(bytes.subarray(0, 4)).map((b) => b.toString(16).padStart(2, '0')).join('');
  if (magic === 'd0cf11e0')
    throw new DataError(`${file}: this is an old Excel 97–2003 (.xls) file or a password-protected workbook; expected an .xlsx workbook (open it in Excel or LibreOffice and save as .xlsx or CSV)`, { file, id: `${file}: ini berkas Excel 97–2003 (.xls) lama atau buku kerja berkata sandi; yang diharapkan buku kerja .xlsx (buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau CSV)` });
  if (magic !== '504b0304')
    throw new DataError(`${file}: not an .xlsx workbook (an .xlsx file is a zip archive starting with "PK"; this one starts with ${JSON.stringify(String.fromCharCode(...bytes.subarray(0, 4)))}); expected an Excel 2007+ workbook or a CSV file`, { file, id: `${file}: bukan buku kerja .xlsx (berkas .xlsx adalah arsip zip yang diawali "PK"; berkas ini diawali ${JSON.stringify(String.fromCharCode(...bytes.subarray(0, 4)))}); yang diharapkan buku kerja Excel 2007+ atau berkas CSV` });

  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs wants its own copy: it may keep references into the buffer.
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (e) {
    // exceljs' own (English) message is kept only as the technical detail: the page says the rest in its language.
    throw new TableRefusedError({ kind: 'unreadable-workbook', file, detail: e instanceof Error ? e.message : String(e) });
  }

  const sheets = wb.worksheets.map((ws) => ws.name);
  if (sheets.length === 0) throw new DataError(`${file}: the workbook has no sheets; expected a sheet with a table of kabupaten/kota`, { file, id: `${file}: buku kerja ini tidak punya lembar; yang diharapkan lembar berisi tabel kabupaten/kota` });
  let ws: Worksheet | undefined;
  if (options.sheet !== undefined) {
    ws = wb.worksheets.find((w) => w.name === options.sheet);
    if (!ws) throw new DataError(`${file}: no sheet named "${options.sheet}"; the sheets are ${sheets.map((s) => `"${s}"`).join(', ')}`, { file, id: `${file}: tidak ada lembar bernama "${options.sheet}"; lembarnya ${sheets.map((s) => `"${s}"`).join(', ')}` });
  }

  const notes: string[] = [];
  const read = (sheet: Worksheet): TableRecord[] => readSheet(sheet, file, notes);
  let records: TableRecord[] = [];
  if (ws) records = read(ws);
  else {
    for (const candidate of wb.worksheets) {
      records = read(candidate);
      if (records.length) { ws = candidate; break; }
      notes.length = 0;
    }
    if (!ws) throw new DataError(`${file}: the workbook is empty (${sheets.length === 1 ? `sheet "${sheets[0]}" has no` : `none of its ${sheets.length} sheets has a`} filled cell); expected a table of kabupaten/kota`, { file, id: `${file}: buku kerja ini kosong (${sheets.length === 1 ? `lembar "${sheets[0]}" tidak punya` : `tidak satu pun dari ${sheets.length} lembarnya punya`} sel berisi); yang diharapkan tabel kabupaten/kota` });
    const others = sheets.filter((s) => s !== ws!.name);
    if (others.length) notes.push(`read sheet "${ws.name}" (the first with data); other sheets not read: ${others.map((s) => `"${s}"`).join(', ')}`);
  }
  if (!records.length) throw new DataError(`${file}: sheet "${ws.name}" is empty; expected a table of kabupaten/kota`, { file, id: `${file}: lembar "${ws.name}" kosong; yang diharapkan tabel kabupaten/kota` });
  return { file, sheet: ws.name, sheets, records, notes };
}

function readSheet(ws: Worksheet, file: string, notes: string[]): TableRecord[] {
  const records: TableRecord[] = [];
  const formulas: string[] = [], dates: string[] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    const numbers: (number | undefined)[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged range keeps its value in the top-left cell only (as a CSV export does).
      if (cell.isMerged && cell.master.address !== cell.address) { cells.push(''); numbers.push(undefined); continue; }
      let v: unknown = cell.value;
      if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
        const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
        if (f.result === undefined || f.result === null)
          throw new DataError(`${at(file, ws.name, cell.address)}: a formula (=${f.formula ?? `shared with ${f.sharedFormula}`}) without a saved value; expected a value (open the file in Excel or LibreOffice and save it, or paste as values)`, { file, row: r, column: columnLetter(c), value: f.formula ?? f.sharedFormula, id: `${file}, lembar "${ws.name}", sel ${cell.address}: rumus (=${f.formula ?? `dibagi dengan ${f.sharedFormula}`}) tanpa nilai tersimpan; yang diharapkan nilai (buka berkasnya di Excel atau LibreOffice lalu simpan, atau tempel sebagai nilai)` });
        formulas.push(cell.address);
        v = f.result;
      }
      const { text, number } = cellText(v);
      if (v instanceof Date) dates.push(`${cell.address} (${text})`);
      cells.push(text);
      numbers.push(number);
    }
    while (cells.length && cells[cells.length - 1] === '') { cells.pop(); numbers.pop(); }
    if (cells.some((c) => c !== '')) records.push(numbers.some((n) => n !== undefined) ? { line: r, cells, numbers } : { line: r, cells });
  }
  const merges = ws.model.merges ?? [];
  const list = (xs: string[]) => `${xs.slice(0, 8).join(', ')}${xs.length > 8 ? ` … (+${xs.length - 8})` : ''}`;
  if (merges.length) notes.push(`sheet "${ws.name}": ${merges.length} merged range(s) ${list(merges)}; each value kept in its first cell`);
  if (formulas.length) notes.push(`sheet "${ws.name}": ${formulas.length} formula cell(s) read as their saved values: ${list(formulas)}`);
  if (dates.length) notes.push(`sheet "${ws.name}": ${dates.length} cell(s) formatted as dates, read as ISO dates: ${list(dates)}`);
  return records;
}

/** A cell value as text (numbers without float noise, e.g. 18.989999999999998 → "18.99") and its number, if it is one. */
function cellText(v: unknown): { text: string; number?: number } {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { text: String(v) };
    const n = Number(v.toPrecision(15));
    return { text: String(n), number: n };
  }
  if (typeof v === 'string') return { text: v.trim() };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? 'invalid date' : v.toISOString().slice(0, v.getUTCHours() || v.getUTCMinutes() ? 16 : 10) };
  if (typeof v === 'object') {
    if ('error' in v) return { text: String((v as { error: unknown }).error) };
    if ('richText' in v) return { text: richText(v as { richText: RichText[] }) };
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      return { text: typeof t === 'string' ? t.trim() : t && typeof t === 'object' && 'richText' in t ? richText(t as { richText: RichText[] }) : '' };
    }
  }
  return { text: String(v) };
}

function richText(v: { richText: RichText[] }): string {
  return v.richText.map((p) => p.text).join('').trim();
}

let excelJs: Promise<{ Workbook: new () => Workbook }> | undefined;

/** exceljs, imported on first use (a separate chunk in the page). */
function loadExcelJs(): Promise<{ Workbook: new () => Workbook }> {
  excelJs ??= import('exceljs').then((m) => {
    const mod = ((m as { default?: unknown }).default ?? m) as { Workbook: new () => Workbook };
    return mod;
  });
  return excelJs;
}
