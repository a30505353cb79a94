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
  points.forEach((p, i) => {
    const s = Math.sin((Math.max(-85, Math.min(85, p.lat)) * Math.PI) / 180);
    xy[2 * i] = (p.lon + 180) / 360;
    xy[2 * i + 1] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  });
  return xy;
}

/**
 * Cluster `points` for integer zoom `zoom` (MapLibre's 512-pixel world): greedy, in input order —
 * each point not yet taken gathers the untaken points within `radiusPx` of it; two or more make
 * a cluster, one stays single. Above `maxZoom` every point is single. A grid of `radiusPx` cells
 * keeps it linear (100,000 points in a few tens of milliseconds). Written here rather than taken
 * from MapLibre's clustered source: that source is read back tile by tile (`querySourceFeatures`),
 * and tiles of other zooms kept while new ones load made rings of two zooms show at once, adding
 * up to more loci than exist. This result is the whole truth for one zoom.
 */
export function clusterPoints(points: readonly ClusterInput[], xy: Float64Array, zoom: number, radiusPx: number, maxZoom: number): Clustering {
  const z = Math.floor(zoom);
  const n = points.length;
  if (z > maxZoom) return { zoom: z, clusters: [], singles: Array.from({ length: n }, (_, i) => i) };
  const world = 512 * 2 ** z;
  // Grid of radius-sized cells as sorted arrays (binary search), not a Map: a Map of 100,000
  // cells took a second at street zoom. Points are ordered by cell, then by input order, with a
  // native numeric sort of the keys and a counting sort over the distinct cells (a comparator
  // sort of 100,000 indexes took 100 ms of the page).
  const SPAN = 4194304; // 2^22 cells per axis > 512 · 2^14 / 1 px
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor((xy[2 * i] * world) / radiusPx) * SPAN + Math.floor((xy[2 * i + 1] * world) / radiusPx);
  const all = keys.slice().sort();
  let m = 0;
  for (let k = 0; k < n; k++) if (k === 0 || all[k] !== all[k - 1]) all[m++] = all[k];
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
  // start[c] … start[c + 1] − 1: positions in `order` of the points of cell c, in input order.
  const cellIx = new Int32Array(n);
  const start = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) start[(cellIx[i] = cellOf(keys[i])) + 1]++;
  for (let c = 0; c < m; c++) start[c + 1] += start[c];
  const order = new Uint32Array(n);
  const fill = start.slice(0, m);
  for (let i = 0; i < n; i++) order[fill[cellIx[i]]++] = i;
  const taken = new Uint8Array(n);
  const r2 = (radiusPx / world) ** 2;
  const clusters: PointCluster[] = [];
  const singles: number[] = [];
  for (let i = 0; i < n; i++) {
    if (taken[i]) continue;
    taken[i] = 1;
    const x = xy[2 * i], y = xy[2 * i + 1];
    const leaves = [i];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const c = dx === 0 && dy === 0 ? cellIx[i] : cellOf(keys[i] + dx * SPAN + dy);
        if (c < 0) continue;
        for (let k = start[c]; k < start[c + 1]; k++) {
          const j = order[k];
          if (taken[j]) continue;
          const ex = xy[2 * j] - x, ey = xy[2 * j + 1] - y;
          if (ex * ex + ey * ey <= r2) {
            taken[j] = 1;
            leaves.push(j);
          }
        }
      }
    }
    if (leaves.length === 1) {
      singles.push(i);
      continue;
    }
    let sx = 0, sy = 0, byRegion = 0;
    const counts: Record<string, number> = {};
    for (const j of leaves) {
      sx += xy[2 * j];
      sy += xy[2 * j + 1];
      const p = points[j];
      counts[p.intervention] = (counts[p.intervention] ?? 0) + 1;
      if (p.locatedBy === 'region') byRegion++;
    }
    const mx = sx / leaves.length, my = sy / leaves.length;
    clusters.push({ lon: mx * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI, leaves, counts, byRegion });
  }
  return { zoom: z, clusters, singles };
}
