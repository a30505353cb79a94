import type { Level } from '../../types.ts';
import type { Coverage } from './coverage.ts';
import { nearestKm, type NearestLoci } from './nearest-locus.ts';
import { INTERVENTION_TYPES, type InterventionType } from '../types.ts';

/** Distances (km) from a region to the nearest program: any type, and per type with whether a program covers the region as a whole. */
export interface RegionNearest {
  /** Nearest program of any type; 0 when one covers the region as a whole; null when there is none. */
  km: number | null;
  byType: Partial<Record<InterventionType, { km: number; whole: boolean }>>;
}

/**
 * How far region row `r` of `level` is from the programs passing the filters: 0 for a type that
 * covers it as a whole (a program for the region itself or an area-wide program of a kecamatan,
 * kabupaten/kota or province it lies in: `Coverage.wholeTypes`, used when `countAreaWide`);
 * otherwise from its label point (`lon`, `lat`) to the nearest place locus (`indexNearest`:
 * coordinates or a desa, never an area's label point). The gap table and the region panel both say these.
 */
export function regionNearest(coverage: Coverage, level: Level, r: number, lon: number | null, lat: number | null, nearest: NearestLoci | undefined, countAreaWide: boolean): RegionNearest {
  const whole = countAreaWide ? coverage[level].wholeTypes[r] : 0;
  const at = nearest && lon !== null && lat !== null;
  const byType: RegionNearest['byType'] = {};
  INTERVENTION_TYPES.forEach((t, i) => {
    const covered = ((whole >> i) & 1) === 1;
    const km = covered ? 0 : at ? nearestKm(nearest, lon, lat, t) : null;
    if (km !== null) byType[t] = { km, whole: covered };
  });
  return { km: whole ? 0 : at ? nearestKm(nearest, lon, lat) : null, byType };
}
