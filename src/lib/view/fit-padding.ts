import type { BBox } from './bbox.ts';

/** How long the camera flies to a region it fits (ms; map/fit-camera.ts, and the bench's drill-down budget). */
export const FIT_MS = 600;

/** A rectangle in CSS pixels, relative to the map's top left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Camera padding in CSS pixels (MapLibre's `PaddingOptions`). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * What of the map the user can see: its size and what floats on it (legend, bottom sheet, map
 * controls), each clipped to the map. Measured in the page (effects/use-map-layout.ts).
 */
export interface MapLayout {
  width: number;
  height: number;
  overlays: Rect[];
}

/** Room kept between a fitted region and the map's edges or an overlay: 4 % of the map's shorter side, 8–40 px. */
export function fitMargin(layout: Pick<MapLayout, 'width' | 'height'>): number {
  return Math.max(8, Math.min(40, Math.round(Math.min(layout.width, layout.height) * 0.04)));
}

/** Web Mercator width and height of a bbox (units of the world's width); the fitted shape's aspect. */
function mercatorSize([w, s, e, n]: BBox): [number, number] {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) / (2 * Math.PI);
  return [Math.max((e - w) / 360, 1e-9), Math.max(y(n) - y(s), 1e-9)];
}

/**
 * Padding that fits `bbox` as large as possible into the part of the map no overlay covers, with
 * `fitMargin` around it. Each overlay is kept clear by fitting the region beside it: to its left,
 * right, above or below; every combination is tried (a handful of overlays, at most 4ⁿ cases) and
 * the one giving the largest scale wins, then the one leaving the most room. Hand-written: MapLibre
 * takes one padding per side and has no notion of a corner overlay such as the legend.
 */
export function fitPadding(layout: MapLayout, bbox: BBox): Padding {
  const { width: W, height: H } = layout;
  const m = fitMargin(layout);
  const overlays = layout.overlays.filter((o) => o.right > 0 && o.bottom > 0 && o.left < W && o.top < H && o.right > o.left && o.bottom > o.top);
  const [bw, bh] = mercatorSize(bbox);
  let best: { pad: Padding; scale: number; area: number } | null = null;
  const cases = 4 ** overlays.length;
  for (let c = 0; c < cases; c++) {
    const inset = { top: 0, right: 0, bottom: 0, left: 0 };
    let k = c;
    for (const o of overlays) {
      const side = k % 4;
      k = Math.floor(k / 4);
      if (side === 0) inset.left = Math.max(inset.left, o.right);
      else if (side === 1) inset.right = Math.max(inset.right, W - o.left);
      else if (side === 2) inset.top = Math.max(inset.top, o.bottom);
      else inset.bottom = Math.max(inset.bottom, H - o.top);
    }
    const pad = { top: inset.top + m, right: inset.right + m, bottom: inset.bottom + m, left: inset.left + m };
    const w = W - pad.left - pad.right;
    const h = H - pad.top - pad.bottom;
    if (w <= 0 || h <= 0) continue;
    const scale = Math.min(w / bw, h / bh);
    const area = w * h;
    // Scales within 0.5 % are equal (the shape is width- or height-bound either way): more room wins.
    if (!best || scale > best.scale * 1.005 || (scale > best.scale * 0.995 && area > best.area)) best = { pad, scale, area };
  }
  // Overlays leaving no room at all (a tiny map): fit to the whole map rather than not at all.
  return best?.pad ?? { top: m, right: m, bottom: m, left: m };
}

/** The rectangle a padding leaves, widened by `slack` px on each side (clear of overlays when slack ≤ the margin). */
export function paddedRect(layout: Pick<MapLayout, 'width' | 'height'>, pad: Padding, slack = 0): Rect {
  return { left: pad.left - slack, top: pad.top - slack, right: layout.width - pad.right + slack, bottom: layout.height - pad.bottom + slack };
}
