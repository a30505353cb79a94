import { LEVELS, type Level, type Region } from '../types.ts';

/**
 * The columns of one level the program code needs, structurally the same as
 * `public/data/regions/{level}.json` (extra columns are ignored). `coastal` is 0/1 or boolean;
 * `lon`/`lat` are the label point, null or NaN when the region has no polygon.
 */
export interface LevelColumns {
  kode: string[];
  kemendagri: string[];
  name: string[];
  parent: string[];
  coastal?: (0 | 1 | boolean)[];
  lon: (number | null)[];
  lat: (number | null)[];
}

/**
 * Regions of all four levels indexed for the importer, placement, coverage and the gap finder.
 * Region `i` of a level is row `i` of that level's columns; typed arrays are indexed the same way.
 */
export interface RegionLookup {
  levels: Record<Level, LevelColumns>;
  /** kodeBps → row, per level. */
  byBps: Record<Level, Map<string, number>>;
  /** Kemendagri code without dots (`5301242002`) → level and row. */
  byKemendagri: Map<string, { level: Level; index: number }>;
  /** Row of the parent region in the level above (−1 for provinsi or an unknown parent). */
  parentIndex: Record<Level, Int32Array>;
  /** 1 where the region touches the sea. */
  coastal: Record<Level, Uint8Array>;
}

const EMPTY: LevelColumns = { kode: [], kemendagri: [], name: [], parent: [], lon: [], lat: [] };

/** Index regions given as per-level columns (missing levels are empty). */
export function buildRegionLookup(levels: Partial<Record<Level, LevelColumns>>): RegionLookup {
  const cols = {} as Record<Level, LevelColumns>;
  const byBps = {} as Record<Level, Map<string, number>>;
  const parentIndex = {} as Record<Level, Int32Array>;
  const coastal = {} as Record<Level, Uint8Array>;
  const byKemendagri = new Map<string, { level: Level; index: number }>();
  LEVELS.forEach((level, li) => {
    const c = levels[level] ?? EMPTY;
    cols[level] = c;
    const map = new Map<string, number>();
    c.kode.forEach((k, i) => map.set(k, i));
    byBps[level] = map;
    c.kemendagri.forEach((k, i) => {
      if (k) byKemendagri.set(k.replace(/\./g, ''), { level, index: i });
    });
    const up = li > 0 ? byBps[LEVELS[li - 1]] : undefined;
    const pi = new Int32Array(c.kode.length).fill(-1);
    if (up) c.parent.forEach((p, i) => (pi[i] = up.get(p) ?? -1));
    parentIndex[level] = pi;
    coastal[level] = Uint8Array.from(c.coastal ?? [], (v) => (v ? 1 : 0));
    if (coastal[level].length !== c.kode.length) coastal[level] = new Uint8Array(c.kode.length);
  });
  return { levels: cols, byBps, byKemendagri, parentIndex, coastal };
}

/** Index regions given as rows (`Region` from `regions.csv`). */
export function regionLookupFromRegions(regions: Iterable<Region>): RegionLookup {
  const levels = {} as Record<Level, LevelColumns & { coastal: boolean[] }>;
  for (const l of LEVELS) levels[l] = { kode: [], kemendagri: [], name: [], parent: [], coastal: [], lon: [], lat: [] };
  for (const r of regions) {
    const c = levels[r.level];
    c.kode.push(r.kodeBps);
    c.kemendagri.push(r.kodeKemendagri);
    c.name.push(r.name);
    c.parent.push(r.parentKodeBps);
    c.coastal.push(r.coastal);
    c.lon.push(r.lon);
    c.lat.push(r.lat);
  }
  return buildRegionLookup(levels);
}

/** Row indices of a region and its ancestors, coarsest first (−1 where unknown); `level` is the region's own level. */
export function ancestorRows(lookup: RegionLookup, level: Level, index: number): Record<Level, number> {
  const out = { provinsi: -1, kabupaten: -1, kecamatan: -1, desa: -1 } as Record<Level, number>;
  let li = LEVELS.indexOf(level);
  let i = index;
  while (li >= 0 && i >= 0) {
    out[LEVELS[li]] = i;
    i = lookup.parentIndex[LEVELS[li]][i];
    li--;
  }
  return out;
}

/** Label point of a region, or undefined when it has none (no polygon in the boundary source). */
export function labelPoint(lookup: RegionLookup, level: Level, index: number): [number, number] | undefined {
  const lon = lookup.levels[level].lon[index], lat = lookup.levels[level].lat[index];
  return lon == null || lat == null || Number.isNaN(lon) || Number.isNaN(lat) ? undefined : [lon, lat];
}
