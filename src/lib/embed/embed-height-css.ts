import type { BBox } from '../view/bbox.ts';
import { embedMapDefaults, embedMapLine } from './embed-map-height.ts';

/** How tall an embed's content is without its map (title, pickers, legend, footer, gaps), at a frame width. */
export interface ChromeSample {
  /** Frame width, CSS px. */
  width: number;
  /** Height of everything but the map, CSS px. */
  chrome: number;
}

/** The frame widths (CSS px) the embed dialog measures an embed's content at: a small phone's column to a wide page's, every 10 px. */
export const CHROME_WIDTHS: readonly number[] = Array.from({ length: 91 }, (_, i) => 300 + i * 10);

/** How steep a step of the CSS height is: it goes from one height to the next within 1/STEEP px of width. */
const STEEP = 1000;

const px = (v: number) => `${Math.round(v * 10) / 10}px`;
const num = (v: number) => String(Math.round(v * 10000) / 10000);

/**
 * The CSS height of a responsive embed's iframe inside a `container-type: inline-size` wrapper, as
 * a function of its own width (`100cqw`), so that a host page shows the embed at about its settled
 * height before it loads, at any column width (a phone's or a desktop's): the map's preferred
 * height (`embedMapHeight`: the region's shape at that width plus margins and the controls' rows, clamped) plus the rest of
 * the content as measured at `samples` widths (rounded to whole px): its height at the widest,
 * plus one step (a `clamp` of the width) where it changes between two samples — text wraps to more
 * lines in a narrower frame — and held outside the sampled widths. Null without the region's
 * bounds or samples. Pure.
 */
export function embedHeightCss(samples: readonly ChromeSample[], bounds: BBox | undefined, o = embedMapDefaults): string | null {
  if (!bounds || samples.length === 0) return null;
  const { k, c } = embedMapLine(bounds, o);
  const map = `clamp(${o.min}px, ${num(k)} * 100cqw + ${px(c)}, ${o.max}px)`;
  const s = [...samples].sort((a, b) => a.width - b.width).map((x) => ({ width: x.width, chrome: Math.round(x.chrome) }));
  const parts = [px(s[s.length - 1].chrome)];
  for (let i = s.length - 2; i >= 0; i--) {
    const d = s[i].chrome - s[i + 1].chrome;
    if (d === 0) continue;
    const step = `clamp(0px, (${px((s[i].width + s[i + 1].width) / 2)} - 100cqw) * ${STEEP}, ${px(Math.abs(d))})`;
    parts.push(d > 0 ? `+ ${step}` : `- ${step}`);
  }
  return `calc(${parts.join(' ')} + ${map})`;
}
