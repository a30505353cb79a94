import { LEVELS, type Level } from '../types.ts';
import { levelOfKemendagri } from './level-of.ts';
import { emptyColumns, type RegionColumns } from './region-columns.ts';

/**
 * The one index of the regions loaded so far, shared by the importers, placement, coverage, the
 * gap finder and the page. Region `i` of a level is row `i` of that level's columns; the typed
 * arrays are indexed the same way. It is immutable: `withLevel` returns a new lookup that shares
 * every other level's indexes, so a page can hold it as a snapshot and compare by identity.
 */
export interface RegionLookup {
  /** Levels whose rows are in the lookup. */
  readonly loaded: ReadonlySet<Level>;
  readonly levels: Readonly<Record<Level, RegionColumns>>;
  /** Region key (`Region.kode`: a BPS code, or a dotted Kemendagri code for kecamatan and desa) → row, per level. */
  readonly byBps: Readonly<Record<Level, ReadonlyMap<string, number>>>;
  /** Kemendagri code without dots (`5301242002`) → row, per level. */
  readonly byKemendagri: Readonly<Record<Level, ReadonlyMap<string, number>>>;
  /** Row of the parent region in the level above (−1 for provinsi or a parent not loaded/unknown). */
  readonly parentIndex: Readonly<Record<Level, Int32Array>>;
  /** Rows of a level by the key of their parent. */
  readonly children: Readonly<Record<Level, ReadonlyMap<string, readonly number[]>>>;
  /** 1 where the region touches the sea. */
  readonly coastal: Readonly<Record<Level, Uint8Array>>;
}

const perLevel = <T>(make: () => T) => Object.fromEntries(LEVELS.map((l) => [l, make()])) as Record<Level, T>;

/** A lookup with no region loaded. */
export function emptyLookup(): RegionLookup {
  return {
    loaded: new Set(),
    levels: perLevel(emptyColumns),
    byBps: perLevel(() => new Map()),
    byKemendagri: perLevel(() => new Map()),
    parentIndex: perLevel(() => new Int32Array(0)),
    children: perLevel(() => new Map()),
    coastal: perLevel(() => new Uint8Array(0)),
  };
}

function parentRows(cols: RegionColumns, up: ReadonlyMap<string, number> | undefined): Int32Array {
  const pi = new Int32Array(cols.kode.length).fill(-1);
  if (up) cols.parent.forEach((p, i) => (pi[i] = up.get(p) ?? -1));
  return pi;
}

/**
 * The lookup with one more level (or a level replaced). Only that level is indexed, plus the
 * parent rows of the level below when it is already loaded; the other levels are shared.
 */
export function withLevel(lookup: RegionLookup, level: Level, cols: RegionColumns): RegionLookup {
  const li = LEVELS.indexOf(level);
  const byBps = new Map<string, number>();
  const byKemendagri = new Map<string, number>();
  const children = new Map<string, number[]>();
  cols.kode.forEach((k, i) => {
    byBps.set(k, i);
    const kem = cols.kemendagri[i];
    if (kem) byKemendagri.set(kem.replace(/\./g, ''), i);
    const p = cols.parent[i];
    if (p) (children.get(p) ?? children.set(p, []).get(p)!).push(i);
  });
  const out = {
    loaded: new Set([...lookup.loaded, level]),
    levels: { ...lookup.levels, [level]: cols },
    byBps: { ...lookup.byBps, [level]: byBps },
    byKemendagri: { ...lookup.byKemendagri, [level]: byKemendagri },
    parentIndex: { ...lookup.parentIndex, [level]: parentRows(cols, li > 0 ? lookup.byBps[LEVELS[li - 1]] : undefined) },
    children: { ...lookup.children, [level]: children },
    coastal: { ...lookup.coastal, [level]: Uint8Array.from(cols.coastal, (v) => (v ? 1 : 0)) },
  };
  const below = LEVELS[li + 1];
  if (below && lookup.loaded.has(below)) out.parentIndex[below] = parentRows(lookup.levels[below], byBps);
  return out;
}

/** Index regions given as per-level columns (missing levels stay not loaded). */
export function buildRegionLookup(levels: Partial<Record<Level, RegionColumns>>): RegionLookup {
  return LEVELS.reduce((lk, l) => (levels[l] ? withLevel(lk, l, levels[l]) : lk), emptyLookup());
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
  return lon === null || lat === null ? undefined : [lon, lat];
}

/** Level and row of a Kemendagri code (with or without dots), if its level is loaded and it exists. */
export function findKemendagri(lookup: RegionLookup, kode: string): { level: Level; index: number } | undefined {
  const level = levelOfKemendagri(kode);
  const index = level ? lookup.byKemendagri[level].get(kode.replace(/\./g, '')) : undefined;
  return level && index !== undefined ? { level, index } : undefined;
}
