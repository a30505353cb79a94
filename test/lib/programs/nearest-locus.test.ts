import { describe, expect, it } from 'vitest';
import { haversine, indexNearest, nearestKm } from '../../../src/lib/programs/coverage/nearest-locus.ts';
import { seededRandom as rng } from '../../../scripts/seeded-random.ts';

describe('nearestKm', () => {
  it('finds the nearest locus of 2,000 as a brute-force search does (within the 2% of the planar approximation), overall and by type', () => {
    const r = rng(7);
    const loci = Array.from({ length: 2000 }, (_, i) => ({ lon: 95 + r() * 46, lat: -11 + r() * 17, intervention: i % 3 ? ('jobs' as const) : ('land_reform' as const) }));
    const ix = indexNearest(loci);
    for (let q = 0; q < 300; q++) {
      const lon = 94 + r() * 48, lat = -12 + r() * 19;
      const brute = Math.min(...loci.map((p) => haversine(lon, lat, p.lon, p.lat)));
      expect(nearestKm(ix, lon, lat)!).toBeLessThanOrEqual(brute * 1.02 + 1e-9);
      const bruteLand = Math.min(...loci.filter((p) => p.intervention === 'land_reform').map((p) => haversine(lon, lat, p.lon, p.lat)));
      expect(nearestKm(ix, lon, lat, 'land_reform')!).toBeLessThanOrEqual(bruteLand * 1.02 + 1e-9);
    }
    expect(nearestKm(ix, 120, -5, 'msme_finance')).toBeNull();
  });
  it('keeps only the loci of the mask, and measures a degree of latitude as 111.2 km', () => {
    const loci = [{ lon: 120, lat: -5, intervention: 'jobs' as const }, { lon: 120, lat: -6, intervention: 'jobs' as const }];
    expect(nearestKm(indexNearest(loci, Uint8Array.from([0, 1])), 120, -5)).toBeCloseTo(111.2, 1);
    expect(nearestKm(indexNearest(loci, Uint8Array.from([0, 0])), 120, -5)).toBeNull();
  });
});
