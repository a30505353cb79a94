import type { Feature, FeatureCollection, Point } from 'geojson';
import { DataError } from '../../errors.ts';
import { DATA_LAYOUT } from '../../data-layout.ts';
import type { ProgramsMetadata } from '../metadata.ts';
import { INTERVENTION_TYPES, type ProgramLocus } from '../types.ts';

/** Properties of a feature of `public/data/programs.geojson`: a `ProgramLocus` without lon/lat. */
export type LocusProperties = Omit<ProgramLocus, 'lon' | 'lat'>;

/**
 * Placed loci as a FeatureCollection of points (coordinates rounded to 6 decimals), properties =
 * the locus; `metadata` (what the data covers) is written as a foreign member when given.
 */
export function lociToGeojson(loci: readonly ProgramLocus[], metadata?: ProgramsMetadata): FeatureCollection<Point, LocusProperties> & { metadata?: ProgramsMetadata } {
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    type: 'FeatureCollection',
    ...(metadata ? { metadata } : {}),
    features: loci.map(({ lon, lat, ...props }): Feature<Point, LocusProperties> => ({
      type: 'Feature',
      id: props.id,
      geometry: { type: 'Point', coordinates: [r6(lon), r6(lat)] },
      properties: props,
    })),
  };
}

/**
 * Read `programs.geojson` as written by the pipeline (already validated and placed) back into
 * loci. Throws `DataError` naming `file` when the shape is not what {@link lociToGeojson} writes;
 * with `onBad` (the page), a bad feature is handed to it and skipped, the valid ones kept — one
 * damaged feature on the server no longer drops every shipped locus.
 */
export function lociFromGeojson(doc: unknown, file: string = DATA_LAYOUT.programs, onBad?: (e: DataError) => void): ProgramLocus[] {
  const fc = doc as FeatureCollection<Point, LocusProperties>;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new DataError(`${file}: expected a FeatureCollection`, { file });
  return fc.features.flatMap((f, i) => {
    const p = f?.properties;
    const c = f?.geometry?.coordinates;
    if (!p || !Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1]) || typeof p.id !== 'string' || !(INTERVENTION_TYPES as readonly string[]).includes(p.intervention)) {
      const e = new DataError(`${file} feature ${i + 1}: not a program locus (needs Point geometry, "id" and a known "intervention")`, { file, row: i + 1 });
      if (!onBad) throw e;
      onBad(e);
      return [];
    }
    return [{ ...p, years: p.years ?? [], lon: c[0], lat: c[1] }];
  });
}
