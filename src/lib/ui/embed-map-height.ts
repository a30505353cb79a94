/** The embed map's preferred height as a share of the frame's width, and its limits. */
export const embedMapDefaults = {
  /** Height ÷ width below `wideFrom` px: phones and narrow columns get a squarish map. */
  narrowRatio: 1.1,
  /** Height ÷ width from `wideFrom` px: an article-wide map. */
  wideRatio: 0.6,
  /** Width (CSS px) from which `wideRatio` applies. */
  wideFrom: 600,
  /** Never lower than this (px): below it a province is a few pixels tall. */
  min: 240,
  /** Never taller than this (px): the reader should see the map and the text around it. */
  max: 600,
};

/**
 * How tall the embed's map wants to be in a frame `width` CSS pixels wide. The embed reports
 * (title + pickers + legend + footer, measured) + this as its content height, so an iframe that
 * follows the reported height gives the map exactly this; a fixed-height iframe gives it what is left.
 */
export function embedMapHeight(width: number, o = embedMapDefaults): number {
  const ratio = width >= o.wideFrom ? o.wideRatio : o.narrowRatio;
  return Math.round(Math.min(o.max, Math.max(o.min, width * ratio)));
}
