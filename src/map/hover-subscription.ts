import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { MapHit } from './map-view-interface.ts';

/**
 * Call `cb` with the region under the pointer (`topHit`), at most once per animation frame, and
 * with null whenever it may be stale: on a click (which selects), a camera move or the pointer
 * leaving the map. `outline` marks the hovered region. Returns the unsubscribe.
 */
export function subscribeHover(map: MapLibreMap, topHit: (x: number, y: number) => MapHit | null, outline: (hit: MapHit | null) => void, cb: (hit: MapHit | null) => void): () => void {
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  const onMove = (e: MapMouseEvent) => {
    // While the camera moves the region under the pointer keeps changing: wait for it to stop.
    if (map.isMoving()) return;
    last = e.point;
    if (frame) return;
    // One query per animation frame: mousemove fires far more often than the screen repaints.
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!last) return;
      const top = topHit(last.x, last.y);
      outline(top);
      map.getCanvas().style.cursor = top ? 'pointer' : '';
      cb(top);
    });
  };
  const hide = () => {
    last = null;
    cancelAnimationFrame(frame);
    frame = 0;
    outline(null);
    cb(null);
  };
  map.on('mousemove', onMove);
  map.on('click', hide);
  map.on('movestart', hide);
  map.getCanvas().addEventListener('mouseleave', hide);
  return () => {
    map.off('mousemove', onMove);
    map.off('click', hide);
    map.off('movestart', hide);
    map.getCanvas().removeEventListener('mouseleave', hide);
    cancelAnimationFrame(frame);
  };
}
