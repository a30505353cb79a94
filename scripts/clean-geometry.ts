import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { Worker } from 'node:worker_threads';
import mapshaper from 'mapshaper';

/**
 * Close the gaps and remove the overlaps between neighbouring polygons with mapshaper's
 * `-clean` (gaps smaller than `gapFillKm2` go to a neighbour; vertices closer than
 * `snapDeg` are snapped). Boundary sources drawn region by region leave thousands of sliver
 * gaps; without this, dissolved kabupaten are riddled with holes and shared borders do not
 * share arcs. A feature that `-clean` empties keeps its original geometry (counted in `kept`).
 *
 * `groupOf` splits the features into groups that share no border (islands apart), cleaned at
 * the same time in worker threads: the result is the same as one pass (nothing to snap or fill
 * between groups), in about half the time on two cores (-clean is most of the boundary stage).
 */
export async function cleanFeatures<F extends { geometry: Polygon | MultiPolygon }>(features: F[], opts: { gapFillKm2: number; snapDeg: number; groupOf?: (f: F) => string }): Promise<{ features: F[]; kept: number }> {
  const groups = new Map<string, number[]>();
  features.forEach((f, i) => {
    const k = opts.groupOf ? opts.groupOf(f) : '';
    const g = groups.get(k);
    g ? g.push(i) : groups.set(k, [i]);
  });
  const geom = new Map<number, Polygon | MultiPolygon>();
  await Promise.all([...groups.values()].map(async (idx) => {
    const input: FeatureCollection = { type: 'FeatureCollection', features: idx.map((i) => ({ type: 'Feature', properties: { i }, geometry: features[i].geometry })) };
    const cmd = `-i in.json -clean gap-fill-area=${opts.gapFillKm2}km2 snap-interval=${opts.snapDeg} -o out.json format=geojson`;
    const text = JSON.stringify(input);
    const cleaned = JSON.parse(groups.size > 1 ? await inWorker(cmd, text) : String((await mapshaper.applyCommands(cmd, { 'in.json': text }))['out.json'])) as FeatureCollection;
    for (const f of cleaned.features) {
      if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
      const g = dropSlivers(rewind(f.geometry));
      if (g) geom.set((f.properties as { i: number }).i, g);
    }
  }));
  let kept = 0;
  const result = features.map((f, i) => {
    const g = geom.get(i);
    if (!g) kept++;
    return g ? { ...f, geometry: g } : f;
  });
  return { features: result, kept };
}

/** One mapshaper command in a worker thread (`clean-worker.mjs`): GeoJSON text in, GeoJSON text out. */
function inWorker(cmd: string, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./clean-worker.mjs', import.meta.url));
    w.once('message', (m: { text?: string; error?: string }) => {
      void w.terminate();
      m.text !== undefined ? resolve(m.text) : reject(new Error(`mapshaper -clean failed in a worker: ${m.error}`));
    });
    w.once('error', reject);
    w.postMessage({ cmd, input });
  });
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
