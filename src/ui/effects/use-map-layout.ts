import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { MapLayout, Rect } from '../../lib/view/fit-padding.ts';
import type { Action } from '../store/actions.ts';

/**
 * What floats on the map and may cover a fitted region: the legend, the side panel when it is a
 * bottom sheet over the map (phones), and MapLibre's control corners (zoom/reset/fullscreen, scale
 * and attribution). The side panel beside the map on wide screens does not overlap it and drops out.
 */
export const MAP_OVERLAYS = ['.legend', '.side', '.maplibregl-ctrl-top-right', '.maplibregl-ctrl-top-left', '.maplibregl-ctrl-bottom-right', '.maplibregl-ctrl-bottom-left'];

/** The widest the scale bar gets (its `maxWidth`, map-controls.ts) plus its margins, px. */
const SCALE_CORNER_MIN_WIDTH = 140;

/** The map's size and its overlays' rectangles (relative to the map, clipped to it); null while the map has no size. */
export function measureMapLayout(mapEl: HTMLElement): MapLayout | null {
  const m = mapEl.getBoundingClientRect();
  if (m.width < 1 || m.height < 1) return null;
  const overlays: Rect[] = [];
  for (const sel of MAP_OVERLAYS) {
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      const o = { left: Math.max(0, r.left - m.left), top: Math.max(0, r.top - m.top), right: Math.min(m.width, r.right - m.left), bottom: Math.min(m.height, r.bottom - m.top) };
      // The control corner holding the scale bar counts as at least SCALE_CORNER_MIN_WIDTH wide from
      // the map edge it sits on: the bar's width follows the zoom, and the corners are measured, not
      // watched (watched, every zoom step of a fit was a new layout and a refit), so a region fitted
      // after a zoom change could otherwise end up under a bar grown wider since it was measured.
      if (el.querySelector('.maplibregl-ctrl-scale') && o.right - o.left >= 1) {
        if (o.left <= 1) o.right = Math.min(m.width, Math.max(o.right, o.left + SCALE_CORNER_MIN_WIDTH));
        else o.left = Math.max(0, Math.min(o.left, o.right - SCALE_CORNER_MIN_WIDTH));
      }
      if (o.right - o.left >= 1 && o.bottom - o.top >= 1) overlays.push({ left: Math.round(o.left), top: Math.round(o.top), right: Math.round(o.right), bottom: Math.round(o.bottom) });
    }
  }
  return { width: Math.round(m.width), height: Math.round(m.height), overlays };
}

/**
 * Keeps `layout` in the page state: measured when the map and the legend appear, and again (once per
 * frame at most) whenever the map or an overlay changes size — window size, side panel width (the gap
 * tab is wider), bottom-sheet height, legend folded or unfolded. The map sync refits the selected
 * region from it. `ready` re-subscribes once elements that were missing exist (the legend comes with the data).
 */
export function useMapLayout(mapRef: RefObject<HTMLElement | null>, ready: unknown[], dispatch: (a: Action) => void): void {
  useEffect(() => {
    const mapEl = mapRef.current;
    if (!mapEl) return;
    let frame = 0;
    let last = '';
    const measure = () => {
      frame = 0;
      const layout = measureMapLayout(mapEl);
      const key = JSON.stringify(layout);
      if (!layout || key === last) return;
      last = key;
      dispatch({ type: 'layoutChanged', layout });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(mapEl);
    // Legend and sheet only: the control corners are measured with them but not watched, as the
    // scale bar's width changes with every zoom step (the attribution beside it is wider anyway).
    for (const sel of ['.legend', '.side']) for (const el of document.querySelectorAll(sel)) observer.observe(el);
    // Overlays move without changing size when the window does (the phone legend sits at 45vh).
    addEventListener('resize', schedule);
    measure();
    return () => {
      observer.disconnect();
      removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, ready);
}
