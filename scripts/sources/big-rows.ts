import type { BigJoinResult } from '../../src/lib/boundary/join-big.ts';
import type { KemendagriList } from '../../src/lib/boundary/types.ts';
import type { CrosswalkRow, Unmatched } from '../../src/lib/crosswalk/types.ts';
import type { CodeAlias } from '../../src/lib/indicators/idm-alias.ts';
import { DataError } from '../../src/lib/errors.ts';
import { readCsvObjects } from './tables.ts';

/** The region rows of the BIG boundary stage and where each BIG polygon goes. */
export interface BigRows {
  provinsi: CrosswalkRow[];
  kabupaten: CrosswalkRow[];
  kecamatan: CrosswalkRow[];
  /** One per paired BIG polygon, in the polygons' order among the paired ones. */
  desa: CrosswalkRow[];
  /** For every BIG polygon (in file order): the dotted kecamatan it is dissolved into, '' for none. */
  kecamatanOfPolygon: string[];
  /** For every BIG polygon: its index in `desa`, or -1 when it is not a desa region (not paired). */
  desaOfPolygon: number[];
  /** Both sides of what did not pair, in the format of the programs stage's unplaced list. */
  unmatched: Unmatched[];
  /** Polygons paired by name whose BIG code is not their Kemendagri code (IDM writes BIG's). */
  renamed: CodeAlias[];
}

/** Read a committed `crosswalk_<level>.csv` (provinsi or kabupaten) as rows keyed by BPS code. */
export async function readLevelCrosswalk(file: string, level: 'provinsi' | 'kabupaten'): Promise<CrosswalkRow[]> {
  const shape = level === 'provinsi' ? /^\d\d$/ : /^\d{4}$/;
  const dotted = level === 'provinsi' ? /^\d\d$/ : /^\d\d\.\d\d$/;
  return (await readCsvObjects(file, ['kode_bps', 'kode_kemendagri', 'name', 'parent_kode_bps'])).map(({ line, row }) => {
    for (const [col, re] of [['kode_bps', shape], ['kode_kemendagri', dotted]] as const)
      if (!re.test(row[col])) throw new DataError(`${file} row ${line}, column "${col}": "${row[col]}" is not a ${level} code (expected ${re.source})`, { file, row: line, column: col, value: row[col] });
    return { level, kodeBps: row.kode_bps, kodeKemendagri: row.kode_kemendagri, name: row.name, parentKodeBps: row.parent_kode_bps, method: 'code', sourceIds: [], note: '' };
  });
}

/**
 * Region rows from BIG's desa polygons joined to Kemendagri's list: provinces and kabupaten/kota
 * keep their BPS codes (the committed kabupaten crosswalk, which the indicators use); kecamatan and
 * desa are keyed by their dotted Kemendagri codes, named as Kemendagri lists them. Every listed
 * kecamatan is a row (its polygon is dissolved from its desa); a paired polygon is a desa row; an
 * unpaired polygon is dissolved into its kecamatan when that kecamatan is listed, and reported.
 */
export function bigRows(join: BigJoinResult, kd: KemendagriList, provinsi: CrosswalkRow[], kabupaten: CrosswalkRow[], recode: ReadonlyMap<string, string>, file: string): BigRows {
  const kabBps = new Map(kabupaten.map((r) => [r.kodeKemendagri, r.kodeBps]));
  const kecamatan = kd.districts.map((d): CrosswalkRow => {
    const parent = kabBps.get(d.regencyCode);
    if (!parent) throw new DataError(`${file}: kecamatan ${d.code} (${d.name}) lies in kabupaten ${d.regencyCode}, which the kabupaten crosswalk does not list`, { file, value: d.code });
    return { level: 'kecamatan', kodeBps: d.code, kodeKemendagri: d.code, name: d.name, parentKodeBps: parent, method: 'code', sourceIds: [], note: '' };
  });
  const kecListed = new Set(kd.districts.map((d) => d.code));
  const names = new Map(kd.villages.map((v) => [v.code, v.name]));
  const desa: CrosswalkRow[] = [];
  const kecamatanOfPolygon: string[] = [];
  const desaOfPolygon: number[] = [];
  const unmatched: Unmatched[] = [];
  const renamed: CodeAlias[] = [];
  for (const d of join.desa) {
    if (d.code) {
      if (d.code !== d.bigCode) renamed.push({ from: d.bigCode, to: d.code, name: d.bigName });
      desaOfPolygon.push(desa.length);
      kecamatanOfPolygon.push(d.code.slice(0, 8));
      desa.push({ level: 'desa', kodeBps: d.code, kodeKemendagri: d.code, name: names.get(d.code) ?? d.bigName, parentKodeBps: d.code.slice(0, 8), method: d.method, sourceIds: [d.bigCode], note: d.note });
      continue;
    }
    const kec = (recode.get(d.bigCode.slice(0, 5)) ?? d.bigCode.slice(0, 5)) + d.bigCode.slice(5, 8);
    desaOfPolygon.push(-1);
    kecamatanOfPolygon.push(kecListed.has(kec) ? kec : '');
    unmatched.push({ level: 'desa', side: 'boundary', code: d.bigCode, name: d.bigName, parent: kec, reason: `BIG polygon not paired with Kemendagri's list (${d.note}); ${kecListed.has(kec) ? `drawn as part of kecamatan ${kec}, not as a desa` : 'not drawn'}` });
  }
  for (const v of join.withoutPolygon) unmatched.push({ level: 'desa', side: 'kemendagri', code: v.code, name: v.name, parent: v.districtCode, reason: 'no BIG polygon; placed at its kecamatan' });
  return { provinsi, kabupaten, kecamatan, desa, kecamatanOfPolygon, desaOfPolygon, unmatched, renamed };
}
