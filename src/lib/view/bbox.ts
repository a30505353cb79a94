import type { Geometry } from 'geojson';

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** Bounding box of one or more geometries; undefined when there are no coordinates. */
/** Indonesia from Sabang to Merauke, Miangas to Rote: the national view. */
export const INDONESIA_BBOX: BBox = [94.5, -11.2, 141.2, 6.3];

export function bboxOf(geometries: Iterable<Geometry | null>): BBox | undefined {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else if (Array.isArray(c)) for (const d of c) visit(d);
  };
  for (const g of geometries) {
    if (!g) continue;
    if (g.type === 'GeometryCollection') for (const h of g.geometries) visit('coordinates' in h ? h.coordinates : []);
    else visit(g.coordinates);
  }
  return Number.isFinite(b[0]) ? b : undefined;
}
