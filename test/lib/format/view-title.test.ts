import { describe, expect, it } from 'vitest';
import { shortLabel, viewTitle } from '../../../src/lib/format/view-title.ts';

const p0 = { label: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate (P0)' } };

describe('viewTitle', () => {
  it('names indicator, year and region in Bahasa Indonesia', () => {
    expect(viewTitle({ def: p0, year: 2025, regionName: 'Nusa Tenggara Timur', lang: 'id' })).toBe('Persentase penduduk miskin 2025, Nusa Tenggara Timur');
  });

  it('names them in English', () => {
    expect(viewTitle({ def: p0, year: 2025, regionName: 'Nusa Tenggara Timur', lang: 'en' })).toBe('Poverty rate 2025, Nusa Tenggara Timur');
  });

  it('says Indonesia for the national view', () => {
    expect(viewTitle({ def: p0, year: 2024, regionName: '', lang: 'id' })).toBe('Persentase penduduk miskin 2024, Indonesia');
  });
});

describe('shortLabel', () => {
  it('drops a trailing abbreviation in brackets', () => {
    expect(shortLabel('Indeks Pembangunan Manusia (IPM)')).toBe('Indeks Pembangunan Manusia');
  });

  it('keeps brackets that hold words', () => {
    expect(shortLabel('Kemiskinan ekstrem (seri TNP2K 2021)')).toBe('Kemiskinan ekstrem (seri TNP2K 2021)');
  });
});
