import { unprojectMercator } from './unproject-mercator.ts';

/** A point to cluster: where, its intervention type and whether it is located by region. */
export interface ClusterInput {
  lon: number;
  lat: number;
  intervention: string;
  locatedBy: string;
}

/** A cluster of two or more points at one zoom. */
export interface PointCluster {
  /** Weighted centre (degrees). */
  lon: number;
  lat: number;
  /** Indexes of its points in the input. */
  leaves: number[];
  /** Points per intervention type. */
  counts: Record<string, number>;
  /** Points located by region. */
  byRegion: number;
}

/** Every point at one zoom is in exactly one cluster or is single: the counts always add up. */
export interface Clustering {
  zoom: number;
  clusters: PointCluster[];
  /** Indexes of the points drawn on their own. */
  singles: number[];
}

/** Web Mercator x, y in [0, 1] of each point, computed once per point set. */
export function projectPoints(points: readonly ClusterInput[]): Float64Array {
  const xy = new Float64Array(points.length * 2);
  projectRange(points, xy, 0, points.length);
  return xy;
}

function projectRange(points: readonly ClusterInput[], xy: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const p = points[i];
    const s = Math.sin((Math.max(-85, Math.min(85, p.lat)) * Math.PI) / 180);
    xy[2 * i] = (p.lon + 180) / 360;
    xy[2 * i + 1] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }
}

/**
 * Points at one and the same place (a region's label point: loci placed by region code), as
 * groups in order of their first point. The greedy clustering below always keeps such points
 * together (each is at distance 0 from the others), so it clusters groups: 100,000 imported loci
 * at 1,500 village label points are 1,500 groups — computed once per point set, not per zoom.
 */
export interface PointGroups {
  count: number;
  /** Points of group g: `members[start[g]]` … `members[start[g + 1] − 1]`, ascending. */
  start: Int32Array;
  members: Int32Array;
  /** Points per intervention type of each group (summed per cluster, not counted point by point at each zoom). */
  counts: Record<string, number>[];
  /** Points located by region, per group. */
  byRegion: Int32Array;
}

/** Group `points` (projected: `xy`; see {@link PointGroups}). */
export function groupPoints(points: readonly ClusterInput[], xy: Float64Array): PointGroups {
  const g = grouper(points.length);
  g.add(points, xy, 0, points.length);
  return g.result();
}

/**
 * {@link projectPoints} and {@link groupPoints} `slice` points at a time, awaiting `goOn()` before
 * each slice (the page stays responsive with 100,000 points); undefined when `goOn` says stop.
 */
export async function projectAndGroup(points: readonly ClusterInput[], goOn: () => Promise<boolean>, slice = 5_000): Promise<{ xy: Float64Array; groups: PointGroups } | undefined> {
  const xy = new Float64Array(points.length * 2);
  const g = grouper(points.length);
  for (let from = 0; from < points.length; from += slice) {
    if (!(await goOn())) return undefined;
    const to = Math.min(points.length, from + slice);
    projectRange(points, xy, from, to);
    g.add(points, xy, from, to);
  }
  return { xy, groups: g.result() };
}

function grouper(n: number) {
  const byX = new Map<number, Map<number, number>>();
  const groupOf = new Int32Array(n);
  let count = 0;
  const counts: Record<string, number>[] = [];
  const byRegion: number[] = [];
  return {
    add(points: readonly ClusterInput[], xy: Float64Array, from: number, to: number) {
      for (let i = from; i < to; i++) {
        let byY = byX.get(xy[2 * i]);
        if (!byY) byX.set(xy[2 * i], (byY = new Map()));
        let g = byY.get(xy[2 * i + 1]);
        if (g === undefined) {
          byY.set(xy[2 * i + 1], (g = count++));
          counts.push({});
          byRegion.push(0);
        }
        groupOf[i] = g;
        const p = points[i], c = counts[g];
        c[p.intervention] = (c[p.intervention] ?? 0) + 1;
        if (p.locatedBy === 'region') byRegion[g]++;
      }
    },
    result(): PointGroups {
      const start = new Int32Array(count + 1);
      for (let i = 0; i < n; i++) start[groupOf[i] + 1]++;
      for (let g = 0; g < count; g++) start[g + 1] += start[g];
      const members = new Int32Array(n);
      const fill = start.slice(0, count);
      for (let i = 0; i < n; i++) members[fill[groupOf[i]]++] = i;
      return { count, start, members, counts, byRegion: Int32Array.from(byRegion) };
    },
  };
}

/**
 * Cluster `points` for integer zoom `zoom` (MapLibre's 512-pixel world): greedy, in input order —
 * each point not yet taken gathers the untaken points within `radiusPx` of it; two or more make
 * a cluster, one stays single. Above `maxZoom` every point is single. Points at one place are
 * taken as one (`groups`, made once per point set; see `groupPoints`), and a grid of `radiusPx`
 * cells keeps it linear (100,000 points in a few milliseconds per zoom once grouped). Written here
 * rather than taken from MapLibre's clustered source: that source is read back tile by tile
 * (`querySourceFeatures`), and tiles of other zooms kept while new ones load made rings of two
 * zooms show at once, adding up to more loci than exist. This result is the whole truth for one zoom.
 */
export function clusterPoints(points: readonly ClusterInput[], xy: Float64Array, zoom: number, radiusPx: number, maxZoom: number, groups: PointGroups = groupPoints(points, xy)): Clustering {
  const z = Math.floor(zoom);
  const n = points.length;
  if (z > maxZoom) return { zoom: z, clusters: [], singles: Array.from({ length: n }, (_, i) => i) };
  const world = 512 * 2 ** z;
  const { start: gStart, members } = groups;
  const G = groups.count;
  // Grid of radius-sized cells as sorted arrays (binary search), not a Map: a Map of 100,000
  // cells took a second at street zoom. Groups are ordered by cell, then by input order, with a
  // native numeric sort of the keys and a counting sort over the distinct cells (a comparator
  // sort of 100,000 indexes took 100 ms of the page).
  const SPAN = 4194304; // 2^22 cells per axis > 512 · 2^14 / 1 px
  const keys = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    const i = members[gStart[g]];
    keys[g] = Math.floor((xy[2 * i] * world) / radiusPx) * SPAN + Math.floor((xy[2 * i + 1] * world) / radiusPx);
  }
  const all = keys.slice().sort();
  let m = 0;
  for (let k = 0; k < G; k++) if (k === 0 || all[k] !== all[k - 1]) all[m++] = all[k];
  const cells = all.subarray(0, m);
  const cellOf = (key: number) => {
    let lo = 0, hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cells[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < m && cells[lo] === key ? lo : -1;
  };
  // start[c] … start[c + 1] − 1: positions in `order` of the groups of cell c, in input order.
  const cellIx = new Int32Array(G);
  const start = new Int32Array(m + 1);
  for (let g = 0; g < G; g++) start[(cellIx[g] = cellOf(keys[g])) + 1]++;
  for (let c = 0; c < m; c++) start[c + 1] += start[c];
  const order = new Uint32Array(G);
  const fill = start.slice(0, m);
  for (let g = 0; g < G; g++) order[fill[cellIx[g]]++] = g;
  const taken = new Uint8Array(G);
  const r2 = (radiusPx / world) ** 2;
  const clusters: PointCluster[] = [];
  const singles: number[] = [];
  for (let g = 0; g < G; g++) {
    if (taken[g]) continue;
    taken[g] = 1;
    const i = members[gStart[g]];
    const x = xy[2 * i], y = xy[2 * i + 1];
    const taking = [g];
    let size = gStart[g + 1] - gStart[g];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const c = dx === 0 && dy === 0 ? cellIx[g] : cellOf(keys[g] + dx * SPAN + dy);
        if (c < 0) continue;
        for (let k = start[c]; k < start[c + 1]; k++) {
          const h = order[k];
          if (taken[h]) continue;
          const j0 = members[gStart[h]];
          const ex = xy[2 * j0] - x, ey = xy[2 * j0 + 1] - y;
          if (ex * ex + ey * ey <= r2) {
            taken[h] = 1;
            taking.push(h);
            size += gStart[h + 1] - gStart[h];
          }
        }
      }
    }
    if (size === 1) {
      singles.push(i);
      continue;
    }
    // Filled in place (sized once): 100,000 pushes into growing arrays took tens of ms per zoom.
    const leaves: number[] = new Array(size);
    let at = 0;
    for (const h of taking) for (let q = gStart[h]; q < gStart[h + 1]; q++) leaves[at++] = members[q];
    // Sums per group (points of a group share one place), not per point.
    let sx = 0, sy = 0, byRegion = 0;
    const counts: Record<string, number> = {};
    for (const h of taking) {
      const gs = gStart[h + 1] - gStart[h], j = members[gStart[h]];
      sx += gs * xy[2 * j];
      sy += gs * xy[2 * j + 1];
      byRegion += groups.byRegion[h];
      for (const t in groups.counts[h]) counts[t] = (counts[t] ?? 0) + groups.counts[h][t];
    }
    const mx = sx / leaves.length, my = sy / leaves.length;
    const [lon, lat] = unprojectMercator(mx, my);
    clusters.push({ lon, lat, leaves, counts, byRegion });
  }
  return { zoom: z, clusters, singles };
}
