import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, sequentialPalette } from '../../../src/lib/ui/palette.ts';

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
