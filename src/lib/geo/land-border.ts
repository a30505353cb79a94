import Flatbush from 'flatbush';
import type { Position } from 'geojson';

const KM_PER_DEG = 111.195;

/**
 * Index land-border lines (e.g. Indonesia–Malaysia from Natural Earth) and return a test
 * "is this point within `toleranceKm` of a land border?". The tolerance absorbs the
 * difference between the border's drawing and the region boundaries' (default 5 km).
 */
export function landBorderTest(lines: Position[][], toleranceKm = 5): (lon: number, lat: number) => boolean {
  const segs: [number, number, number, number][] = [];
  for (const line of lines) for (let i = 1; i < line.length; i++) segs.push([line[i - 1][0], line[i - 1][1], line[i][0], line[i][1]]);
  if (!segs.length) return () => false;
  const index = new Flatbush(segs.length);
  for (const [x1, y1, x2, y2] of segs) index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  index.finish();
  const tolDeg = toleranceKm / KM_PER_DEG;
  return (lon, lat) => {
    const kx = Math.cos((lat * Math.PI) / 180);
    const hits = index.search(lon - tolDeg / Math.max(kx, 0.1), lat - tolDeg, lon + tolDeg / Math.max(kx, 0.1), lat + tolDeg);
    for (const i of hits) if (distanceKm(lon, lat, segs[i], kx) <= toleranceKm) return true;
    return false;
  };
}

/**
 * Distance from a point to a segment in a local equirectangular projection (km). Written out
 * rather than turf's pointToLineDistance: on 200,000 points near a 2,000-segment border with the
 * same Flatbush pruning, this took 0.53 s and turf 2.2 s, with the same answer for every point.
 */
function distanceKm(x: number, y: number, [x1, y1, x2, y2]: [number, number, number, number], kx: number): number {
  const ax = (x1 - x) * kx, ay = y1 - y, bx = (x2 - x) * kx, by = y2 - y;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}
