import type { DelimitedTable } from './read-delimited.ts';
import { parseNumber } from './parse-number.ts';

/** Where the table sits in a published file: header, key columns and data rows. */
export interface LocatedTable {
  /** Column names: header rows joined top to bottom ("Persentase Penduduk Miskin (Persen) 2024"). */
  columns: string[];
  /** 1-based file lines of the header rows (empty when the file has no header). */
  headerLines: number[];
  data: DelimitedTable['records'];
  /** Index of the code, name and province columns; -1 when absent. */
  codeCol: number;
  nameCol: number;
  provinceCol: number;
}

/** Header text of a code column ("kode_bps", "Kode Wilayah", "id"). */
export const CODE_HEADER = /kode|code|^kd\b|^id$|^id[_ ]/i;
/** Header text of a province-name column ("Provinsi"). */
export const PROVINCE_HEADER = /prov|propinsi/i;
/** Header text of a kabupaten/kota name column ("Kabupaten/Kota", "Wilayah", "nama_wilayah"). */
export const NAME_HEADER = /kab|kota|wilayah|nama|daerah|region|district|regency|name/i;
const CODE_CELL = /^\d{2}(?:\.?\d{2})?$/;

/** A header cell is text; a year ("2024") may stand in a header, any other number may not. */
function isHeaderRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2) return false;
  const numeric = filled.some((c) => {
    const v = parseNumber(c);
    return v !== null && !Number.isNaN(v) && !(Number.isInteger(v) && v >= 1990 && v <= 2100 && /^\d{4}$/.test(c));
  });
  return !numeric && filled.some((c) => CODE_HEADER.test(c) || PROVINCE_HEADER.test(c) || NAME_HEADER.test(c));
}

/**
 * Find the table in a BPS-style export: skip title rows above the header, join multi-row headers
 * (a year row under a merged title), and pick the code, name and province columns by header text,
 * or by content when there is no header (first column of codes, then first column of names).
 */
export function locateTable(records: DelimitedTable['records']): LocatedTable {
  const h = records.slice(0, 25).findIndex((r) => isHeaderRow(r.cells));
  const width = Math.max(0, ...records.map((r) => r.cells.length));
  let codeCol = -1, nameCol = -1, provinceCol = -1;
  if (h < 0) {
    const data = records.slice(records.findIndex((r) => r.cells.filter((c) => c !== '').length >= 2));
    const col = (j: number) => data.map((r) => r.cells[j] ?? '').filter((c) => c !== '');
    const share = (j: number, test: (c: string) => boolean) => col(j).filter(test).length / Math.max(1, col(j).length);
    if (share(0, (c) => CODE_CELL.test(c)) >= 0.8) codeCol = 0;
    const first = codeCol + 1;
    if (share(first, (c) => /[a-z]/i.test(c) && Number.isNaN(parseNumber(c) ?? NaN)) >= 0.8) nameCol = first;
    return { columns: Array.from({ length: width }, (_, j) => `kolom ${j + 1}`), headerLines: [], data, codeCol, nameCol, provinceCol };
  }
  const header = records[h].cells;
  header.forEach((c, j) => {
    if (codeCol < 0 && CODE_HEADER.test(c)) codeCol = j;
    else if (provinceCol < 0 && PROVINCE_HEADER.test(c)) provinceCol = j;
    else if (nameCol < 0 && NAME_HEADER.test(c)) nameCol = j;
  });
  const keyCols = [codeCol, nameCol].filter((j) => j >= 0);
  if (keyCols.length === 0) keyCols.push(provinceCol);
  let end = h + 1;
  while (end < records.length && keyCols.every((j) => (records[end].cells[j] ?? '') === '')) end++;
  const sub = records.slice(h + 1, end);
  const columns: string[] = [];
  let carried = '';
  for (let j = 0; j < width; j++) {
    const own = header[j] ?? '';
    const below = sub.map((r) => r.cells[j] ?? '').filter((c) => c !== '');
    // A merged title cell spans the columns to its right that only have a sub-header (a year).
    if (own) carried = own;
    const top = own || (below.length && !keyCols.includes(j) ? carried : '');
    columns.push([top, ...below].join(' ').replace(/\s+/g, ' ').trim() || `kolom ${j + 1}`);
  }
  return { columns, headerLines: records.slice(h, end).map((r) => r.line), data: records.slice(end), codeCol, nameCol, provinceCol };
}
