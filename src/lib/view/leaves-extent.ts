import { unprojectMercator } from './unproject-mercator.ts';

/** Bounds in degrees: west, south, east, north. */
export interface Extent {
  w: number;
  s: number;
  e: number;
  n: number;
}

/**
 * Bounds of points `leaves`, read from their Web Mercator positions `xy` (as `projectPoints`
 * makes them: x, y in [0, 1], y down) rather than from the point objects: a typed-array loop.
 * Reading lon and lat from 100,000 loci objects of several kinds (the shipped loci, the views of
 * imported ones) took the page 140 ms per redraw of the rings. Empty `leaves` give an empty extent
 * (w > e).
 */
export function leavesExtent(xy: Float64Array, leaves: readonly number[]): Extent {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let k = 0; k < leaves.length; k++) {
    const i = leaves[k], x = xy[2 * i], y = xy[2 * i + 1];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x0 > x1) return { w: Infinity, s: Infinity, e: -Infinity, n: -Infinity };
  const [w, n] = unprojectMercator(x0, y0), [e, s] = unprojectMercator(x1, y1);
  return { w, s, e, n };
}

/**
 * Whether points `leaves` all lie at one place (projected positions `xy`), stopping at the first
 * that does not: deciding a ring's click action this way reads a point or two of most rings
 * instead of all of them.
 */
export function leavesAtOnePoint(xy: Float64Array, leaves: readonly number[]): boolean {
  if (!leaves.length) return true;
  const x = xy[2 * leaves[0]], y = xy[2 * leaves[0] + 1];
  for (let k = 1; k < leaves.length; k++) if (xy[2 * leaves[k]] !== x || xy[2 * leaves[k] + 1] !== y) return false;
  return true;
}
