import { LEVELS, type Level } from '../types.ts';
import { levelOf } from './level-of.ts';
import type { Region } from './region.ts';
import type { RegionLookup } from './region-lookup.ts';

/** Row `index` of `level` as a `Region` (a view: built on demand, never stored). */
export function regionAt(lookup: RegionLookup, level: Level, index: number): Region {
  const c = lookup.levels[level];
  return {
    level, kode: c.kode[index], kemendagri: c.kemendagri[index] ?? '', name: c.name[index], parent: c.parent[index] ?? '',
    coastal: c.coastal[index] === 1, coastlineKm: c.coastlineKm[index] ?? 0, areaKm2: c.areaKm2[index] ?? 0, lon: c.lon[index] ?? null, lat: c.lat[index] ?? null,
  };
}

/** The region with BPS code `kode`, or undefined when its level is not loaded or it does not exist. */
export function regionOf(lookup: RegionLookup, kode: string): Region | undefined {
  const level = levelOf(kode);
  const i = level ? lookup.byBps[level].get(kode) : undefined;
  return level && i !== undefined ? regionAt(lookup, level, i) : undefined;
}

/** Name of a region by BPS code ('' when unknown). */
export function nameOf(lookup: RegionLookup, kode: string): string {
  const level = levelOf(kode);
  const i = level ? lookup.byBps[level].get(kode) : undefined;
  return level && i !== undefined ? lookup.levels[level].name[i] : '';
}

/** The loaded children of a region ('' for the provinces), in file order. */
export function childrenOf(lookup: RegionLookup, kode: string): Region[] {
  if (kode === '') return regionsOf(lookup, 'provinsi');
  const level = LEVELS[LEVELS.indexOf(levelOf(kode) ?? 'desa') + 1];
  if (!level) return [];
  return (lookup.children[level].get(kode) ?? []).map((i) => regionAt(lookup, level, i));
}

/** All loaded regions of a level, in file order. */
export function regionsOf(lookup: RegionLookup, level: Level): Region[] {
  return lookup.levels[level].kode.map((_, i) => regionAt(lookup, level, i));
}
