import { describe, expect, it } from 'vitest';
import { deltaE, minDeltaE, over, parseHex, simulate } from '../../../src/lib/colour/colour-vision.ts';
import { CHUNK_FILL_OPACITY, defaultColours as c } from '../../../src/map/layer-specs.ts';

describe('simulate', () => {
  it('keeps greys grey for every deficiency (the matrices preserve white and black)', () => {
    for (const v of ['protan', 'deutan', 'tritan'] as const) {
      expect(simulate([255, 255, 255], v).map(Math.round)).toEqual([255, 255, 255]);
      expect(simulate([0, 0, 0], v).map(Math.round)).toEqual([0, 0, 0]);
    }
  });

  it('makes red and green hard to tell apart for protanopes and deuteranopes, not for tritanopes', () => {
    const red = parseHex('#d62728'), green = parseHex('#2ca02c');
    expect(deltaE(red, green)).toBeGreaterThan(50);
    expect(deltaE(simulate(red, 'deutan'), simulate(green, 'deutan'))).toBeLessThan(deltaE(red, green) / 2);
    expect(deltaE(simulate(red, 'protan'), simulate(green, 'protan'))).toBeLessThan(deltaE(red, green) / 2);
    expect(deltaE(simulate(red, 'tritan'), simulate(green, 'tritan'))).toBeGreaterThan(40);
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(() => parseHex('rgb(1,2,3)')).toThrow(/invalid colour: "rgb\(1,2,3\)", expected #rrggbb/);
  });
});

describe('kecamatan/desa fills against the sea (issue 12: coastal desa read as water)', () => {
  const sea = parseHex(c.ocean);
  // As drawn: the chunk fill at CHUNK_FILL_OPACITY over plain land (drilled kabupaten) or over the sea.
  const drawn = (hex: string) => [over(parseHex(hex), CHUNK_FILL_OPACITY, parseHex(c.inland)), over(parseHex(hex), CHUNK_FILL_OPACITY, sea)];

  it('coastal land is at least 30 ΔE from the sea for normal, protan, deutan and tritan vision', () => {
    for (const coastal of drawn(c.coastal)) expect(minDeltaE(coastal, sea).deltaE).toBeGreaterThanOrEqual(30);
  });

  it('inland land is at least 15 ΔE from the sea, and coastal at least 20 from inland, for all four', () => {
    for (const inland of drawn(c.inland)) expect(minDeltaE(inland, sea).deltaE).toBeGreaterThanOrEqual(15);
    const [coastal, inland] = [drawn(c.coastal)[0], drawn(c.inland)[0]];
    expect(minDeltaE(coastal, inland).deltaE).toBeGreaterThanOrEqual(20);
  });

  it('the old light blue would fail (so the test can tell)', () => {
    expect(minDeltaE(drawn('#9ecae1')[0], sea).deltaE).toBeLessThan(15);
  });
});
