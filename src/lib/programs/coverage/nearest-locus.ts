import { INTERVENTION_TYPES, type InterventionType, type ProgramLocus } from '../types.ts';

/** Mean Earth radius (km), as turf uses in the pipeline's `haversineKm`. */
const EARTH_KM = 6371.0088;
/** km per degree of latitude. */
const KM_PER_DEG = (Math.PI * EARTH_KM) / 180;

/** Great-circle distance in km (the page has no turf; the formula is the pipeline's). */
export function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Locus positions in a uniform grid of `cell`-km squares (planar km, below), searched ring by ring
 * outwards from the query's cell. Hand-written rather than Flatbush's `neighbors`: that allocates
 * a queue per query and took 0.9 s for 77,000 desa × 10,000 loci; the grid takes tens of ms.
 */
interface PointGrid {
  cell: number;
  x0: number;
  y0: number;
  nx: number;
  ny: number;
  /** Points of cell c are order[start[c] … start[c+1]). */
  start: Int32Array;
  order: Int32Array;
  x: Float64Array;
  y: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
}

/**
 * Grid cell sizes (km): a fine grid searched a few rings out, then a coarse one for places far from
 * any locus (Papua's desa are hundreds of km from the nearest training centre); and the most cells
 * a grid may have (a stray locus far away widens the cells).
 */
const CELL_KM = 25;
const COARSE_KM = 400;
const FINE_RINGS = 6;
const MAX_CELLS = 1_000_000;

function grid(points: { lon: number; lat: number }[], cellKm: number): PointGrid | null {
  const n = points.length;
  if (!n) return null;
  const x = new Float64Array(n), y = new Float64Array(n), lon = new Float64Array(n), lat = new Float64Array(n);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  points.forEach((p, i) => {
    x[i] = px(p.lon, p.lat);
    y[i] = py(p.lat);
    lon[i] = p.lon;
    lat[i] = p.lat;
    x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]); y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i]);
  });
  let cell = cellKm;
  while (Math.ceil((x1 - x0 + 1) / cell) * Math.ceil((y1 - y0 + 1) / cell) > MAX_CELLS) cell *= 2;
  const nx = Math.ceil((x1 - x0 + 1) / cell), ny = Math.ceil((y1 - y0 + 1) / cell);
  const cellOf = (i: number) => Math.floor((y[i] - y0) / cell) * nx + Math.floor((x[i] - x0) / cell);
  const start = new Int32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) start[cellOf(i) + 1]++;
  for (let c = 0; c < nx * ny; c++) start[c + 1] += start[c];
  const fill = start.slice(0, nx * ny);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[cellOf(i)]++] = i;
  return { cell, x0, y0, nx, ny, start, order, x, y, lon, lat };
}

/** Index of the point nearest to planar (qx, qy), −1 when there is none, −2 when not sure within `rings` rings. */
function nearestIn(g: PointGrid, qx: number, qy: number, rings = Infinity): number {
  const cx = Math.floor((qx - g.x0) / g.cell), cy = Math.floor((qy - g.y0) / g.cell);
  let best = -1, bestD = Infinity;
  const maxR = Math.max(g.nx, g.ny) + Math.abs(cx) + Math.abs(cy);
  for (let r = 0; r <= maxR; r++) {
    // Every point in ring r or beyond is at least (r − 1) cells away.
    if (best >= 0 && ((r - 1) * g.cell) ** 2 > bestD) break;
    if (r > rings) return -2;
    for (let gy = cy - r; gy <= cy + r; gy++) {
      if (gy < 0 || gy >= g.ny) continue;
      const edge = gy === cy - r || gy === cy + r;
      for (let gx = cx - r; gx <= cx + r; gx += edge ? 1 : 2 * r || 1) {
        if (gx < 0 || gx >= g.nx) continue;
        const c = gy * g.nx + gx;
        for (let k = g.start[c]; k < g.start[c + 1]; k++) {
          const i = g.order[k];
          const d = (g.x[i] - qx) ** 2 + (g.y[i] - qy) ** 2;
          if (d < bestD) { bestD = d; best = i; }
        }
      }
    }
  }
  return best;
}

/** Nearest-locus lookup over the loci passing the filters, overall and per intervention type. */
export interface NearestLoci {
  all: Grids | null;
  byType: Partial<Record<InterventionType, Grids>>;
}

/** The fine and the coarse grid of one set of points. */
interface Grids {
  fine: PointGrid;
  coarse: PointGrid;
}

function grids(points: { lon: number; lat: number }[]): Grids | null {
  const fine = grid(points, CELL_KM), coarse = grid(points, COARSE_KM);
  return fine && coarse ? { fine, coarse } : null;
}

// Planar coordinates in km (equirectangular about 2.5° S, the middle of Indonesia): x = lon ·
// cos(2.5°) · km/°, y = lat · km/°. Between 11° S and 6° N this is within 2% of the great circle;
// the distance given is measured with haversine to the point found.
const COS_REF = Math.cos((2.5 * Math.PI) / 180);
const px = (lon: number, _lat: number) => lon * COS_REF * KM_PER_DEG;
const py = (lat: number) => lat * KM_PER_DEG;

/**
 * Whether a locus is a place (a distance to it means something): located by coordinates, or at a
 * desa. A program for a whole kecamatan, kabupaten or province is an area: its label point is no
 * place of the program, so distances are never measured to it (inside the area the distance is 0,
 * from the coverage's `wholeTypes`).
 */
export const isPlaceLocus = (p: Partial<Pick<ProgramLocus, 'locatedBy' | 'level'>>): boolean => p.locatedBy !== 'region' || p.level === undefined || p.level === 'desa';

/**
 * Index the loci kept by `mask` (all when undefined) that are places (`isPlaceLocus`: coordinates,
 * or a desa's label point, where the map draws them) for distance-to-nearest queries.
 */
export function indexNearest(loci: readonly (Pick<ProgramLocus, 'lon' | 'lat' | 'intervention'> & Partial<Pick<ProgramLocus, 'locatedBy' | 'level'>>)[], mask?: Uint8Array): NearestLoci {
  const kept = loci.filter((p, k) => (!mask || mask[k]) && isPlaceLocus(p) && Number.isFinite(p.lon) && Number.isFinite(p.lat));
  const byType: NearestLoci['byType'] = {};
  for (const t of INTERVENTION_TYPES) {
    const mine = kept.filter((p) => p.intervention === t);
    const g = grids(mine);
    if (g) byType[t] = g;
  }
  return { all: grids(kept), byType };
}

/** Index of the nearest point of `g` to planar (x, y) and the grid holding it, or null. */
function nearestOf(g: Grids, x: number, y: number): { grid: PointGrid; i: number } | null {
  const i = nearestIn(g.fine, x, y, FINE_RINGS);
  if (i >= 0) return { grid: g.fine, i };
  const j = i === -2 ? nearestIn(g.coarse, x, y) : -1;
  return j >= 0 ? { grid: g.coarse, i: j } : null;
}

/** Distance in km from (lon, lat) to the nearest indexed locus (of `type`, or any); null when there is none. */
export function nearestKm(ix: NearestLoci, lon: number, lat: number, type?: InterventionType): number | null {
  const g = type ? ix.byType[type] : ix.all;
  if (!g) return null;
  const hit = nearestOf(g, px(lon, lat), py(lat));
  return hit ? haversine(lon, lat, hit.grid.lon[hit.i], hit.grid.lat[hit.i]) : null;
}
