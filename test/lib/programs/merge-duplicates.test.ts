import { describe, expect, it } from 'vitest';
import { mergeDuplicates, trainingUnitKey } from '../../../src/lib/programs/ingest/merge-duplicates.ts';
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
  it('keeps the shipped unit\'s id, name and program, takes the register row\'s finer desa place, and drops the row', () => {
    const reg = [locus('KL-1', 'BBPVP BANDUNG', 'BLK UPTP (balai pelatihan vokasi Kemnaker)', { level: 'desa', provinsi: '32', kabupaten: '3273', kecamatan: '3273010', desa: '3273010001', lon: 107.63, lat: -6.94, nameMatch: 'exact' })];
    const { loci, merged } = mergeDuplicates(shipped, reg);
    expect(loci).toEqual([{ ...shipped[0], sameAs: ['KL-1'], level: 'desa', provinsi: '32', kabupaten: '3273', kecamatan: '3273010', desa: '3273010001', lon: 107.63, lat: -6.94, nameMatch: 'exact' }]);
    expect(merged).toEqual([{ kept: 'PL033', dropped: 'KL-1', name: 'BBPVP BANDUNG' }]);
  });
  it('keeps its own place when the register row is placed no finer (same kabupaten)', () => {
    const desa = [locus('PL045', 'BLK Sidoarjo', 'BLK UPTP', { level: 'kabupaten', provinsi: '35', kabupaten: '3515', lon: 112.7, lat: -7.45 })];
    const reg = [locus('KL-4', 'BPVP SIDOARJO', 'BLK UPTP (balai pelatihan vokasi Kemnaker)', { level: 'kabupaten', provinsi: '35', kabupaten: '3515', lon: 112.6, lat: -7.5 })];
    expect(mergeDuplicates(desa, reg).loci).toEqual([{ ...desa[0], sameAs: ['KL-4'] }]);
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
