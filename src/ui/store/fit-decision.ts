import type { BBox } from '../../lib/view/bbox.ts';
import { fitMargin, fitPadding } from '../../lib/view/fit-padding.ts';
import type { FitOptions } from '../../map/map-view-interface.ts';
import type { MapScene } from './map-scene.ts';

/** Pixels of the margin a kept camera may not use up (see `fitDecision`). */
const KEEP_GUARD = 4;

/** A camera move: jump to the user's camera, or fit a bbox (see `FitOptions`). */
export type CameraMove = { kind: 'jump'; view: [number, number, number] } | { kind: 'fit'; bbox: BBox; options: FitOptions };

/** What was fitted for a scene: region, "back to Indonesia" count and bbox; '' when the user's camera was kept. */
function fitKey(s: MapScene | null): string {
  return !s || s.view ? '' : `${s.region}|${s.fitRequest}|${s.fitBox?.join(',')}`;
}

/**
 * How the camera follows a new scene, given the one drawn before (null: the map's first).
 * - A camera from the URL (a link, back/forward), or any on the first draw, is jumped to (once: not
 *   again for a new scene with the same camera); a camera the user moved is left where it is.
 * - Otherwise a new region, bbox or "back to Indonesia" is fitted (animated after the first draw);
 *   a new layout alone only when the region would be covered or could be shown much larger
 *   (`keepWithin`: the margin may be used up), and never over a camera the user is moving.
 */
export function fitDecision(prev: MapScene | null, next: MapScene): CameraMove | null {
  // A camera already jumped to is not jumped to again when only the chunks change: each jump is a
  // `moveend` and a frame (with software WebGL 100–500 ms) before the desa in view are drawn.
  if (next.view) return prev === null || (next.viewFromUrl && next.view !== prev.view) ? { kind: 'jump', view: next.view } : null;
  const b = next.fitBox;
  if (!b) return null;
  const key = fitKey(next), same = key === fitKey(prev);
  if (same && prev?.layout === next.layout) return null;
  // The camera stays only while the region keeps KEEP_GUARD px clear of every overlay: the layout is
  // measured in whole pixels and the drawn box in fractions, and a box exactly at the margin's end was
  // once seen 2 px under the legend after the legend grew (a clean-clone map-fit run).
  return { kind: 'fit', bbox: b, options: { animate: prev !== null, padding: fitPadding(next.layout, b), keepWithin: same ? Math.max(0, fitMargin(next.layout) - KEEP_GUARD) : undefined } };
}
