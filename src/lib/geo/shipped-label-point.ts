import type { MultiPolygon, Polygon, Position } from 'geojson';
import { labelPoint, roundPoint } from './label-point.ts';
import { polygonAreaKm2 } from './measure.ts';
import { pointInPolygon } from './point-in-polygon.ts';

/** How a label point was found: see `shippedLabelPoint`. */
export type LabelHow = 'pole' | 'scan line' | 'collapsed';

/**
 * A label point inside the polygon as it is shipped (simplified and quantized), so the page never
 * draws a desa's label or locates a program outside its own polygon:
 * - `pole`: the pole of inaccessibility of the shipped shape's largest part;
 * - `scan line`: where that point falls outside (rings that cross after simplification), the middle
 *   of the widest inside stretch of a horizontal line across a part, largest part first;
 * - `collapsed`: the shipped shape has no inside left (null, or rings of no area): the label point
 *   of the unsimplified shape, which the caller must report.
 */
export function shippedLabelPoint(shipped: Polygon | MultiPolygon | null, source: Polygon | MultiPolygon | null): { point: Position | null; how: LabelHow } {
  if (shipped) {
    const pole = labelPoint(shipped);
    if (pole && pointInPolygon(pole, shipped)) return { point: pole, how: 'pole' };
    const parts = (shipped.type === 'Polygon' ? [shipped.coordinates] : shipped.coordinates).filter((p) => p.length && p[0].length >= 4);
    const area = new Map(parts.map((p) => [p, polygonAreaKm2(p)]));
    for (const part of parts.sort((a, b) => area.get(b)! - area.get(a)!)) {
      const p = scanLinePoint(part, shipped);
      if (p) return { point: p, how: 'scan line' };
    }
  }
  return { point: labelPoint(source), how: 'collapsed' };
}

/** Middle of the widest inside stretch of horizontal lines across the part (at 1/2, 1/4, 3/4, … of its height). */
function scanLinePoint(rings: Position[][], whole: Polygon | MultiPolygon): Position | null {
  let minY = Infinity, maxY = -Infinity;
  for (const [, y] of rings[0]) (minY = Math.min(minY, y)), (maxY = Math.max(maxY, y));
  if (!(maxY > minY)) return null;
  for (const f of [0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875, 0.0625, 0.9375]) {
    const y = minY + (maxY - minY) * f;
    const xs: number[] = [];
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      }
    xs.sort((a, b) => a - b);
    const stretches: [number, number][] = [];
    for (let i = 0; i + 1 < xs.length; i += 2) stretches.push([xs[i], xs[i + 1]]);
    for (const [a, b] of stretches.sort((s, t) => t[1] - t[0] - (s[1] - s[0]))) {
      const p = roundPoint([(a + b) / 2, y]);
      if (pointInPolygon(p, whole)) return p;
    }
  }
  return null;
}
