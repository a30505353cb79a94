import { describe, expect, it } from 'vitest';
import { interpolateViridis } from 'd3-scale-chromatic';
import { NO_DATA_COLOUR, sequentialPalette } from '../../../src/lib/colour/palette.ts';

describe('sequentialPalette', () => {
  it('returns k distinct colours', () => {
    expect(new Set(sequentialPalette(5)).size).toBe(5);
  });

  it('reverses the ramp when higher is better', () => {
    expect(sequentialPalette(5, 'higher-is-better')).toEqual([...sequentialPalette(5, 'higher-is-worse')].reverse());
  });

  it('never uses the no-data colour', () => {
    expect(sequentialPalette(9)).not.toContain(NO_DATA_COLOUR);
  });
});

describe('viridis ramp', () => {
  it('is d3-scale-chromatic viridis from t = 1 down to t = 1/9', () => {
    expect(sequentialPalette(9)).toEqual(Array.from({ length: 9 }, (_, i) => interpolateViridis(1 - i / 9)));
  });

  it('samples the nine stops evenly for the default five classes', () => {
    expect(sequentialPalette(5)).toEqual([1, 7 / 9, 5 / 9, 3 / 9, 1 / 9].map(interpolateViridis));
  });
});
