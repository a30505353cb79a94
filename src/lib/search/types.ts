/**
 * Shapes of the search index in `public/data/search/` (written by scripts/search-index.ts) and of
 * search results. Column form (one array per field) like `regions/{level}.json`: smaller gzip.
 */
import type { Level } from '../types.ts';

/** Format tag of `search/core.json`; bump when the layout changes. */
export const SEARCH_FORMAT = 'lokus-search-1';

/** Provinsi columns in `search/core.json`. */
export interface CoreProvinsi {
  /** BPS code (2 digits). */
  kode: string[];
  /** Kemendagri code with dots, or ''. */
  kemendagri: string[];
  name: string[];
}

/**
 * Kabupaten or kecamatan columns in `search/core.json`. Codes that extend the parent's code are
 * stored as the extension: kabupaten `kode` "03" under provinsi "53" is 5303, kecamatan "121"
 * under 5303 is 5303121; `kemendagri` "01" under "53" is 53.01 (no dot: an extension; with dots:
 * the full code; '': none). A few regions sit under a parent whose code they do not extend
 * (Papua's 2022 provinces); they keep full codes.
 */
export interface CoreLevel extends CoreProvinsi {
  /** Index of the parent in the level above (kabupaten → provinsi, kecamatan → kabupaten). */
  parent: number[];
}

/** `search/core.json`: always loaded; everything above desa plus the list of shards. */
export interface SearchCore {
  format: typeof SEARCH_FORMAT;
  provinsi: CoreProvinsi;
  kabupaten: CoreLevel;
  kecamatan: CoreLevel;
  /** Number of desa per name shard `search/desa/{letter}.json`, by letter (`shardLetter`). */
  desaShards: Record<string, number>;
  /** Kabupaten BPS codes that have a code shard `search/codes/{kode}.json`. */
  codeShards: string[];
}

/**
 * A desa shard: `search/desa/{letter}.json` (desa whose name key starts with that letter) or
 * `search/codes/{kabupaten}.json` (desa whose BPS code, or Kemendagri code, lies in that
 * kabupaten). Rows are sorted by kecamatan, then code.
 */
export interface DesaShard {
  name: string[];
  /**
   * Kecamatan of each desa as an index into `core.kecamatan`, delta-coded (first value the index,
   * then the difference to the previous row's): mostly zeros, which gzip to almost nothing.
   */
  kecamatan: number[];
  /** BPS code: the 3 digits after the kecamatan's code, or all 10 digits when it does not extend it. */
  kode: string[];
  /**
   * Kemendagri code, in code shards only: the 4 digits after the kecamatan's code and a dot, the
   * full dotted code, or ''. Name shards leave it out (it would add a fifth to their size).
   */
  kemendagri?: string[];
  /**
   * Rows (positions in this shard, ascending) of desa that have no polygon (Kemendagri's list only;
   * see `DesaNoPolygon`): found like any desa, opened at their kecamatan. Absent when none.
   */
  noPolygon?: number[];
}

/** How a result matched, best first. */
export type MatchKind = 'exact' | 'prefix' | 'word' | 'parent' | 'substring' | 'typo' | 'code';

/** One search result; assignable to the page's older `SearchEntry` (kode, kemendagri, level, name, parentName). */
export interface SearchResult {
  kode: string;
  /** Kemendagri code; '' when unknown, and for desa found by name before their code shard was loaded. */
  kemendagri: string;
  level: Level;
  name: string;
  /** Display name of the direct parent ('' for provinsi). */
  parentName: string;
  /** Names of the ancestors ('' where the level has none: a kabupaten has no kecamatan). */
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  match: MatchKind;
  /** A desa without a polygon is not a map region: the key of its kecamatan, which the page opens instead (and says so). Absent for every other result. */
  opensAt?: string;
}
