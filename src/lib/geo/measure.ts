import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two lon/lat points, in km. */
export function haversineKm(a: Position, b: Position): number {
  const dLat = (b[1] - a[1]) * RAD, dLon = (b[0] - a[0]) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Signed spherical area of a ring in km² (positive for counter-clockwise in lon/lat). */
export function ringAreaKm2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [l1, p1] = ring[i], [l2, p2] = ring[i + 1];
    sum += (l2 - l1) * RAD * (2 + Math.sin(p1 * RAD) + Math.sin(p2 * RAD));
  }
  return (sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2;
}

/** Area of a polygon in km²: outer ring minus holes, whatever their winding. */
export function polygonAreaKm2(rings: Position[][]): number {
  if (!rings.length) return 0;
  let a = Math.abs(ringAreaKm2(rings[0]));
  for (let i = 1; i < rings.length; i++) a -= Math.abs(ringAreaKm2(rings[i]));
  return Math.max(0, a);
}

/** Area of a Polygon or MultiPolygon in km² (0 for null). */
export function areaKm2(g: Polygon | MultiPolygon | null): number {
  if (!g) return 0;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((s, p) => s + polygonAreaKm2(p), 0);
}
