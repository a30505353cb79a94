import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { polygonAreaKm2 } from './measure.ts';

/**
 * A point inside the region for labels and region-located programs: the pole of
 * inaccessibility (polylabel) of its largest part, so it never falls outside a concave shape
 * or in the sea between islands. `precision` is in degrees (default ~100 m).
 * Returns null for a null or empty geometry. (turf's pointOnFeature only promises some point on
 * the surface, not one far from the edges, which a label needs.)
 */
export function labelPoint(g: Polygon | MultiPolygon | null, precision = 0.001): Position | null {
  if (!g) return null;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Position[][] | null = null, bestArea = -1;
  for (const p of polys) {
    if (!p.length || p[0].length < 4) continue;
    const a = polygonAreaKm2(p);
    if (a > bestArea) (bestArea = a), (best = p);
  }
  if (!best) return null;
  const pt = polylabel(best as number[][][], precision);
  return [round(pt[0], 5), round(pt[1], 5)];
}

function round(x: number, d: number): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}
