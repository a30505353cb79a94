/** A rectangle in CSS pixels of the 1× image. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The largest box of the source's shape inside `box`, centred ("contain"): nothing the user saw is
 * cut. `k` is the scale from the source to the box. Its own file so that the map's print copy
 * (draw-map-snapshot.ts, in the first view's bundle) does not bring the image layout with it.
 */
export function fitContain(src: { w: number; h: number }, box: Rect): Rect & { k: number } {
  const k = Math.min(box.w / src.w, box.h / src.h);
  const w = src.w * k, h = src.h * k;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, k };
}
