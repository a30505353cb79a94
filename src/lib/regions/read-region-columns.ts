import { DataError } from '../errors.ts';
import { DATA_LAYOUT } from '../data-layout.ts';
import type { Level } from '../types.ts';
import { COLUMN_KINDS, type RegionColumns } from './region-columns.ts';

const ok = {
  string: (v: unknown) => typeof v === 'string',
  flag: (v: unknown) => v === 0 || v === 1,
  number: (v: unknown) => typeof v === 'number' && Number.isFinite(v),
  coordinate: (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v)),
};
const expected = { string: 'a string', flag: '0 or 1', number: 'a number', coordinate: 'a number or null' };

/**
 * Check a loaded `regions/{level}.json` and return it typed. Throws `DataError` naming the file,
 * the column, the row and the value when a column is missing, of another length than `kode`, or
 * holds a cell of the wrong type.
 */
export function readRegionColumns(level: Level, json: unknown, file = DATA_LAYOUT.regions(level)): RegionColumns {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new DataError(`${file}: expected an object of columns, found ${Array.isArray(json) ? 'an array' : String(json)}`, { file });
  const c = json as Record<string, unknown>;
  const kode = c.kode;
  if (!Array.isArray(kode)) throw new DataError(`${file}: column "kode" is missing`, { file, column: 'kode' });
  for (const [col, kind] of Object.entries(COLUMN_KINDS)) {
    const cells = c[col];
    if (!Array.isArray(cells)) throw new DataError(`${file}: column "${col}" is missing`, { file, column: col });
    if (cells.length !== kode.length) throw new DataError(`${file}: column "${col}" has ${cells.length} rows, "kode" has ${kode.length}`, { file, column: col });
    const i = cells.findIndex((v) => !ok[kind](v));
    if (i >= 0) throw new DataError(`${file} row ${i + 1}, column "${col}": ${JSON.stringify(cells[i])} is not ${expected[kind]}`, { file, row: i + 1, column: col, value: String(cells[i]) });
  }
  return c as unknown as RegionColumns;
}
