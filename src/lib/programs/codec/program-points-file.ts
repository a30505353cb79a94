import { DataError } from '../../errors.ts';
import { DATA_LAYOUT } from '../../data-layout.ts';
import { levelOf } from '../../regions/level-of.ts';
import { areaOf } from '../coverage/program-area.ts';
import { INTERVENTION_TYPES, type InterventionType, type ProgramLocus } from '../types.ts';
import type { Level } from '../../types.ts';

/**
 * `public/data/programs-points.json`: only what the map draws of each shipped locus, in column
 * form (a tenth of `programs.geojson`), so the first view shows the program clusters without
 * downloading every record. The full records load when a panel, filter or the gap finder needs them.
 * Points are ordered west to east and their coordinates written as integer steps from the point
 * before (`scale` steps per degree): lossless at 5 decimals and 8.5 KB gzip instead of 13.6 KB of
 * plain decimals (the first view's bytes are budgeted against a bare MapLibre page).
 */
export interface ProgramPointsFile {
  /** Steps per degree (1e5: about 1 m). */
  scale: number;
  /** Longitude of each point minus the previous one's, in steps (the first from 0). */
  lon: number[];
  lat: number[];
  /** Index into `INTERVENTION_TYPES`. */
  type: number[];
  /** 1 when the locus is placed at its region's label point (drawn as a hollow ring). */
  byRegion: (0 | 1)[];
  /**
   * BPS code of the kecamatan, kabupaten/kota or province an area-wide locus covers (`areaOf`: the
   * map draws its outline, not a point), '' for a place (coordinates or a desa).
   */
  area: string[];
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
  /** Set for an area-wide locus only: the level and the code of the region it covers (read by `areaOf`). */
  level?: Level;
  provinsi?: string;
  kabupaten?: string;
  kecamatan?: string;
}

export function lociToPointsFile(loci: readonly ProgramLocus[], scale = 1e5): ProgramPointsFile {
  const steps = loci.map((l) => ({ x: Math.round(l.lon * scale), y: Math.round(l.lat * scale), l }));
  steps.sort((a, b) => a.x - b.x || a.y - b.y);
  const out: ProgramPointsFile = { scale, lon: [], lat: [], type: [], byRegion: [], area: [] };
  let x = 0, y = 0;
  for (const p of steps) {
    out.lon.push(p.x - x);
    out.lat.push(p.y - y);
    x = p.x;
    y = p.y;
    out.type.push(INTERVENTION_TYPES.indexOf(p.l.intervention));
    out.byRegion.push(p.l.locatedBy === 'region' ? 1 : 0);
    out.area.push(areaOf(p.l)?.kode ?? '');
  }
  return out;
}

/** Read the points file back, checking every column; throws `DataError` naming the file, column and row. */
export function pointsFromFile(json: unknown, file: string = DATA_LAYOUT.programPoints): ProgramPoint[] {
  const c = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const cols = ['lon', 'lat', 'type', 'byRegion', 'area'] as const;
  const n = Array.isArray(c.lon) ? c.lon.length : -1;
  for (const k of cols) if (!Array.isArray(c[k]) || (c[k] as unknown[]).length !== n) throw new DataError(`${file}: column "${k}" is missing or not as long as "lon"`, { file, column: k });
  const f = c as unknown as ProgramPointsFile;
  if (typeof f.scale !== 'number' || !(f.scale > 0)) throw new DataError(`${file}: "scale" is ${JSON.stringify(f.scale)}, expected steps per degree (a positive number)`, { file, column: 'scale' });
  let x = 0, y = 0;
  return f.lon.map((dx, i) => {
    x += dx;
    y += f.lat[i];
    const lon = x / f.scale, lat = y / f.scale, type = INTERVENTION_TYPES[f.type[i]];
    if (!Number.isInteger(dx) || !Number.isInteger(f.lat[i]) || Math.abs(lon) > 180 || Math.abs(lat) > 90 || !type) throw new DataError(`${file} row ${i + 1}: not a locus (${JSON.stringify([dx, f.lat[i], f.type[i]])})`, { file, row: i + 1 });
    const point: ProgramPoint = { id: '', lon, lat, intervention: type, locatedBy: f.byRegion[i] === 1 ? 'region' : 'coordinates' };
    const area = f.area[i];
    if (area === '') return point;
    const level = typeof area === 'string' ? levelOf(area) : null;
    if (!level || level === 'desa' || point.locatedBy !== 'region') throw new DataError(`${file} row ${i + 1}: "area" is ${JSON.stringify(area)}, expected '' or the BPS code of a kecamatan, kabupaten/kota or province of a locus placed by region`, { file, row: i + 1, column: 'area' });
    const withArea: ProgramPoint = { ...point, level };
    withArea[level] = area;
    return withArea;
  });
}
