import { readDelimited } from '../table/read-delimited.ts';
import { mapColumns, COLUMN_ALIASES, type ProgramField } from './columns.ts';
import type { RawProgramTable } from './raw-row.ts';
import { isHxl, readProgramHxl } from './read-program-hxl.ts';
import { isKemnakerRegister, readKemnakerRegister } from './read-kemnaker-register.ts';

/**
 * Read a program CSV/TSV (BOM, comma/semicolon/tab delimiters and quoting handled by
 * `readDelimited`). The first record is the header. An HXL-tagged 3W file (hashtag row under the
 * header) and Kemnaker's register of training institutions are recognised and read by their own
 * readers. Throws `DataError` for an empty file or missing required columns; row-level problems
 * are left to validation.
 */
export function readProgramCsv(text: string, file: string): RawProgramTable {
  const table = readDelimited(text, file);
  if (isHxl(table)) return readProgramHxl(table, file);
  if (isKemnakerRegister(table)) return readKemnakerRegister(table, file);
  const [header, ...body] = table.records;
  const map = mapColumns(header.cells, file);
  const pos = {} as Partial<Record<ProgramField, number>>;
  for (const [f, h] of Object.entries(map.columns) as [ProgramField, string][]) pos[f] = header.cells.indexOf(h);
  const rows = body.map(({ line, cells }) => ({
    row: line,
    get: (f: ProgramField) => (pos[f] === undefined ? '' : (cells[pos[f]!] ?? '')),
    column: (f: ProgramField) => map.columns[f] ?? COLUMN_ALIASES[f][0],
  }));
  return { file, format: 'csv', feature: false, map, rows };
}
