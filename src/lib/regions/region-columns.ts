import type { Region } from './region.ts';

/**
 * One level's regions in column form, as the browser loads them (`public/data/regions/{level}.json`):
 * region `i` is row `i` of every column. `lon`/`lat` are null where the region has no polygon.
 */
export interface RegionColumns {
  kode: string[];
  kemendagri: string[];
  name: string[];
  parent: string[];
  coastal: (0 | 1)[];
  coastlineKm: number[];
  areaKm2: number[];
  lon: (number | null)[];
  lat: (number | null)[];
}

/** The columns and the type of their cells, for validating a loaded file. */
export const COLUMN_KINDS: Readonly<Record<keyof RegionColumns, 'string' | 'flag' | 'number' | 'coordinate'>> = {
  kode: 'string',
  kemendagri: 'string',
  name: 'string',
  parent: 'string',
  coastal: 'flag',
  coastlineKm: 'number',
  areaKm2: 'number',
  lon: 'coordinate',
  lat: 'coordinate',
};

export function regionsToColumns(regions: readonly Region[]): RegionColumns {
  return {
    kode: regions.map((r) => r.kode),
    kemendagri: regions.map((r) => r.kemendagri),
    name: regions.map((r) => r.name),
    parent: regions.map((r) => r.parent),
    coastal: regions.map((r) => (r.coastal ? 1 : 0)),
    coastlineKm: regions.map((r) => r.coastlineKm),
    areaKm2: regions.map((r) => r.areaKm2),
    lon: regions.map((r) => r.lon),
    lat: regions.map((r) => r.lat),
  };
}

/** Empty columns (a level not loaded yet). */
export function emptyColumns(): RegionColumns {
  return { kode: [], kemendagri: [], name: [], parent: [], coastal: [], coastlineKm: [], areaKm2: [], lon: [], lat: [] };
}
