/**
 * Bounding box that contains all of Indonesia with a margin (degrees): westernmost Pulau Rondo
 * ≈ 95.0°E, easternmost the Papua New Guinea border ≈ 141.0°E, northernmost Miangas ≈ 5.6°N and
 * Rondo ≈ 6.1°N, southernmost Pulau Ndana ≈ 11.0°S. Points outside it cannot be in Indonesia.
 */
export const INDONESIA_BOUNDS = { minLon: 94.5, maxLon: 141.5, minLat: -11.5, maxLat: 6.5 } as const;

/** Verdict on a coordinate pair, before any point-in-polygon test. */
export type CoordinateCheck = 'ok' | 'swapped' | 'outside';

const inLon = (v: number) => v >= INDONESIA_BOUNDS.minLon && v <= INDONESIA_BOUNDS.maxLon;
const inLat = (v: number) => v >= INDONESIA_BOUNDS.minLat && v <= INDONESIA_BOUNDS.maxLat;

/**
 * `ok` when (lon, lat) lies in {@link INDONESIA_BOUNDS}; `swapped` when it does not but (lat, lon)
 * would (the columns were exchanged; we report it and never swap silently); `outside` otherwise.
 */
export function checkCoordinates(lon: number, lat: number): CoordinateCheck {
  if (inLon(lon) && inLat(lat)) return 'ok';
  if (inLon(lat) && inLat(lon)) return 'swapped';
  return 'outside';
}
