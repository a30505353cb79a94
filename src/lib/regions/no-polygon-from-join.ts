import { DataError } from '../errors.ts';
import { readDelimited } from '../table/read-delimited.ts';
import type { DesaNoPolygon } from './desa-no-polygon.ts';

/**
 * The Kemendagri desa without a polygon from the boundary join (`boundary-join.csv`, written by the
 * boundaries stage): its rows of level `desa`, side `kemendagri`, sorted by code. Throws `DataError`
 * naming `file` when a column is missing.
 */
export function noPolygonFromJoin(text: string, file: string): DesaNoPolygon {
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new DataError(`${file}: missing column "${name}"; header is "${header.join(',')}"`, { file, row: 1, column: name });
    return i;
  };
  const [level, side, code, name, parent] = ['level', 'side', 'code', 'name', 'parent'].map(col);
  const rows = records.slice(1).map((r) => r.cells).filter((c) => c[level] === 'desa' && c[side] === 'kemendagri').sort((a, b) => (a[code] < b[code] ? -1 : 1));
  return { kode: rows.map((c) => c[code]), name: rows.map((c) => c[name]), parent: rows.map((c) => c[parent]) };
}
