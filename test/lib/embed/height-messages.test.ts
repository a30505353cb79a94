import { describe, expect, it } from 'vitest';
import { heightMessages, pymWidth } from '../../../src/lib/embed/height-messages.ts';
import { embedMapHeight, shapeAspect } from '../../../src/lib/embed/embed-map-height.ts';

const href = 'https://example.org/lokus/?embed=1';

describe('heightMessages', () => {
  it('posts the Datawrapper, Embedly, pym and AMP formats when given both ids', () => {
    expect(heightMessages(512.2, { href, id: 'ntt', childId: 'c1' })).toEqual([
      { 'datawrapper-height': { ntt: 513 } },
      JSON.stringify({ src: href, context: 'iframe.resize', height: 513 }),
      'pymxPYMxc1xPYMxheightxPYMx513',
      { sentinel: 'amp', type: 'embed-size', height: 513 },
    ]);
  });

  it('leaves out the formats that need an id the URL did not give', () => {
    const m = heightMessages(400, { href, id: '', childId: '' });
    expect(m).toHaveLength(2);
    expect(JSON.parse(m[0] as string)).toMatchObject({ context: 'iframe.resize', height: 400 });
  });
});

describe('pymWidth', () => {
  it('reads the width a pym parent sends this child', () => {
    expect(pymWidth('pymxPYMxc1xPYMxwidthxPYMx720', 'c1')).toBe(720);
  });

  it('ignores another child, another message and a page without childId', () => {
    expect(pymWidth('pymxPYMxc2xPYMxwidthxPYMx720', 'c1')).toBeNull();
    expect(pymWidth({ width: 720 }, 'c1')).toBeNull();
    expect(pymWidth('pymxPYMxc1xPYMxwidthxPYMx720', '')).toBeNull();
  });
});

describe('embedMapHeight', () => {
  it('gives narrow frames a squarish map and wide ones a 0.6 ratio, within 240–600 px', () => {
    expect(embedMapHeight(344)).toBe(378);
    expect(embedMapHeight(1000)).toBe(600);
    expect(embedMapHeight(700)).toBe(420);
    expect(embedMapHeight(150)).toBe(240);
  });
});

describe('embedMapHeight with the shown region\'s bounds', () => {
  // Synthetic boxes: a square degree on the equator, and a wide, flat province-like box.
  it('reads a box as the map draws it (Web Mercator): one degree square at the equator is square', () => {
    expect(shapeAspect([0, -0.5, 1, 0.5])).toBeCloseTo(1, 3);
    expect(shapeAspect([118, -11, 125, -8])).toBeCloseTo(0.43, 2);
  });
  it('makes the map as tall as the region drawn across the width less the fit margins, plus the margins and the controls\' rows, within 240–600 px', () => {
    const a = shapeAspect([118, -11, 125, -8]);
    // A wide region on a 360-px phone: NTT across 331 px (142 px tall), 29 px of margins, 76 px of controls.
    expect(embedMapHeight(360, [118, -11, 125, -8])).toBe(Math.round(360 * (a * 0.92 + 0.08) + 76));
    expect(embedMapHeight(360, [118, -11, 125, -8])).toBeGreaterThan(240);
    expect(embedMapHeight(1000, [118, -11, 125, -8])).toBe(Math.round(1000 * (a * 0.92 + 0.08) + 76));
    // A very flat region on a narrow frame keeps the 240-px floor.
    expect(embedMapHeight(300, [100, -1, 140, 1])).toBe(240);
    // A tall region is capped.
    expect(embedMapHeight(1000, [120, -10, 121, -5])).toBe(600);
  });
});

