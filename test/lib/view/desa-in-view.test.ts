import { describe, expect, it } from 'vitest';
import { desaInView, viewBox } from '../../../src/lib/view/desa-in-view.ts';
import type { BBox } from '../../../src/lib/view/bbox.ts';

// Synthetic boxes around Sumba (west to east), not the shipped shapes.
const boxes = new Map<string, BBox>([
  ['5317', [118.9, -9.8, 119.5, -9.3]],
  ['5301', [119.2, -9.8, 119.6, -9.4]],
  ['5316', [119.5, -9.9, 119.95, -9.4]],
  ['5302', [120.05, -10.4, 120.9, -9.6]],
  ['5303', [123.3, -10.4, 124.4, -9.5]],
]);

describe('desaInView', () => {
  it('asks for nothing below the desa zoom (the national first view is at about z4)', () => {
    expect(desaInView([119.35, -9.45, 4.2], 1280, 800, boxes)).toEqual([]);
    expect(desaInView([119.35, -9.45, 7.99], 1280, 800, boxes)).toEqual([]);
  });

  it('names the kabupaten whose box meets the view, those holding the centre first, then the nearest', () => {
    expect(desaInView([119.35, -9.45, 9.5], 1280, 800, boxes)).toEqual(['5301', '5317', '5316']);
  });

  it('a wider map reaches the next kabupaten; one far away is never asked for', () => {
    const wide = desaInView([119.35, -9.45, 9.5], 2200, 800, boxes);
    expect(wide).toEqual(['5301', '5317', '5316', '5302']);
    expect(wide).not.toContain('5303');
  });

  it('keeps at most maxChunks, nearest first', () => {
    expect(desaInView([119.35, -9.45, 8], 4000, 3000, boxes, { maxChunks: 2 })).toEqual(['5301', '5317']);
  });

  it('sees nothing on an empty map or out at sea', () => {
    expect(desaInView([119.35, -9.45, 9.5], 0, 800, boxes)).toEqual([]);
    expect(desaInView([119.35, -12, 9.5], 1280, 800, boxes)).toEqual([]);
  });
});

describe('viewBox', () => {
  it('is as wide as the map at the zoom (512 px tiles) and centred on the camera', () => {
    const [w, s, e, n] = viewBox([119.35, -9.45, 9.5], 1280, 800);
    expect(e - w).toBeCloseTo((1280 * 360) / (512 * 2 ** 9.5), 6);
    expect((w + e) / 2).toBeCloseTo(119.35, 6);
    expect(s).toBeLessThan(-9.45);
    expect(n).toBeGreaterThan(-9.45);
    // Mercator: a little taller in degrees south of the centre, near the equator almost even.
    expect(Math.abs(n + 9.45 - (-9.45 - s))).toBeLessThan(0.01);
  });
});
