import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';
import { clusterLabeller, programPoints } from '../../../src/ui/programs/program-points.ts';

const locus = (over: Partial<ProgramLocus>): ProgramLocus => ({ id: 'a', name: 'A', program: 'P', agency: 'K', intervention: 'jobs', years: [], locatedBy: 'region', lon: 124, lat: -10, ...over });

describe('programPoints', () => {
  it('keeps only the loci the mask keeps, with id, type and how they were located', () => {
    const fc = programPoints([locus({ id: 'a' }), locus({ id: 'b', intervention: 'land_reform', locatedBy: 'coordinates', lon: 123.5 })], Uint8Array.of(0, 1));
    expect(fc.features).toEqual([{ type: 'Feature', geometry: { type: 'Point', coordinates: [123.5, -10] }, properties: { id: 'b', intervention: 'land_reform', locatedBy: 'coordinates' } }]);
  });

  it('keeps every locus without a mask and gives an empty collection for no loci', () => {
    expect(programPoints([locus({}), locus({ id: 'b' })], undefined).features).toHaveLength(2);
    expect(programPoints([], undefined).features).toEqual([]);
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
