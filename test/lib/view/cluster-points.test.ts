import { describe, expect, it } from 'vitest';
import { clusterPoints, groupPoints, projectAndGroup, projectPoints, type ClusterInput } from '../../../src/lib/view/cluster-points.ts';
import { seededRandom as rng } from '../../../scripts/seeded-random.ts';

/** A seeded generator (mulberry32) so the random sets are the same on every run. */
const types = ['jobs', 'skills_training', 'land_reform'];
function synthetic(n: number, seed: number): ClusterInput[] {
  const r = rng(seed);
  // Mostly spread over Indonesia, some stacked on shared label points.
  return Array.from({ length: n }, (_, i) => (i % 7 === 0 ? { lon: 123.65, lat: -10.2, intervention: 'land_reform', locatedBy: 'region' } : { lon: 95 + r() * 46, lat: -11 + r() * 17, intervention: types[i % 3], locatedBy: i % 2 ? 'coordinates' : 'region' }));
}

describe('clusterPoints', () => {
  it('puts every point in exactly one cluster or single at every zoom (counts add up)', () => {
    const pts = synthetic(3000, 11);
    const xy = projectPoints(pts);
    for (let z = 0; z <= 16; z++) {
      const c = clusterPoints(pts, xy, z + 0.7, 40, 14);
      const seen = new Uint8Array(pts.length);
      for (const i of [...c.singles, ...c.clusters.flatMap((k) => k.leaves)]) seen[i]++;
      expect(seen.every((v) => v === 1)).toBe(true);
      for (const k of c.clusters) {
        expect(k.leaves.length).toBeGreaterThan(1);
        expect(Object.values(k.counts).reduce((a, b) => a + b, 0)).toBe(k.leaves.length);
      }
    }
  });
  it('keeps loci sharing a label point together up to maxZoom, single above', () => {
    const pts = [0, 1, 2].map(() => ({ lon: 123.65, lat: -10.2, intervention: 'jobs', locatedBy: 'region' }));
    const xy = projectPoints(pts);
    expect(clusterPoints(pts, xy, 14, 40, 14).clusters[0].leaves).toEqual([0, 1, 2]);
    expect(clusterPoints(pts, xy, 15, 40, 14).singles).toEqual([0, 1, 2]);
    const c = clusterPoints(pts, xy, 5, 40, 14).clusters[0];
    expect(c.lon).toBeCloseTo(123.65, 6);
    expect(c.lat).toBeCloseTo(-10.2, 6);
    expect(c.byRegion).toBe(3);
  });
  it('clusters 100,000 points, every one counted once (time: `npm run bench`)', () => {
    const pts = synthetic(100_000, 5);
    const c = clusterPoints(pts, projectPoints(pts), 5, 40, 14);
    expect(c.singles.length + c.clusters.reduce((a, k) => a + k.leaves.length, 0)).toBe(100_000);
  });
  it('groups points at one place, in order of their first point, and clusters the same with the groups made once', () => {
    const pts = synthetic(700, 3);
    const xy = projectPoints(pts);
    const g = groupPoints(pts, xy);
    expect(g.count).toBe(600 + 1);
    expect([...g.members.subarray(g.start[0], g.start[1])]).toEqual(Array.from({ length: 100 }, (_, k) => 7 * k));
    for (const z of [3, 6, 9, 12, 15]) expect(clusterPoints(pts, xy, z, 40, 14, g)).toEqual(clusterPoints(pts, xy, z, 40, 14));
  });
});

describe('projectAndGroup', () => {
  it('gives what projectPoints and groupPoints give, in slices, and stops when told', async () => {
    const pts = synthetic(1000, 9);
    let asked = 0;
    const r = await projectAndGroup(pts, () => Promise.resolve(++asked > 0), 300);
    expect(asked).toBe(4);
    expect(r?.xy).toEqual(projectPoints(pts));
    expect(r?.groups).toEqual(groupPoints(pts, projectPoints(pts)));
    expect(await projectAndGroup(pts, () => Promise.resolve(false), 300)).toBeUndefined();
  });
});
