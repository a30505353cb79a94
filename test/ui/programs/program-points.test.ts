import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';
import { clusterLabeller, programPoints } from '../../../src/ui/programs/program-points.ts';

const locus = (over: Partial<ProgramLocus>): ProgramLocus => ({ id: 'a', name: 'A', program: 'P', agency: 'K', intervention: 'jobs', years: [], locatedBy: 'region', lon: 124, lat: -10, ...over });

describe('programPoints', () => {
  it('keeps only the loci the mask keeps, as they are (no copy per locus)', () => {
    const b = locus({ id: 'b', intervention: 'land_reform', locatedBy: 'coordinates', lon: 123.5 });
    const points = programPoints([locus({ id: 'a' }), b], Uint8Array.of(0, 1));
    expect(points).toEqual([b]);
    expect(points[0]).toBe(b);
  });

  it('keeps every locus without a mask (the same array) and gives no points for no loci', () => {
    const loci = [locus({}), locus({ id: 'b' })];
    expect(programPoints(loci, undefined)).toBe(loci);
    expect(programPoints(loci, Uint8Array.of(1, 1))).toBe(loci);
    expect(programPoints([], undefined)).toEqual([]);
  });
});

describe('clusterLabeller', () => {
  it('names the count per type and the region-located loci in Bahasa Indonesia, with locale numbers', () => {
    expect(clusterLabeller(id, 'id')({ skills_training: 1, land_reform: 1200 }, 1201, 4, 'zoom')).toBe('1.201 lokus program: 1 Pelatihan keterampilan, 1.200 Reforma agraria, 4 menurut wilayah. Klik untuk memperbesar.');
  });

  it('speaks English when asked', () => {
    expect(clusterLabeller(en, 'en')({ jobs: 2 }, 2, 0, 'select')).toBe('2 program loci: 2 Jobs. Click to open their region.');
  });
});
