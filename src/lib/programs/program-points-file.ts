import { DataError } from '../errors.ts';
import { INTERVENTION_TYPES, type InterventionType, type ProgramLocus } from './types.ts';

/**
 * `public/data/programs-points.json`: only what the map draws of each shipped locus, in column
 * form (a tenth of `programs.geojson`), so the first view shows the program clusters without
 * downloading every record. The full records load when a panel, filter or the gap finder needs them.
 */
export interface ProgramPointsFile {
  /** Coordinates rounded to 5 decimals (about 1 m). */
  lon: number[];
  lat: number[];
  /** Index into `INTERVENTION_TYPES`. */
  type: number[];
  /** 1 when the locus is placed at its region's label point (drawn as a hollow ring). */
  byRegion: (0 | 1)[];
}

/**
 * The map's point of a locus: what `programPoints` draws. No id: the records (names, programs)
 * come with the full list, and a tooltip before it arrives counts the loci without naming them.
 */
export interface ProgramPoint {
  id: '';
  lon: number;
  lat: number;
  intervention: InterventionType;
  locatedBy: ProgramLocus['locatedBy'];
}

export function lociToPointsFile(loci: readonly ProgramLocus[]): ProgramPointsFile {
  const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
  return {
    lon: loci.map((l) => r5(l.lon)),
    lat: loci.map((l) => r5(l.lat)),
    type: loci.map((l) => INTERVENTION_TYPES.indexOf(l.intervention)),
    byRegion: loci.map((l) => (l.locatedBy === 'region' ? 1 : 0)),
  };
}

/** Read the points file back, checking every column; throws `DataError` naming the file, column and row. */
export function pointsFromFile(json: unknown, file = 'programs-points.json'): ProgramPoint[] {
  const c = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const cols = ['lon', 'lat', 'type', 'byRegion'] as const;
  const n = Array.isArray(c.lon) ? c.lon.length : -1;
  for (const k of cols) if (!Array.isArray(c[k]) || (c[k] as unknown[]).length !== n) throw new DataError(`${file}: column "${k}" is missing or not as long as "lon"`, { file, column: k });
  const f = c as unknown as ProgramPointsFile;
  return f.lon.map((lon, i) => {
    const lat = f.lat[i], type = INTERVENTION_TYPES[f.type[i]];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !type) throw new DataError(`${file} row ${i + 1}: not a locus (${JSON.stringify([lon, lat, f.type[i]])})`, { file, row: i + 1 });
    return { id: '', lon, lat, intervention: type, locatedBy: f.byRegion[i] === 1 ? 'region' : 'coordinates' };
  });
}
