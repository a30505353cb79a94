import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';
import { clusterLabeller, programPoints } from '../../../src/ui/programs/program-points.ts';

const locus = (over: Partial<ProgramLocus>): ProgramLocus => ({ id: 'a', name: 'A', program: 'P', agency: 'K', intervention: 'jobs', years: [], locatedBy: 'region', lon: 124, lat: -10, ...over });

describe('programPoints', () => {
  it('keeps only the loci the mask keeps, as they are (no copy per locus)', () => {
    const b = locus({ id: 'b', intervention: 'land_reform', locatedBy: 'coordinates', lon: 123.5 });
    const { points, areas } = programPoints([locus({ id: 'a' }), b], Uint8Array.of(0, 1));
    expect(points).toEqual([b]);
    expect(points[0]).toBe(b);
    expect(areas).toEqual([]);
  });

  it('keeps every place without a mask (the same array) and gives nothing for no loci', () => {
    const loci = [locus({ level: 'desa', desa: '5303121006' }), locus({ id: 'b', locatedBy: 'coordinates', level: 'desa' })];
    expect(programPoints(loci, undefined).points).toBe(loci);
    expect(programPoints(loci, Uint8Array.of(1, 1)).points).toBe(loci);
    expect(programPoints([], undefined)).toEqual({ points: [], areas: [] });
  });

  it('gives programs for a whole kecamatan, kabupaten or province as areas, never as points (PL009 covers NTT)', () => {
    const desa = locus({ id: 'PL001', level: 'desa', provinsi: '53', kabupaten: '5303', kecamatan: '5303121', desa: '5303121006' });
    const ntt = locus({ id: 'PL009', level: 'provinsi', provinsi: '53' });
    const kupang = locus({ id: 'PL013', intervention: 'skills_training', level: 'kabupaten', provinsi: '53', kabupaten: '5303' });
    const kec = locus({ id: 'K1', intervention: 'skills_training', level: 'kecamatan', provinsi: '35', kabupaten: '3520', kecamatan: '3520080' });
    const { points, areas } = programPoints([desa, ntt, kupang, kec], undefined);
    expect(points).toEqual([desa]);
    expect(areas).toEqual([
      { kode: '53', level: 'provinsi', intervention: 'jobs' },
      { kode: '5303', level: 'kabupaten', intervention: 'skills_training' },
      { kode: '3520080', level: 'kecamatan', intervention: 'skills_training' },
    ]);
    expect(programPoints([desa, ntt], Uint8Array.of(1, 0)).areas).toEqual([]);
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
