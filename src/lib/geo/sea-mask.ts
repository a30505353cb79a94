import type { Position } from 'geojson';

/** Options for {@link seaMask}. */
export interface SeaMaskOptions {
  /** Area covered, [west, south, east, north] in degrees; points outside count as sea. */
  bbox: [number, number, number, number];
  /** Grid cell size in degrees (default 0.01° ≈ 1.1 km). */
  cellDeg?: number;
  /** A point counts as "at the sea" within this distance of a sea cell (default 3 km). */
  toleranceKm?: number;
}

/**
 * A raster test "is this point at the sea?" built from land polygons (e.g. Natural Earth
 * 1:10m land): true outside the land, or within `toleranceKm` of a sea cell. It tells a
 * real coast from a gap between two regions' boundaries far inland, and absorbs the few
 * kilometres by which two drawings of the same coastline disagree. Rings are filled
 * even-odd, so holes in the land (none in Natural Earth land) stay sea.
 */
export function seaMask(landRings: Position[][], opts: SeaMaskOptions): (lon: number, lat: number) => boolean {
  const cell = opts.cellDeg ?? 0.01;
  const [w, s, e, n] = opts.bbox;
  const nx = Math.ceil((e - w) / cell), ny = Math.ceil((n - s) / cell);
  const land = new Uint8Array(nx * ny);
  // Scanline fill: bucket each edge by the rows its y-range spans.
  const rows: number[][] = Array.from({ length: ny }, () => []);
  for (const ring of landRings)
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1], [x2, y2] = ring[i];
      if (y1 === y2) continue;
      const r0 = Math.max(0, Math.ceil((Math.min(y1, y2) - s) / cell - 0.5)), r1 = Math.min(ny - 1, Math.floor((Math.max(y1, y2) - s) / cell - 0.5));
      for (let r = r0; r <= r1; r++) {
        const y = s + (r + 0.5) * cell;
        if ((y1 <= y) !== (y2 <= y)) rows[r].push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
  rows.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k] - w) / cell - 0.5)), c1 = Math.min(nx - 1, Math.floor((xs[k + 1] - w) / cell - 0.5));
      for (let c = c0; c <= c1; c++) land[r * nx + c] = 1;
    }
  });
  // Dilate the sea by the tolerance (separable square kernel; x radius widened by latitude).
  const ry = Math.ceil(((opts.toleranceKm ?? 3) / 111.195) / cell);
  const tmp = new Uint8Array(nx * ny), near = new Uint8Array(nx * ny);
  for (let r = 0; r < ny; r++) {
    const lat = s + (r + 0.5) * cell;
    const rx = Math.ceil(ry / Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
    for (let c = 0; c < nx; c++) {
      let sea = 0;
      for (let d = Math.max(0, c - rx); d <= Math.min(nx - 1, c + rx) && !sea; d++) sea = land[r * nx + d] ? 0 : 1;
      tmp[r * nx + c] = sea;
    }
  }
  for (let c = 0; c < nx; c++)
    for (let r = 0; r < ny; r++) {
      let sea = 0;
      for (let d = Math.max(0, r - ry); d <= Math.min(ny - 1, r + ry) && !sea; d++) sea = tmp[d * nx + c];
      near[r * nx + c] = sea;
    }
  return (lon, lat) => {
    const c = Math.floor((lon - w) / cell), r = Math.floor((lat - s) / cell);
    if (c < 0 || r < 0 || c >= nx || r >= ny) return true;
    return near[r * nx + c] === 1;
  };
}
