import { describe, expect, it } from 'vitest';
import { mergeDuplicates, trainingUnitKey } from '../../../src/lib/programs/merge-duplicates.ts';
import type { ProgramLocus } from '../../../src/lib/programs/types.ts';

const locus = (id: string, name: string, program: string, codes: Partial<ProgramLocus>): ProgramLocus => ({
  id, name, program, agency: 'Kementerian Ketenagakerjaan (Kemnaker)', intervention: 'skills_training', years: [], locatedBy: 'region', lon: 0, lat: 0, ...codes,
});

describe('trainingUnitKey', () => {
  it('reads tier and place of Kemnaker unit names', () => {
    expect(['BBPVP Bandung', 'BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG', 'BLK Sidoarjo', 'BPVP SIDOARJO', 'Kantor Sintetis'].map(trainingUnitKey))
      .toEqual(['bbpvp:bandung', 'bbpvp:bandung', 'unit:sidoarjo', 'unit:sidoarjo', undefined]);
  });
});

describe('mergeDuplicates', () => {
  const shipped = [locus('PL033', 'BBPVP Bandung', 'Balai Besar Pelatihan Vokasi dan Produktivitas (UPTP)', { level: 'provinsi', provinsi: '32' })];
  it('keeps the shipped unit unchanged but for sameAs, and drops the register row inside its region', () => {
    const reg = [locus('KL-1', 'BBPVP BANDUNG', 'BLK UPTP (balai pelatihan vokasi Kemnaker)', { level: 'desa', provinsi: '32', kabupaten: '3273', desa: '3273010001' })];
    const { loci, merged } = mergeDuplicates(shipped, reg);
    expect(loci).toEqual([{ ...shipped[0], sameAs: ['KL-1'] }]);
    expect(merged).toEqual([{ kept: 'PL033', dropped: 'KL-1', name: 'BBPVP BANDUNG' }]);
  });
  it('keeps both when the register row lies outside the shipped locus\'s region', () => {
    const reg = [locus('KL-2', 'BBPVP BANDUNG', 'BLK UPTP (balai pelatihan vokasi Kemnaker)', { level: 'desa', provinsi: '33', kabupaten: '3374' })];
    expect(mergeDuplicates(shipped, reg).loci.map((p) => p.id)).toEqual(['PL033', 'KL-2']);
  });
  it('never merges a community BLK, whatever its name', () => {
    const reg = [locus('KL-3', 'BBPVP BANDUNG', 'BLK Komunitas', { level: 'desa', provinsi: '32' })];
    expect(mergeDuplicates(shipped, reg).merged).toEqual([]);
  });
});
