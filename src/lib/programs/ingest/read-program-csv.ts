import { readDelimited, type DelimitedTable } from '../../table/read-delimited.ts';
import { makeIssue } from './issue.ts';
import { showValue } from './show-value.ts';
import type { ProgramIssue } from '../types.ts';
import { mapColumns, COLUMN_ALIASES, type ProgramField } from './columns.ts';
import type { RawProgramTable } from './raw-row.ts';
import { isHxl, readProgramHxl } from './read-program-hxl.ts';
import { isKemnakerRegister, readKemnakerRegister } from './read-kemnaker-register.ts';
import { isKnmpList, readKnmp } from './read-knmp.ts';

/**
 * Read a program CSV/TSV (BOM, comma/semicolon/tab delimiters and quoting handled by
 * `readDelimited`). The first record is the header. An HXL-tagged 3W file (hashtag row under the
 * header) and Kemnaker's register of training institutions are recognised and read by their own
 * readers. Throws `DataError` for an empty file or missing required columns; row-level problems
 * are left to validation, except a row with more non-empty cells than the header has columns,
 * which is an error in `problems` whatever the reader (its values are shifted).
 */
export function readProgramCsv(text: string, file: string): RawProgramTable {
  const table = readDelimited(text, file);
  const problems = extraCells(table, file);
  const withProblems = (t: RawProgramTable): RawProgramTable => (problems.length ? { ...t, problems: [...(t.problems ?? []), ...problems] } : t);
  if (isHxl(table)) return withProblems(readProgramHxl(table, file));
  if (isKemnakerRegister(table)) return withProblems(readKemnakerRegister(table, file));
  if (isKnmpList(table)) return withProblems(readKnmp(table, file));
  const [header, ...body] = table.records;
  const map = mapColumns(header.cells, file);
  if (map.unknown) problems.push(makeIssue('warning', 'unknown-columns', { file, row: 0 }, { columns: map.unknown.map(showValue).join(', '), known: KNOWN_COLUMNS }));
  const pos = {} as Partial<Record<ProgramField, number>>;
  for (const [f, h] of Object.entries(map.columns) as [ProgramField, string][]) pos[f] = header.cells.indexOf(h);
  const rows = body.map(({ line, cells }) => ({
    row: line,
    get: (f: ProgramField) => (pos[f] === undefined ? '' : (cells[pos[f]!] ?? '')),
    column: (f: ProgramField) => map.columns[f] ?? COLUMN_ALIASES[f][0],
  }));
  return withProblems({ file, format: 'csv', feature: false, map, rows });
}

/** The column names a planner's list is most likely to use, for the unknown-columns warning. */
const KNOWN_COLUMNS = 'id, nama_program / nama / program, kementerian, jenis / jenis_intervensi / intervention_type, desa / kelurahan, kecamatan, kabupaten / kota, provinsi, kode_wilayah, lintang / latitude / lat, bujur / longitude / lon / lng, tahun, sumber, catatan';

/**
 * Rows with non-empty cells beyond the header's last column: an unquoted decimal comma or a stray
 * delimiter shifted every value after it, so the row is an error, never read as it stands.
 * Empty trailing cells ("a,b,,") carry nothing and pass.
 */
function extraCells(table: DelimitedTable, file: string): ProgramIssue[] {
  const [header, ...body] = table.records;
  const width = header.cells.length;
  const out: ProgramIssue[] = [];
  for (const { line, cells } of body) {
    if (cells.length <= width || cells.slice(width).every((c) => c === '')) continue;
    const extra = cells.slice(width).filter((c) => c !== '');
    const shown = extra.slice(0, 3).map(showValue).join(', ') + (extra.length > 3 ? `, … (${extra.length})` : '');
    out.push(makeIssue('error', 'extra-cells', { file, row: line }, { cells: cells.length, columns: width, extra: shown }));
  }
  return out;
}
