import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../lib/view/bbox.ts';
import type { FitOptions } from './map-view-interface.ts';

/**
 * Fit `map`'s camera to `b` clear of the padding (see `FitOptions`); `userMoving`: a camera move the
 * user started is under way, or the camera is where the user's last move left it.
 */
export function fitCamera(map: MapLibreMap, b: BBox, { animate, padding, keepWithin }: FitOptions, userMoving: boolean): void {
  // The padding was measured from the container: MapLibre's own resize (throttled) may not have run yet.
  const box = map.getContainer(), canvas = map.getCanvas();
  if (box.clientWidth !== canvas.clientWidth || box.clientHeight !== canvas.clientHeight) map.resize();
  const options = { padding, maxZoom: 13 };
  // A change of layout while the user moves the camera, or after they moved it (the page may not have
  // taken their camera into its state yet), leaves it to them.
  if (keepWithin !== undefined && userMoving) return;
  if (keepWithin !== undefined && !map.isMoving()) {
    const target = map.cameraForBounds(b, options);
    const nw = map.project([b[0], b[3]]), se = map.project([b[2], b[1]]);
    const k = keepWithin;
    const inside = nw.x >= padding.left - k && nw.y >= padding.top - k && se.x <= box.clientWidth - padding.right + k && se.y <= box.clientHeight - padding.bottom + k;
    if (target && inside && map.getZoom() >= (target.zoom ?? 0) - 0.25) return;
  }
  map.fitBounds(b, { ...options, duration: animate ? 600 : 0 });
}
