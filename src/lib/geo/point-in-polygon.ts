import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Even-odd ray test of a point against one ring. */
function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the polygon (holes excluded). Points on an edge may go either way. */
export function pointInPolygon(p: Position, g: Polygon | MultiPolygon): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) {
    if (!rings.length || !inRing(p[0], p[1], rings[0])) continue;
    let inHole = false;
    for (let h = 1; h < rings.length && !inHole; h++) inHole = inRing(p[0], p[1], rings[h]);
    if (!inHole) return true;
  }
  return false;
}
