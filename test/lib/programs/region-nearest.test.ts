import { describe, expect, it } from 'vitest';
import type { Coverage, LevelCoverage } from '../../../src/lib/programs/coverage/coverage.ts';
import { indexNearest } from '../../../src/lib/programs/coverage/nearest-locus.ts';
import { regionNearest } from '../../../src/lib/programs/coverage/region-nearest.ts';
import { INTERVENTION_TYPES } from '../../../src/lib/programs/types.ts';

/** Coverage of one desa row whose whole-region types are `whole` (bits in `INTERVENTION_TYPES` order). */
const coverage = (whole: number): Coverage => {
  const level = (): LevelCoverage => ({ count: new Uint32Array(1), types: new Uint8Array(1), convergence: new Uint8Array(1), areaWideCount: new Uint32Array(1), areaWideTypes: Uint8Array.of(whole), wholeTypes: Uint8Array.of(whole) });
  return { provinsi: level(), kabupaten: level(), kecamatan: level(), desa: level() };
};
const jobsBit = 1 << INTERVENTION_TYPES.indexOf('jobs');

describe('regionNearest', () => {
  // A synthetic desa at (124, −10) with a training centre 0.1° east; an NTT-wide jobs programme covers it.
  const near = indexNearest([
    { lon: 124.1, lat: -10, intervention: 'skills_training', locatedBy: 'coordinates' },
    // Area-wide: its label point 0.01° away is no place, never measured to.
    { lon: 124.01, lat: -10, intervention: 'jobs', locatedBy: 'region', level: 'provinsi' },
  ]);

  it('is 0 for a type whose program covers the region as a whole, else the distance to the nearest place locus', () => {
    const r = regionNearest(coverage(jobsBit), 'desa', 0, 124, -10, near, true);
    expect(r.byType.jobs).toEqual({ km: 0, whole: true });
    expect(r.byType.skills_training?.whole).toBe(false);
    expect(r.byType.skills_training?.km).toBeCloseTo(10.95, 1);
    expect(r.km).toBe(0);
  });

  it('with area-wide programs not counted, a type only an area covers has no distance at all (its label point is no place)', () => {
    const r = regionNearest(coverage(jobsBit), 'desa', 0, 124, -10, near, false);
    expect(r.byType.jobs).toBeUndefined();
    expect(r.km).toBeCloseTo(10.95, 1);
  });

  it('has no distances without a label point or an index, but still 0 where an area covers the region', () => {
    expect(regionNearest(coverage(0), 'desa', 0, null, null, near, true)).toEqual({ km: null, byType: {} });
    expect(regionNearest(coverage(jobsBit), 'desa', 0, 124, -10, undefined, true)).toEqual({ km: 0, byType: { jobs: { km: 0, whole: true } } });
  });
});
