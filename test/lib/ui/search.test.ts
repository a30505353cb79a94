import { describe, expect, it } from 'vitest';
import { createSearchIndex, normaliseName, searchRegions, type SearchEntry } from '../../../src/lib/ui/search.ts';

const entry = (kode: string, level: SearchEntry['level'], name: string, parentName = '', kemendagri = ''): SearchEntry => ({ kode, level, name, parentName, kemendagri });

const kupangIndex = () =>
  createSearchIndex([
    entry('5371', 'kabupaten', 'Kota Kupang', 'Nusa Tenggara Timur', '53.71'),
    entry('5303', 'kabupaten', 'Kabupaten Kupang', 'Nusa Tenggara Timur', '53.01'),
    entry('5303010', 'kecamatan', 'Kupang Barat', 'Kabupaten Kupang'),
    entry('5303121006', 'desa', 'Baumata', 'Taebenu', '53.01.24.2002'),
    entry('3471', 'kabupaten', 'Kota Yogyakarta', 'DI Yogyakarta'),
    entry('9999001', 'kecamatan', 'Pénéléh', 'Synthetic'),
  ]);

describe('normaliseName', () => {
  it('splits off "Kab." and lower-cases', () => {
    expect(normaliseName('Kab. Kupang')).toEqual({ key: 'kupang', kind: 'kabupaten' });
  });

  it('splits off "Kota"', () => {
    expect(normaliseName('KOTA  Kupang')).toEqual({ key: 'kupang', kind: 'kota' });
  });

  it('removes accents', () => {
    expect(normaliseName('Pénéléh').key).toBe('peneleh');
  });
});

describe('searchRegions', () => {
  it('lists both Kab. Kupang and Kota Kupang for "Kupang", kabupaten level before kecamatan', () => {
    const names = searchRegions(kupangIndex(), 'Kupang').map((e) => e.name);
    expect(names.slice(0, 2).sort()).toEqual(['Kabupaten Kupang', 'Kota Kupang']);
    expect(names[2]).toBe('Kupang Barat');
  });

  it('puts Kota Kupang first for "kota kupang"', () => {
    expect(searchRegions(kupangIndex(), 'kota kupang')[0].kode).toBe('5371');
  });

  it('puts Kab. Kupang first for "Kab Kupang"', () => {
    expect(searchRegions(kupangIndex(), 'Kab Kupang')[0].kode).toBe('5303');
  });

  it('matches partial names', () => {
    expect(searchRegions(kupangIndex(), 'baum')[0].kode).toBe('5303121006');
  });

  it('is accent-insensitive in both directions', () => {
    expect(searchRegions(kupangIndex(), 'peneleh')[0].kode).toBe('9999001');
  });

  it('finds a BPS code', () => {
    expect(searchRegions(kupangIndex(), '5303')[0].kode).toBe('5303');
  });

  it('finds a Kemendagri code with dots', () => {
    expect(searchRegions(kupangIndex(), '53.01.24.2002')[0].kode).toBe('5303121006');
  });

  it('returns nothing for an empty query', () => {
    expect(searchRegions(kupangIndex(), '   ')).toEqual([]);
  });
});
