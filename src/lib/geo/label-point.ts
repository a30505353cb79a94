import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { polygonAreaKm2 } from './measure.ts';

/**
 * A point inside the region for labels and region-located programs: the pole of
 * inaccessibility (polylabel) of its largest part, so it never falls outside a concave shape
 * or in the sea between islands. `precision` is in degrees (default ~100 m), and never coarser
 * than a hundredth of the part's narrower side: polylabel returns the corner of the bounding box
 * for a part smaller than its precision (a market-town desa of 100 m). Rounded to 5 decimals (~1 m).
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
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of best[0]) (minX = Math.min(minX, x)), (minY = Math.min(minY, y)), (maxX = Math.max(maxX, x)), (maxY = Math.max(maxY, y));
  const side = Math.min(maxX - minX, maxY - minY);
  const pt = polylabel(best as number[][][], side > 0 ? Math.min(precision, side / 100) : precision);
  return roundPoint(pt);
}

/** A point rounded to 5 decimals (~1 m), as regions.csv stores it. */
export function roundPoint(p: Position): Position {
  return [round(p[0], 5), round(p[1], 5)];
}

function round(x: number, d: number): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}
