import { describe, expect, it } from 'vitest';
import { INDONESIA_BBOX, type BBox } from '../../../src/lib/view/bbox.ts';
import { fitMargin, fitPadding, paddedRect, type MapLayout, type Rect } from '../../../src/lib/view/fit-padding.ts';

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('fitPadding', () => {
  // 1280×800: the map beside the 380 px panel, the legend at the bottom left, controls at the top right.
  const desktop: MapLayout = { width: 900, height: 741, overlays: [{ left: 11, top: 434, right: 311, bottom: 715 }, { left: 861, top: 0, right: 900, bottom: 146 }] };
  // 390×844: the map under the bottom sheet, the folded legend bar above it, controls and scale at the top.
  const phone: MapLayout = {
    width: 390,
    height: 765,
    overlays: [{ left: 8, top: 325, right: 383, bottom: 378 }, { left: 0, top: 545, right: 390, bottom: 765 }, { left: 351, top: 0, right: 390, bottom: 146 }, { left: 0, top: 0, right: 205, bottom: 66 }],
  };

  it('puts Indonesia above the legend on a wide map, using most of its width', () => {
    const pad = fitPadding(desktop, INDONESIA_BBOX);
    expect(pad.bottom).toBe(741 - 434 + fitMargin(desktop));
    expect(pad.left).toBe(fitMargin(desktop));
    expect((900 - pad.left - pad.right) / 900).toBeGreaterThan(0.85);
    for (const o of desktop.overlays) expect(overlaps(paddedRect(desktop, pad), o)).toBe(false);
  });

  it('puts Indonesia between the controls and the legend bar on a phone, full width', () => {
    const pad = fitPadding(phone, INDONESIA_BBOX);
    expect([pad.left, pad.right]).toEqual([fitMargin(phone), fitMargin(phone)]);
    expect(pad.bottom).toBeGreaterThanOrEqual(765 - 325);
    for (const o of phone.overlays) expect(overlaps(paddedRect(phone, pad), o)).toBe(false);
  });

  it('puts a tall region beside the legend rather than above it', () => {
    const tall: BBox = [119.1, -9.8, 119.5, -9.0];
    const pad = fitPadding(desktop, tall);
    expect(pad.left).toBe(311 + fitMargin(desktop));
    expect(pad.bottom).toBe(fitMargin(desktop));
  });

  it('ignores overlays outside the map (the side panel beside it) and fits the whole map when nothing is left', () => {
    const m = fitMargin(desktop);
    expect(fitPadding({ ...desktop, overlays: [{ left: 900, top: 0, right: 1280, bottom: 741 }] }, INDONESIA_BBOX)).toEqual({ top: m, right: m, bottom: m, left: m });
    const covered = { width: 100, height: 100, overlays: [{ left: 0, top: 0, right: 100, bottom: 100 }] };
    expect(fitPadding(covered, INDONESIA_BBOX)).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
  });

  it('keeps a margin of 4 % of the shorter side, 8–40 px', () => {
    expect(fitMargin({ width: 390, height: 765 })).toBe(16);
    expect(fitMargin({ width: 900, height: 741 })).toBe(30);
    expect(fitMargin({ width: 3000, height: 2000 })).toBe(40);
    expect(fitMargin({ width: 100, height: 100 })).toBe(8);
  });
});
