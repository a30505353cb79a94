import type { Map as MapLibreMap } from 'maplibre-gl';

/** Who is moving the map's camera, as `trackCameraMoves` follows it. */
export interface CameraMoves {
  /** True from a camera move the user started (drag, wheel, keys, a zoom button) until it ends. */
  readonly userMoving: boolean;
  /** Whether the move that ended last was the user's (set back by `framedSnapshot` after its own moves). */
  lastByUser: boolean;
  /** True while the camera is away for an image (framed-snapshot.ts): its moves are not the user's and not reported. */
  away: boolean;
}

/**
 * Follow who moves `map`'s camera. A scroll zoom of one wheel event starts and ends without
 * `originalEvent` (MapLibre eases it from a frame callback), so a wheel event just before a move's
 * start, or during a move, counts as the user's too; and a fit still under way gives way to the
 * user's wheel (it would otherwise carry on and undo the zoom). Listeners registered on `moveend`
 * after this call see the ending move's `lastByUser`.
 */
export function trackCameraMoves(map: MapLibreMap): CameraMoves {
  const moves = { userMoving: false, lastByUser: false, away: false };
  let wheelAt = -Infinity;
  map.on('wheel', () => {
    wheelAt = performance.now();
    if (!map.isMoving()) return;
    if (!moves.userMoving) map.stop();
    moves.userMoving = true;
  });
  map.on('movestart', (e: { originalEvent?: unknown }) => void (moves.userMoving ||= e.originalEvent !== undefined || performance.now() - wheelAt < 300));
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    moves.lastByUser = moves.userMoving || e.originalEvent !== undefined;
    moves.userMoving = false;
  });
  return moves;
}
