import { LngLat, type Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../lib/view/bbox.ts';
import { FIT_MS } from '../lib/view/fit-padding.ts';
import type { FitOptions } from './map-view-interface.ts';

/** When the animated fit under way on each map ends (`performance.now()` time); none between flights. */
const fitEnds = new WeakMap<MapLibreMap, number>();

/**
 * Fit `map`'s camera to `b` clear of the padding (see `FitOptions`); `userMoving`: a camera move the
 * user started is under way, or the camera is where the user's last move left it. Returns the
 * camera it flies or jumps to, `[lon, lat, zoom]`, or null when it leaves the camera be.
 */
export function fitCamera(map: MapLibreMap, b: BBox, { animate, padding, keepWithin }: FitOptions, userMoving: boolean): [number, number, number] | null {
  // The padding was measured from the container: MapLibre's own resize (throttled) may not have run yet.
  const box = map.getContainer(), canvas = map.getCanvas();
  if (box.clientWidth !== canvas.clientWidth || box.clientHeight !== canvas.clientHeight) map.resize();
  const options = { padding, maxZoom: 13 };
  // A change of layout while the user moves the camera, or after they moved it (the page may not have
  // taken their camera into its state yet), leaves it to them.
  if (keepWithin !== undefined && userMoving) return null;
  // Where a fit lands (the same whatever the camera now): asked once, for the check below and the answer.
  const target = map.cameraForBounds(b, options);
  if (keepWithin !== undefined && !map.isMoving()) {
    const nw = map.project([b[0], b[3]]), se = map.project([b[2], b[1]]);
    const k = keepWithin;
    const inside = nw.x >= padding.left - k && nw.y >= padding.top - k && se.x <= box.clientWidth - padding.right + k && se.y <= box.clientHeight - padding.bottom + k;
    if (target && inside && map.getZoom() >= (target.zoom ?? 0) - 0.25) return null;
  }
  // A change of layout while a fit flies (the region panel filling in as its figures arrive) re-aims
  // that flight and lands when it would have: a fresh 600 ms flight from midway made a drill-down
  // wait for two (measured on Kab. Kupang: camera at rest 1.25 s after the click instead of 0.65 s).
  // Any other move under way (a cluster's zoom) gets a whole flight.
  const now = performance.now();
  const ends = fitEnds.get(map);
  const left = keepWithin !== undefined && map.isMoving() && ends !== undefined ? ends - now : FIT_MS;
  const duration = animate ? Math.max(0, left) : 0;
  // Set after `fitBounds`: the flight it interrupts ends (`moveend`) inside that call.
  map.fitBounds(b, { ...options, duration });
  // A reader who prefers reduced motion gets a jump (MapLibre makes the duration 0), already over.
  if (duration > 0 && map.isMoving()) {
    fitEnds.set(map, now + duration);
    map.once('moveend', () => fitEnds.delete(map));
  }
  if (!target?.center || target.zoom === undefined) return null;
  const { lng, lat } = LngLat.convert(target.center);
  return [lng, lat, target.zoom];
}
