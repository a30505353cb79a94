import { describe, expect, it } from 'vitest';
import { embedHeightCss } from '../../../src/lib/embed/embed-height-css.ts';
import type { BBox } from '../../../src/lib/view/bbox.ts';

/** A region twice as wide as tall on the equator (Web Mercator barely stretches it there). */
const wide = (): BBox => [0, -1, 4, 1];

describe('the CSS height of a responsive embed follows its width', () => {
  it('the map part is the shape across the width less the margins, plus margins and the controls\' rows, within the map limits', () => {
    expect(embedHeightCss([{ width: 360, chrome: 100 }, { width: 700, chrome: 100 }], wide())).toBe('calc(100px + clamp(240px, 0.54 * 100cqw + 76px, 600px))');
  });
  it('the rest steps up where the text wraps to more lines, half-way between the two widths measured', () => {
    // 122 px up to 500, 86 px from 510: a 36 px step at 505 px.
    const samples = [360, 500, 510, 700].map((width) => ({ width, chrome: width <= 500 ? 122 : 86 }));
    expect(embedHeightCss(samples, wide())).toBe('calc(86px + clamp(0px, (505px - 100cqw) * 1000, 36px) + clamp(240px, 0.54 * 100cqw + 76px, 600px))');
  });
  it('several steps add up; a rest that shrinks in a narrower frame steps down; heights are whole px', () => {
    const samples = [
      { width: 300, chrome: 140.4 },
      { width: 310, chrome: 120.2 },
      { width: 320, chrome: 99.6 },
      { width: 330, chrome: 110 },
    ];
    expect(embedHeightCss(samples, wide())).toBe('calc(110px - clamp(0px, (325px - 100cqw) * 1000, 10px) + clamp(0px, (315px - 100cqw) * 1000, 20px) + clamp(0px, (305px - 100cqw) * 1000, 20px) + clamp(240px, 0.54 * 100cqw + 76px, 600px))');
  });
  it('no bounds or no samples, no CSS height (the snippet keeps its fixed height)', () => {
    expect(embedHeightCss([{ width: 360, chrome: 100 }], undefined)).toBeNull();
    expect(embedHeightCss([], wide())).toBeNull();
  });
});
