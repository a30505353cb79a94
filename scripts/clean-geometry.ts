import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';

/**
 * Close the gaps and remove the overlaps between neighbouring polygons with mapshaper's
 * `-clean` (gaps smaller than `gapFillKm2` go to a neighbour; vertices closer than
 * `snapDeg` are snapped). Boundary sources drawn region by region leave thousands of sliver
 * gaps; without this, dissolved kabupaten are riddled with holes and shared borders do not
 * share arcs. A feature that `-clean` empties keeps its original geometry (counted in `kept`).
 */
export async function cleanFeatures<F extends { geometry: Polygon | MultiPolygon }>(features: F[], opts: { gapFillKm2: number; snapDeg: number }): Promise<{ features: F[]; kept: number }> {
  const input: FeatureCollection = { type: 'FeatureCollection', features: features.map((f, i) => ({ type: 'Feature', properties: { i }, geometry: f.geometry })) };
  const cmd = `-i in.json -clean gap-fill-area=${opts.gapFillKm2}km2 snap-interval=${opts.snapDeg} -o out.json format=geojson`;
  const out = await mapshaper.applyCommands(cmd, { "in.json": JSON.stringify(input) });
  const cleaned = JSON.parse(out['out.json']) as FeatureCollection;
  const geom = new Map<number, Polygon | MultiPolygon>();
  for (const f of cleaned.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const g = dropSlivers(rewind(f.geometry));
    if (g) geom.set((f.properties as { i: number }).i, g);
  }
  let kept = 0;
  const result = features.map((f, i) => {
    const g = geom.get(i);
    if (!g) kept++;
    return g ? { ...f, geometry: g } : f;
  });
  return { features: result, kept };
}

/** Planar signed area of a ring in lon/lat (positive: counter-clockwise). */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

/**
 * Wind exterior rings clockwise and holes counter-clockwise, as the source (GADM) does and as
 * topojson-client's `merge` expects; mapshaper writes the opposite winding.
 */
export function rewind(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const fix = (rings: Position[][]) => rings.map((r, i) => ((i === 0) === signedArea(r) > 0 ? [...r].reverse() : r));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: fix(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
}

/** Rings smaller than this (degrees², ~120 m²) are slivers that -clean leaves behind. */
const SLIVER_DEG2 = 1e-8;

/**
 * Drop zero-area parts and holes (4-point slivers) that `-clean` can leave; they make
 * topojson's `merge` stitch broken rings. Returns null when nothing real is left.
 */
export function dropSlivers(g: Polygon | MultiPolygon): MultiPolygon | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .filter((p) => Math.abs(signedArea(p[0])) >= SLIVER_DEG2)
    .map(([outer, ...holes]) => [outer, ...holes.filter((h) => Math.abs(signedArea(h)) >= SLIVER_DEG2)]);
  return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
}
