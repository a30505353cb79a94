import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../lib/view/bbox.ts';
import { exportFrame } from '../lib/view/export-frame.ts';
import { cropSnapshot } from './crop-snapshot.ts';
import { snapshotMap, type MapSnapshot } from './map-snapshot.ts';

/** What `framedSnapshot` needs besides the map: see each key. */
export interface FrameRequest {
  /** What the image shows: the fitted region's bounds. */
  bbox: BBox;
  /** Width ÷ height of the image's map box. */
  aspect: number;
  /** The pixel ratio to render at, for a part of the map this many CSS px wide (finer for a small part). */
  ratioFor: (cssWidth: number) => number;
  /** Draw `snap` (the map as it is) into `canvas`: laid over the map while the camera is away, so nothing moves on screen. */
  cover: (snap: MapSnapshot, canvas: HTMLCanvasElement) => void;
}

/** How long (ms) to wait for the map to draw a moved camera before copying what it has: a tile that never comes must not leave the still picture up. */
const IDLE_LIMIT = 8000;

/** Resolves once `map` has drawn everything after the last change, or after `IDLE_LIMIT`. */
const idle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, IDLE_LIMIT);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });

/**
 * The map picture for an image whose map box has `aspect`: `bbox` filling the box in its limiting
 * dimension and centred the other way, with sea or land (never blank) around it (`exportFrame`).
 * When the canvas holds that rectangle at the present camera, it is cut from one redraw; otherwise
 * the camera moves (and zooms out if need be) for the copy and comes back exactly, under a still picture of the map (`cover`) so the user sees
 * nothing move. Camera events of these moves are the caller's to ignore (`onMove(true/false)`).
 */
export async function framedSnapshot(map: MapLibreMap, r: FrameRequest, onMove: (away: boolean) => void): Promise<MapSnapshot> {
  const canvas = map.getCanvas();
  // A hidden map (no size) has nothing to frame: its empty copy as it is.
  if (canvas.clientWidth < 1 || canvas.clientHeight < 1) return snapshotMap(map, 1);
  const nw = map.project([r.bbox[0], r.bbox[3]]), se = map.project([r.bbox[2], r.bbox[1]]);
  const frame = exportFrame({ width: canvas.clientWidth, height: canvas.clientHeight }, { left: nw.x, top: nw.y, right: se.x, bottom: se.y }, r.aspect);
  const ratio = r.ratioFor(frame.rect.right - frame.rect.left);
  if (!frame.moved) return cropSnapshot(snapshotMap(map, ratio), frame.rect);
  const camera = { center: map.getCenter(), zoom: map.getZoom() };
  const still = document.createElement('canvas');
  still.className = 'map-still';
  r.cover(snapshotMap(map, 1), still);
  // After the labels and rings (markers), under the controls (z-index 2).
  map.getCanvasContainer().append(still);
  onMove(true);
  try {
    map.jumpTo({ center: map.unproject([(nw.x + se.x) / 2, (nw.y + se.y) / 2]), zoom: camera.zoom + Math.log2(frame.zoomBy) });
    await idle(map);
    return cropSnapshot(snapshotMap(map, ratio), frame.rect);
  } finally {
    map.jumpTo(camera);
    await idle(map);
    onMove(false);
    still.remove();
  }
}
