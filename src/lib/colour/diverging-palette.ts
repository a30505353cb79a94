import type { Direction } from '../indicators/types.ts';

// ColorBrewer RdBu, 7 classes (Cynthia Brewer, Apache-2.0 licensed scheme), read by people with
// the common colour-vision deficiencies and ordered in lightness from the neutral middle outwards.
// Written out for the same reason as the viridis ramp in palette.ts (d3-scale-chromatic would put
// every scheme in the page bundle); test/lib/view/change.test.ts checks them against it.
const BLUES_LIGHT_TO_DARK = ['#d1e5f0', '#67a9cf', '#2166ac'];
const REDS_LIGHT_TO_DARK = ['#fddbc7', '#ef8a62', '#b2182b'];
/** Colour of "no change" (within half of the last shown digit). */
export const NEUTRAL_COLOUR = '#f7f7f7';

/** Which way a change went, judged by the indicator's direction: `better` is always the blue side. */
export type ChangeSide = 'better' | 'same' | 'worse';

/**
 * Seven colours for classes of change ordered from the largest fall to the largest rise, centred
 * on zero: the side that means improvement is blue, the other red, whatever the indicator's
 * direction. With `higher-is-worse` (poverty) falling is the blue side; with `higher-is-better`
 * (HDI, food security index) rising is.
 */
export function divergingPalette(direction: Direction = 'higher-is-worse'): { colours: string[]; sides: ChangeSide[] } {
  const fallingSide: ChangeSide = direction === 'higher-is-worse' ? 'better' : 'worse';
  const risingSide: ChangeSide = fallingSide === 'better' ? 'worse' : 'better';
  const ramp = (side: ChangeSide) => (side === 'better' ? BLUES_LIGHT_TO_DARK : REDS_LIGHT_TO_DARK);
  const colours = [...[...ramp(fallingSide)].reverse(), NEUTRAL_COLOUR, ...ramp(risingSide)];
  const sides: ChangeSide[] = [fallingSide, fallingSide, fallingSide, 'same', risingSide, risingSide, risingSide];
  return { colours, sides };
}
