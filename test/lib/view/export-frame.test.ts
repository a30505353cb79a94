import { describe, expect, it } from 'vitest';
import { exportFrame } from '../../../src/lib/view/export-frame.ts';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const size = (r: { left: number; top: number; right: number; bottom: number }) => [r.right - r.left, r.bottom - r.top];
const centre = (r: { left: number; top: number; right: number; bottom: number }) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];

describe('exportFrame', () => {
  it('cuts a wide region with room around it to the image aspect, centred, the region filling its width less the margins', () => {
    const f = exportFrame({ width: 880, height: 700 }, rect(100, 250, 700, 470), 4 / 3, 0.05);
    expect(f.moved).toBe(false);
    const [w, h] = size(f.rect);
    expect(w).toBeCloseTo(660);
    expect(w / h).toBeCloseTo(4 / 3);
    expect(centre(f.rect)[0]).toBeCloseTo(400);
    expect(centre(f.rect)[1]).toBeCloseTo(360);
  });

  it('a tall region fills the height', () => {
    const f = exportFrame({ width: 880, height: 700 }, rect(300, 100, 400, 500), 4 / 3, 0);
    expect(f.moved).toBe(false);
    expect(size(f.rect)[1]).toBeCloseTo(400);
    expect(size(f.rect)[0]).toBeCloseTo(400 * (4 / 3));
  });

  it('keeps half the margin rather than moving the camera for a few pixels', () => {
    const f = exportFrame({ width: 390, height: 700 }, rect(10, 200, 380, 350), 4 / 3, 0.04);
    expect(f.moved).toBe(false);
    expect(size(f.rect)[0]).toBeCloseTo(390);
  });

  it('moves the camera when the rectangle centred on the region leaves the canvas (a region fitted high above a legend): same size, centred', () => {
    const f = exportFrame({ width: 880, height: 700 }, rect(100, 40, 700, 240), 4 / 3, 0.05);
    expect(f.moved).toBe(true);
    expect(f.zoomBy).toBe(1);
    expect(size(f.rect)[0]).toBeCloseTo(660);
    expect(centre(f.rect)).toEqual([440, 350]);
  });

  it('zooms out when the canvas cannot hold the rectangle: it then sits centred, as large as the canvas allows', () => {
    const f = exportFrame({ width: 390, height: 700 }, rect(40, 20, 350, 350), 4 / 3, 0.04);
    const w = 330 * (4 / 3) * 1.08;
    expect(f.moved).toBe(true);
    expect(f.zoomBy).toBeCloseTo(390 / w);
    expect(size(f.rect)[0]).toBeCloseTo(390);
    expect(centre(f.rect)[1]).toBeCloseTo(350);
  });
});
