import { DataError } from '../errors.ts';
import { DATA_LAYOUT } from '../data-layout.ts';
import type { RegionColumns } from '../regions/region-columns.ts';
import type { DesaNoPolygon } from '../regions/desa-no-polygon.ts';
import type { Level } from '../types.ts';
import { searchWords } from './search-words.ts';
import { shardLetter } from './shard-letter.ts';
import { SEARCH_FORMAT, type CoreLevel, type DesaShard, type SearchCore } from './types.ts';

/** The columns of `regions/{level}.json` the index is built from. */
export type RegionNames = Pick<RegionColumns, 'kode' | 'kemendagri' | 'name' | 'parent'>;

/** Everything under `public/data/search/`, by file. */
export interface SearchIndexFiles {
  core: SearchCore;
  /** `desa/{letter}.json`, by letter. */
  desa: Map<string, DesaShard>;
  /** `codes/{kabupaten}.json`, by kabupaten BPS code. */
  codes: Map<string, DesaShard>;
  /** Kemendagri desa codes whose kabupaten part ("53.01") is no kabupaten's code: findable by name only. */
  strayKemendagri: number;
}

/**
 * Split the region names into the search index (layout in `types.ts`): provinsi, kabupaten and
 * kecamatan in one always-loaded core; desa twice, once by the first letter of their name key
 * (for name queries) and once by kabupaten (for code queries). A desa goes into the code shard of
 * its BPS kabupaten and, when its Kemendagri code starts with another kabupaten's Kemendagri
 * code, into that one's too. Codes are stored as extensions of their parent's (see `types.ts`).
 * Desa without a polygon (`noPolygon`, Kemendagri's list only) are added to both, flagged
 * (`DesaShard.noPolygon`). Throws `DataError` when a region's parent is missing from the level above.
 */
export function buildSearchIndex(levels: { provinsi: RegionNames; kabupaten: RegionNames; kecamatan: RegionNames; desa: RegionNames }, noPolygon: DesaNoPolygon = { kode: [], name: [], parent: [] }): SearchIndexFiles {
  const { provinsi: p, kabupaten: k, kecamatan: c } = levels;
  // Desa without a polygon join the desa rows, flagged: found by name and code like the others.
  const d: RegionNames = {
    kode: [...levels.desa.kode, ...noPolygon.kode], kemendagri: [...levels.desa.kemendagri, ...noPolygon.kode],
    name: [...levels.desa.name, ...noPolygon.name], parent: [...levels.desa.parent, ...noPolygon.parent],
  };
  const drawn = levels.desa.kode.length;
  const core: SearchCore = {
    format: SEARCH_FORMAT,
    provinsi: { kode: p.kode, kemendagri: p.kemendagri, name: p.name },
    kabupaten: coreLevel(k, p, 'kabupaten'),
    kecamatan: coreLevel(c, k, 'kecamatan'),
    desaShards: {},
    codeShards: [],
  };
  const kecIndex = indexOf(c.kode);
  const kabByKemendagri = new Map(k.kemendagri.map((kem, i) => [kem, k.kode[i]]));
  const rows = d.kode.map((kode, i) => {
    const kec = kecIndex.get(d.parent[i]);
    if (kec === undefined) throw new DataError(`${DATA_LAYOUT.regions('desa')}: desa ${kode} (${d.name[i]}) has parent "${d.parent[i]}", which is no kecamatan`, { file: DATA_LAYOUT.regions('desa'), value: kode });
    const kecKode = c.kode[kec], kecKem = c.kemendagri[kec], kem = d.kemendagri[i];
    return {
      name: d.name[i],
      key: searchWords(d.name[i], 'desa').words.join(''),
      kecamatan: kec,
      // A desa's code without its kecamatan's: `006` of BPS 5303121006, `2002` of 53.01.24.2002.
      kode: kode.length === 10 ? suffix(kode, kecKode, '') : DOTTED_DESA.test(kode) ? suffix(kode, kecKode, '.') : kode,
      kemendagri: kem.length === kecKem.length + 5 ? suffix(kem, kecKem, '.') : kem,
      // Code shards are keyed by what a typed BPS code starts with (a desa whose BPS code starts
      // with another kabupaten's code than its parent's is found by that code); a dotted desa key
      // has no BPS prefix: its kabupaten through the parent chain.
      kab: /^\d{10}$/.test(kode) ? kode.slice(0, 4) : c.parent[kec],
      kemKab: kem.slice(0, 5),
      fullKode: kode,
      noPolygon: i >= drawn,
    };
  });
  type Row = (typeof rows)[number];
  const group = (key: (r: Row) => string[]) => {
    const m = new Map<string, Row[]>();
    for (const r of rows) for (const g of key(r)) m.has(g) ? m.get(g)!.push(r) : m.set(g, [r]);
    return m;
  };
  const toShard = (list: Row[], withKemendagri: boolean): DesaShard => {
    // By kecamatan, then code: the delta-coded kecamatan column is then mostly zeros.
    list.sort((a, b) => a.kecamatan - b.kecamatan || (a.fullKode < b.fullKode ? -1 : 1));
    const shard: DesaShard = { name: list.map((r) => r.name), kecamatan: list.map((r, i) => (i ? r.kecamatan - list[i - 1].kecamatan : r.kecamatan)), kode: list.map((r) => r.kode) };
    if (withKemendagri) shard.kemendagri = list.map((r) => r.kemendagri);
    const noPolygonRows = list.flatMap((r, i) => (r.noPolygon ? [i] : []));
    if (noPolygonRows.length) shard.noPolygon = noPolygonRows;
    return shard;
  };
  let strayKemendagri = 0;
  const desa = new Map<string, DesaShard>();
  for (const [letter, list] of [...group((r) => [shardLetter(r.key)])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    desa.set(letter, toShard(list, false));
    core.desaShards[letter] = list.length;
  }
  const codes = new Map<string, DesaShard>();
  const byKab = group((r) => {
    const other = r.kemKab.length === 5 ? kabByKemendagri.get(r.kemKab) : r.kab;
    if (other === undefined) strayKemendagri++;
    return other === undefined || other === r.kab ? [r.kab] : [r.kab, other];
  });
  for (const [kab, list] of [...byKab].sort(([a], [b]) => (a < b ? -1 : 1))) {
    codes.set(kab, toShard(list, true));
    core.codeShards.push(kab);
  }
  return { core, desa, codes, strayKemendagri };
}

function coreLevel(level: RegionNames, above: RegionNames, name: Level): CoreLevel {
  const index = indexOf(above.kode);
  const parent = level.parent.map((code, i) => {
    const at = index.get(code);
    if (at === undefined) throw new DataError(`${DATA_LAYOUT.regions(name)}: ${level.kode[i]} (${level.name[i]}) has parent "${code}", which is not in the level above`, { file: DATA_LAYOUT.regions(name), value: level.kode[i] });
    return at;
  });
  return {
    kode: level.kode.map((kode, i) => suffix(kode, above.kode[parent[i]], '')),
    kemendagri: level.kemendagri.map((kem, i) => suffix(kem, above.kemendagri[parent[i]], '.')),
    name: level.name,
    parent,
  };
}

/** A dotted Kemendagri desa key (`53.01.24.2002`). */
const DOTTED_DESA = /^\d\d\.\d\d\.\d\d\.\d{4}$/;

/** `code` without its parent's code (and the separator) when it extends it; else `code` whole. */
function suffix(code: string, parentCode: string, sep: string): string {
  return parentCode !== '' && code.length > parentCode.length + sep.length && code.startsWith(parentCode + sep) ? code.slice(parentCode.length + sep.length) : code;
}

function indexOf(codes: string[]): Map<string, number> {
  return new Map(codes.map((code, i) => [code, i]));
}
