import type { Direction } from '../indicators/types.ts';

// Sequential ramps sampled from viridis, which stays ordered in lightness for the common
// colour-vision deficiencies and in greyscale. Light = low, dark = high.
// These are d3-scale-chromatic's interpolateViridis(1 - i/9), i = 0..8 (the near-black last
// ninth left out); test/lib/colour/palette.test.ts checks them against it. They are written out
// because d3-scale-chromatic ships one bundled module whose schemes are built at load time, so
// importing it kept every scheme in the page bundle: +28 kB minified / +11.8 kB gzip for nine
// colours (measured with vite build).
const VIRIDIS_LIGHT_TO_DARK = ['#fde725', '#b5de2b', '#6ece58', '#35b779', '#1f9e89', '#26828e', '#31688e', '#3e4989', '#482878'];

/** Colour of regions without a value: a neutral grey drawn with a hatch-free, distinct hue. */
export const NO_DATA_COLOUR = '#d9d9d9';

/**
 * `k` colours (1..9) for classes ordered from low to high values.
 * With `higher-is-worse` the worst (highest) class is darkest; with `higher-is-better` the ramp is
 * reversed so the worst (lowest) class is still darkest.
 */
export function sequentialPalette(k: number, direction: Direction = 'higher-is-worse'): string[] {
  if (!Number.isInteger(k) || k < 1 || k > 9) throw new Error(`invalid k: ${k}`);
  const step = k === 1 ? 0 : (VIRIDIS_LIGHT_TO_DARK.length - 1) / (k - 1);
  const ramp = Array.from({ length: k }, (_, i) => VIRIDIS_LIGHT_TO_DARK[Math.round(i * step)]);
  return direction === 'higher-is-worse' ? ramp : ramp.reverse();
}
