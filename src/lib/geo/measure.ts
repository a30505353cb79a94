import { area } from '@turf/area';
import { distance } from '@turf/distance';
import type { MultiPolygon, Polygon, Position } from 'geojson';

// Distances and areas on the sphere come from turf (pipeline only: nothing here reaches the
// browser bundle). turf uses the mean Earth radius 6371.0088 km and the same ring-area formula
// (Chamberlain & Duquette 2007) the hand-written version used, so figures are unchanged up to
// floating-point rounding. These wrappers only fix the units: km and km².

/** Great-circle (haversine) distance between two lon/lat points, in km. */
export function haversineKm(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Area of a polygon given as rings, in km²: outer ring minus holes, whatever their winding. */
export function polygonAreaKm2(rings: Position[][]): number {
  return rings.length ? Math.max(0, area({ type: 'Polygon', coordinates: rings }) / 1e6) : 0;
}

/** Area of a Polygon or MultiPolygon in km² (0 for null). */
export function areaKm2(g: Polygon | MultiPolygon | null): number {
  if (!g) return 0;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((s, p) => s + polygonAreaKm2(p), 0);
}
