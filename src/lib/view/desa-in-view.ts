import type { BBox } from './bbox.ts';

/** When and how many desa chunks the map loads for whatever is in view (see `desaInView`). */
export const DESA_VIEW_DEFAULTS = {
  /** Desa are drawn from this zoom on (below it, they are too small to tell apart). */
  minZoom: 8,
  /** At most this many kabupaten chunks for one view, nearest to the centre first (bytes stay bounded at z8 over Java). */
  maxChunks: 12,
  /** Pixels of one world width at zoom 0 (MapLibre's tile size). */
  tileSize: 512,
};

export type DesaViewOptions = typeof DESA_VIEW_DEFAULTS;

/** The camera as the map reports it: centre longitude, latitude (degrees) and zoom. */
export type Camera = readonly [lon: number, lat: number, zoom: number];

/** The geographic box a Web Mercator map of `width` × `height` CSS px shows around `camera`. */
export function viewBox([lon, lat, zoom]: Camera, width: number, height: number, tileSize = DESA_VIEW_DEFAULTS.tileSize): BBox {
  const world = tileSize * 2 ** zoom;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * world;
  const latOf = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI;
  const half = ((width / 2) * 360) / world;
  return [lon - half, latOf(y + height / 2), lon + half, latOf(y - height / 2)];
}

/** Squared distance (degrees², longitude scaled by cos(lat)) from a point to a box; 0 inside it. */
function distance2([lon, lat]: readonly [number, number], [w, s, e, n]: BBox): number {
  const dx = (lon < w ? w - lon : lon > e ? lon - e : 0) * Math.cos((lat * Math.PI) / 180);
  const dy = lat < s ? s - lat : lat > n ? lat - n : 0;
  return dx * dx + dy * dy;
}

/**
 * The kabupaten (BPS codes) whose desa chunk the map needs for `camera` on a `width` × `height` map:
 * none below `minZoom`; else those whose box (`boxes`, from the national file) meets the view, nearest
 * to the centre first (a box holding the centre: the one whose centre is nearest), at most `maxChunks`.
 */
export function desaInView(camera: Camera, width: number, height: number, boxes: ReadonlyMap<string, BBox>, options: Partial<DesaViewOptions> = {}): string[] {
  const o = { ...DESA_VIEW_DEFAULTS, ...options };
  if (camera[2] < o.minZoom || width <= 0 || height <= 0) return [];
  const [w, s, e, n] = viewBox(camera, width, height, o.tileSize);
  const centre = [camera[0], camera[1]] as const;
  const hits: { kode: string; d: number; c: number }[] = [];
  for (const [kode, b] of boxes) {
    if (b[2] < w || b[0] > e || b[3] < s || b[1] > n) continue;
    const mid: BBox = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    hits.push({ kode, d: distance2(centre, b), c: distance2(centre, mid) });
  }
  hits.sort((a, b) => a.d - b.d || a.c - b.c || (a.kode < b.kode ? -1 : 1));
  return hits.slice(0, o.maxChunks).map((h) => h.kode);
}
