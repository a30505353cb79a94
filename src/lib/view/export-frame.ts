import type { Rect } from './fit-padding.ts';

/** How much room the exported image keeps around the region, as a share of the region's size in its limiting dimension, on each side. */
export const EXPORT_FRAME_MARGIN = 0.04;

/** Where to cut an image's map from a map canvas, and whether the camera must move first (see `exportFrame`). */
export interface ExportFrame {
  /** The part of the canvas (CSS px) to cut, once the camera is where `moved` says. */
  rect: Rect;
  /** False: cut `rect` at the present camera. True: first put the region's centre at the canvas' centre and zoom by `zoomBy`. */
  moved: boolean;
  /** Zoom factor of the move (≤ 1: out, so the rectangle fits the canvas); 1 without a move. */
  zoomBy: number;
}

/**
 * The part of a map canvas to cut for an image whose map box has `aspect` (width ÷ height): a
 * rectangle of that aspect centred on `region` (where the fitted region is drawn, CSS px), with
 * `margin` of the region's size on each side in its limiting dimension, so the region fills the
 * image's map box that way, sits in its middle the other way, and the map fills the box whole (no
 * blank bands). Cut at the present camera when the canvas holds that rectangle (its margin may
 * shrink to half); otherwise the camera must move: the region's centre to the canvas' centre,
 * zoomed out when the rectangle is larger than the canvas. Pure.
 */
export function exportFrame(canvas: { width: number; height: number }, region: Rect, aspect: number, margin = EXPORT_FRAME_MARGIN): ExportFrame {
  const W = canvas.width, H = canvas.height;
  const rw = Math.max(1, region.right - region.left), rh = Math.max(1, region.bottom - region.top);
  const tight = Math.max(rw, rh * aspect);
  const cx = (region.left + region.right) / 2, cy = (region.top + region.bottom) / 2;
  // The widest rectangle of the image's aspect centred on the region that the canvas holds.
  const room = Math.min(2 * Math.min(cx, W - cx), 2 * Math.min(cy, H - cy) * aspect);
  const around = (w: number, x: number, y: number): Rect => ({ left: x - w / 2, top: y - w / aspect / 2, right: x + w / 2, bottom: y + w / aspect / 2 });
  const w = tight * (1 + 2 * margin);
  if (tight * (1 + margin) <= room + 0.5) return { rect: around(Math.min(w, room), cx, cy), moved: false, zoomBy: 1 };
  const k = Math.min(1, W / w, (H * aspect) / w);
  return { rect: around(w * k, W / 2, H / 2), moved: true, zoomBy: k };
}
