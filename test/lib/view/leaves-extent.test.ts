import { describe, expect, it } from 'vitest';
import { projectPoints } from '../../../src/lib/view/cluster-points.ts';
import { leavesAtOnePoint, leavesExtent } from '../../../src/lib/view/leaves-extent.ts';

const pts = [
  { lon: 123.6, lat: -10.2, intervention: 'jobs', locatedBy: 'region' },
  { lon: 106.8, lat: -6.2, intervention: 'jobs', locatedBy: 'region' },
  { lon: 95.3, lat: 5.5, intervention: 'jobs', locatedBy: 'coordinates' },
];
const xy = projectPoints(pts);

describe('leavesExtent', () => {
  it('gives the bounds in degrees of the points named, from their projected positions', () => {
    const e = leavesExtent(xy, [0, 1]);
    expect(e.w).toBeCloseTo(106.8, 9);
    expect(e.e).toBeCloseTo(123.6, 9);
    expect(e.s).toBeCloseTo(-10.2, 9);
    expect(e.n).toBeCloseTo(-6.2, 9);
    expect(leavesExtent(xy, [2, 0, 1]).n).toBeCloseTo(5.5, 9);
  });
  it('is a point for one place and empty for no points', () => {
    const one = leavesExtent(xy, [1, 1]);
    expect(one.e > one.w || one.n > one.s).toBe(false);
    const none = leavesExtent(xy, []);
    expect(none.w > none.e).toBe(true);
  });
});

describe('leavesAtOnePoint', () => {
  it('says whether the points named share one place', () => {
    const same = projectPoints([pts[1], pts[0], pts[1], pts[1]]);
    expect(leavesAtOnePoint(same, [0, 2, 3])).toBe(true);
    expect(leavesAtOnePoint(same, [0, 2, 1, 3])).toBe(false);
    expect(leavesAtOnePoint(same, [])).toBe(true);
  });
});
