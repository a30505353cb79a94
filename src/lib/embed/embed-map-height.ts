import type { BBox } from '../view/bbox.ts';

/** The embed map's preferred height: from the shape of the region shown, within limits. */
export const embedMapDefaults = {
  /** Height ÷ width below `wideFrom` px when the region's shape is not known: a squarish map. */
  narrowRatio: 1.1,
  /** Height ÷ width from `wideFrom` px when the region's shape is not known: an article-wide map. */
  wideRatio: 0.6,
  /** Width (CSS px) from which `wideRatio` applies. */
  wideFrom: 600,
  /** Room around the region's shape, as a factor of its height at this width (the fit's padding). */
  shapeRoom: 1.25,
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
 * How tall the embed's map wants to be in a frame `width` CSS pixels wide. With the shown region's
 * bounds, the map is as tall as the region drawn at this width plus room around it, so a wide
 * province does not sit in the top half of a tall frame (on a phone, or in the exported image);
 * without them, a ratio of the width. The embed reports (title + pickers + legend + footer,
 * measured) + this as its content height, so an iframe that follows the reported height gives the
 * map exactly this; a fixed-height iframe gives it what is left.
 */
export function embedMapHeight(width: number, bounds?: BBox, o = embedMapDefaults): number {
  const wanted = bounds ? width * shapeAspect(bounds) * o.shapeRoom : width * (width >= o.wideFrom ? o.wideRatio : o.narrowRatio);
  return Math.round(Math.min(o.max, Math.max(o.min, wanted)));
}
