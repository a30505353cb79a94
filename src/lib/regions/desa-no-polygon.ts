import { DataError } from '../errors.ts';
import { checkColumns } from '../search/check-columns.ts';

/**
 * Desa and kelurahan of Kemendagri's list that have no polygon in the boundary source (BIG RBI
 * 2023): not map regions, but findable and importable, placed at their kecamatan (said so).
 * Column form, as `search/desa-no-polygon.json` ships it (written by the search stage from
 * `boundary-join.csv`).
 */
export interface DesaNoPolygon {
  /** Dotted Kemendagri desa code (`11.10.09.2009`). */
  kode: string[];
  name: string[];
  /** Key of the kecamatan it is placed at (its dotted Kemendagri code, a region key). */
  parent: string[];
}

/** One desa without a polygon: its code, name and the kecamatan it opens. */
export interface NoPolygonHit {
  kode: string;
  name: string;
  parent: string;
}

const DOTTED_DESA = /^\d\d\.\d\d\.\d\d\.\d{4}$/;

/** Check the shipped list: equal columns, dotted desa codes each under its kecamatan. Throws `DataError` naming `file`, row and column. */
export function readDesaNoPolygon(json: unknown, file: string): DesaNoPolygon {
  const list = checkColumns(json, file, { kode: 'string', name: 'string', parent: 'string' });
  list.kode.forEach((kode, i) => {
    if (!DOTTED_DESA.test(kode)) throw new DataError(`${file}: row ${i}, column "kode": "${kode}" is not a dotted Kemendagri desa code (expected NN.NN.NN.NNNN)`, { file, row: i, column: 'kode', value: kode });
    if (!kode.startsWith(`${list.parent[i]}.`)) throw new DataError(`${file}: row ${i}, column "parent": "${list.parent[i]}" is not the kecamatan of ${kode}`, { file, row: i, column: 'parent', value: list.parent[i] });
  });
  return list;
}

/** The listed desa of code `code` (dotted, or its 10 digits), or undefined. */
export function findNoPolygon(list: DesaNoPolygon, code: string): NoPolygonHit | undefined {
  const digits = code.trim().replace(/\./g, '');
  if (!/^\d{10}$/.test(digits)) return undefined;
  const i = list.kode.findIndex((k) => k.replace(/\./g, '') === digits);
  return i < 0 ? undefined : { kode: list.kode[i], name: list.name[i], parent: list.parent[i] };
}

/** The list as the program importer takes it (`ImportOptions.unplacedCodes`): 10 digits → name. */
export function noPolygonCodes(list: DesaNoPolygon): Map<string, string> {
  return new Map(list.kode.map((k, i) => [k.replace(/\./g, ''), list.name[i]]));
}

/** The listed desa placed at kecamatan `kecamatan` (its region key), by name. */
export function noPolygonIn(list: DesaNoPolygon, kecamatan: string): NoPolygonHit[] {
  return list.parent.flatMap((p, i) => (p === kecamatan ? [{ kode: list.kode[i], name: list.name[i], parent: p }] : [])).sort((a, b) => a.name.localeCompare(b.name));
}
