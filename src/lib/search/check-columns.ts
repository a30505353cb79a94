import { DataError } from '../errors.ts';

/** Column types `checkColumns` knows. */
type ColumnType = 'string' | 'number';
type Columns<S extends Record<string, ColumnType>> = { [K in keyof S]: S[K] extends 'number' ? number[] : string[] };

/**
 * Check that `value` is an object of equally long arrays of the given types (column form) and
 * return it typed. Throws a `DataError` naming `file` and the column on anything else. Columns
 * listed in `optional` may be absent.
 */
export function checkColumns<S extends Record<string, ColumnType>>(value: unknown, file: string, spec: S, optional: (keyof S)[] = []): Columns<S> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DataError(`${file}: expected an object of columns, found ${Array.isArray(value) ? 'an array' : typeof value}`, { file });
  const record = value as Record<string, unknown>;
  let length = -1;
  for (const [column, type] of Object.entries(spec)) {
    const col = record[column];
    if (col === undefined && optional.includes(column)) continue;
    if (!Array.isArray(col)) throw new DataError(`${file}: column "${column}" is missing or not an array`, { file, column });
    const bad = col.findIndex((x) => typeof x !== type || (type === 'number' && !Number.isFinite(x)));
    if (bad >= 0) throw new DataError(`${file}: column "${column}" row ${bad}: expected a ${type}, found ${JSON.stringify(col[bad])}`, { file, column, row: bad, value: col[bad] });
    if (length >= 0 && col.length !== length) throw new DataError(`${file}: column "${column}" has ${col.length} rows, the others ${length}`, { file, column });
    length = col.length;
  }
  return record as Columns<S>;
}
