import { DataError } from '../errors.ts';
import { DATA_LAYOUT } from '../data-layout.ts';
import { checkColumns } from './check-columns.ts';
import { findOldCode } from './find-old-code.ts';
import { findRegions } from './find-regions.ts';
import { readOldCodeShard } from '../regions/read-old-code-shard.ts';
import { SearchData } from './search-data.ts';
import { shardsForQuery } from './shards-for-query.ts';
import { SEARCH_FORMAT, type DesaShard, type SearchCore, type SearchResult } from './types.ts';

/** Region search over `public/data/search/`, loading shards as queries need them. */
export interface RegionSearch {
  /** Results for `query` (best first, at most `limit`, default 20) once the shards it needs are loaded. */
  search(query: string, limit?: number): Promise<SearchResult[]>;
  /**
   * Results from what is loaded now, without fetching: [] before the core has arrived, and no desa
   * from shards still on their way. For instant feedback while `search` waits.
   */
  searchLoaded(query: string, limit?: number): SearchResult[];
  /** Fetch `search/core.json` (about 50 KB gzip) ahead of the first query, e.g. on focus. */
  preload(): Promise<void>;
}

const CORE = DATA_LAYOUT.searchCore;

/**
 * Create a region search that reads its files through `fetchJson(path)` (paths relative to the
 * data folder, e.g. `search/desa/b.json`; resolve to the parsed JSON). Each file is fetched once;
 * a failed fetch is forgotten so the next query retries it. Files of the wrong shape reject with
 * a `DataError` naming the file.
 */
export function createSearch(fetchJson: (path: string) => Promise<unknown>): RegionSearch {
  let data: SearchData | undefined;
  let corePromise: Promise<SearchData> | undefined;
  const shards = new Map<string, Promise<void>>();
  const loaded = new Set<string>();

  const core = (): Promise<SearchData> => {
    if (!corePromise) {
      corePromise = fetchJson(CORE).then((json) => (data = new SearchData(readCore(json))));
      corePromise.catch(() => (corePromise = undefined));
    }
    return corePromise;
  };

  const shard = (d: SearchData, path: string): Promise<void> => {
    let p = shards.get(path);
    if (!p) {
      p = fetchJson(path).then((json) => {
        d.addDesa(readShard(json, path, d.core.kecamatan.kode.length));
        loaded.add(path);
      });
      p.catch(() => shards.delete(path));
      shards.set(path, p);
    }
    return p;
  };

  return {
    async search(query, limit = 20) {
      const d = await core();
      const need = shardsForQuery(d, query);
      await Promise.all(need.paths.map((path) => shard(d, path)));
      const found = findRegions(d, query, { limit, letters: new Set(need.letters) });
      // An old BPS kecamatan/desa code (GADM era) that is no key any more: its region first.
      const old = await findOldCode(d, query, { aliases: (kab) => fetchJson(DATA_LAYOUT.oldCodes(kab)).then((json) => readOldCodeShard(json, kab, DATA_LAYOUT.oldCodes(kab))), codeShard: (kab) => shard(d, DATA_LAYOUT.searchCodes(kab)) });
      return old === undefined || found.some((r) => r.kode === d.kode[old]) ? found : [d.result(old, 'code'), ...found].slice(0, limit);
    },
    searchLoaded(query, limit = 20) {
      if (!data) return [];
      const letters = shardsForQuery(data, query).letters.filter((l) => loaded.has(DATA_LAYOUT.searchDesa(l)));
      return findRegions(data, query, { limit, letters: new Set(letters) });
    },
    preload: () => core().then(() => undefined),
  };
}

/** `search/core.json` checked: format tag, columns, parent indexes in range. */
function readCore(json: unknown): SearchCore {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (o.format !== SEARCH_FORMAT) throw new DataError(`${CORE}: format is ${JSON.stringify(o.format)}, expected "${SEARCH_FORMAT}" (rebuild with npm run data)`, { file: CORE });
  const named = { kode: 'string', kemendagri: 'string', name: 'string' } as const;
  const provinsi = checkColumns(o.provinsi, `${CORE} provinsi`, named);
  const kabupaten = checkColumns(o.kabupaten, `${CORE} kabupaten`, { ...named, parent: 'number' });
  const kecamatan = checkColumns(o.kecamatan, `${CORE} kecamatan`, { ...named, parent: 'number' });
  inRange(kabupaten.parent, provinsi.kode.length, `${CORE} kabupaten`);
  inRange(kecamatan.parent, kabupaten.kode.length, `${CORE} kecamatan`);
  const desaShards = o.desaShards as Record<string, unknown>;
  if (typeof desaShards !== 'object' || desaShards === null || Object.values(desaShards).some((n) => typeof n !== 'number')) throw new DataError(`${CORE}: "desaShards" is not an object of counts`, { file: CORE });
  if (!Array.isArray(o.codeShards) || o.codeShards.some((k) => typeof k !== 'string')) throw new DataError(`${CORE}: "codeShards" is not an array of codes`, { file: CORE });
  return { format: SEARCH_FORMAT, provinsi, kabupaten, kecamatan, desaShards: desaShards as Record<string, number>, codeShards: o.codeShards as string[] };
}

/** A desa shard checked: columns, and kecamatan indexes (after undoing the deltas) in range. */
function readShard(json: unknown, file: string, kecamatanCount: number): DesaShard {
  const shard = checkColumns(json, file, { name: 'string', kecamatan: 'number', kode: 'string', kemendagri: 'string' }, ['kemendagri']);
  let kec = 0;
  shard.kecamatan.forEach((delta, i) => {
    kec += delta;
    if (!Number.isInteger(delta) || kec < 0 || kec >= kecamatanCount) throw new DataError(`${file}: row ${i} points to kecamatan ${kec}, outside the ${kecamatanCount} in ${CORE}`, { file, row: i, column: 'kecamatan' });
  });
  const flagged: unknown = Reflect.get(shard, 'noPolygon');
  if (flagged === undefined) return shard;
  const rows = Array.isArray(flagged) ? flagged.filter((r): r is number => Number.isInteger(r) && r >= 0 && r < shard.name.length) : [];
  if (!Array.isArray(flagged) || rows.length !== flagged.length) throw new DataError(`${file}: "noPolygon" is not a list of row numbers below ${shard.name.length}`, { file, column: 'noPolygon' });
  return { ...shard, noPolygon: rows };
}

function inRange(parents: number[], count: number, file: string): void {
  const bad = parents.findIndex((p) => !Number.isInteger(p) || p < 0 || p >= count);
  if (bad >= 0) throw new DataError(`${file}: row ${bad} has parent ${parents[bad]}, outside the ${count} rows of the level above`, { file, row: bad, column: 'parent' });
}
