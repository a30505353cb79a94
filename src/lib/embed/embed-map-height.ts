import type { BBox } from '../view/bbox.ts';

/** The embed map's preferred height: from the shape of the region shown, within limits. */
export const embedMapDefaults = {
  /** Height ÷ width below `wideFrom` px when the region's shape is not known: a squarish map. */
  narrowRatio: 1.1,
  /** Height ÷ width from `wideFrom` px when the region's shape is not known: an article-wide map. */
  wideRatio: 0.6,
  /** Width (CSS px) from which `wideRatio` applies. */
  wideFrom: 600,
  /** The fit's margin on each side, as a share of the frame's width (`fitMargin`: 4 % of the map's shorter side, so at most this). */
  margin: 0.04,
  /**
   * Room (px) for the map's controls above and below the region: the embed's row of buttons at the top
   * right (39 px with its margin) and the scale bar and ⓘ at the bottom right (34 px), which the fit
   * keeps clear of (styles.css `.embed .maplibregl-ctrl-*`).
   */
  controlsRoom: 76,
  /** Never lower than this (px): below it a province is a few pixels tall. */
  min: 240,
  /** Never taller than this (px): the reader should see the map and the text around it. */
  max: 600,
};

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Height ÷ width of a bounding box as the map draws it (Web Mercator). */
export function shapeAspect([w, s, e, n]: BBox): number {
  const width = ((e - w) * Math.PI) / 180;
  return width > 0 ? (mercatorY(n) - mercatorY(s)) / width : 1;
}

/**
 * The embed map's preferred height for the shape of `bounds` as a line of the frame's width (`k` ×
 * width + `c` px, before the limits): the region drawn across the width less the fit's margins, the
 * margins above and below it, and the controls' rows. Shared by `embedMapHeight` and the snippet's
 * CSS height (`embedHeightCss`), so both give the same height.
 */
export function embedMapLine(bounds: BBox, o = embedMapDefaults): { k: number; c: number } {
  return { k: shapeAspect(bounds) * (1 - 2 * o.margin) + 2 * o.margin, c: o.controlsRoom };
}

/**
 * How tall the embed's map wants to be in a frame `width` CSS pixels wide. With the shown region's
 * bounds, the map is as tall as the region drawn at this width plus the fit's margins and the
 * controls' rows (`embedMapLine`), so a wide province fills the map's width and does not sit in a
 * band of empty sea (on a phone, or in the exported image), nor under the zoom buttons;
 * without them, a ratio of the width. The embed reports (title + pickers + legend + footer,
 * measured) + this as its content height, so an iframe that follows the reported height gives the
 * map exactly this; a fixed-height iframe gives it what is left.
 */
export function embedMapHeight(width: number, bounds?: BBox, o = embedMapDefaults): number {
  const line = bounds ? embedMapLine(bounds, o) : null;
  const wanted = line ? width * line.k + line.c : width * (width >= o.wideFrom ? o.wideRatio : o.narrowRatio);
  return Math.round(Math.min(o.max, Math.max(o.min, wanted)));
}
