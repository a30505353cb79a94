import { describe, expect, it } from 'vitest';
import { checkCoordinates } from '../../../src/lib/programs/ingest/coordinates.ts';
import { editDistance, parseIntervention, suggestIntervention } from '../../../src/lib/programs/intervention.ts';
import { parseLevel, resolveCode } from '../../../src/lib/programs/ingest/resolve-code.ts';
import { parseYears } from '../../../src/lib/programs/ingest/years.ts';
import { syntheticLookup } from './helpers.ts';

describe('resolveCode', () => {
  it('reads a dotted code as Kemendagri', () => expect(resolveCode(syntheticLookup(), '53.01')).toMatchObject({ kodeBps: '5303', as: 'kemendagri' }));
  it('reads digits as BPS first', () => expect(resolveCode(syntheticLookup(), '5301')).toMatchObject({ kodeBps: '5301', as: 'bps' }));
  it('reads the same digits as Kemendagri when told to', () => expect(resolveCode(syntheticLookup(), '5301', 'kemendagri')).toMatchObject({ kodeBps: '5303', as: 'kemendagri' }));
  it('falls back to Kemendagri without dots for a code that is no BPS code', () => expect(resolveCode(syntheticLookup(), '5301242002')).toMatchObject({ kodeBps: '5303121006', level: 'desa' }));
  it('finds a desa by BPS code', () => expect(resolveCode(syntheticLookup(), '5303121006')).toMatchObject({ level: 'desa', as: 'bps' }));
  it('rejects a BPS-only lookup of a Kemendagri code', () => expect(resolveCode(syntheticLookup(), '53.01', 'bps')).toBeUndefined());
  it('rejects text and malformed dotted codes', () => {
    expect(resolveCode(syntheticLookup(), 'Kupang')).toBeUndefined();
    expect(resolveCode(syntheticLookup(), '5.301')).toBeUndefined();
  });
});

describe('parseLevel', () => {
  it('accepts Indonesian and English level names', () => {
    expect(['provinsi', 'Province', 'kota', 'kecamatan', 'village', 'pulau'].map(parseLevel)).toEqual(['provinsi', 'provinsi', 'kabupaten', 'kecamatan', 'desa', undefined]);
  });
});

describe('checkCoordinates', () => {
  it('accepts Desa Baumata', () => expect(checkCoordinates(123.65, -10.25)).toBe('ok'));
  it('accepts Pulau Rondo and Merauke', () => expect([checkCoordinates(95.11, 6.07), checkCoordinates(140.4, -8.5)]).toEqual(['ok', 'ok']));
  it('sees swapped columns', () => expect(checkCoordinates(-10.25, 123.65)).toBe('swapped'));
  it('sees points outside Indonesia', () => expect(checkCoordinates(151.2, -33.9)).toBe('outside'));
  it('sees 0,0 as outside', () => expect(checkCoordinates(0, 0)).toBe('outside'));
});

describe('intervention types', () => {
  it('parses ids ignoring case, spaces and hyphens', () => expect(['Skills Training', 'msme-finance', 'jobs'].map(parseIntervention)).toEqual(['skills_training', 'msme_finance', 'jobs']));
  it('rejects a word that is not in the table', () => expect(parseIntervention('pemberdayaan')).toBeUndefined());
  it('accepts the Bahasa and program words of the issue, case- and spacing-insensitive', () => {
    const cases: [string, string][] = [
      ['bansos', 'social_assistance'], ['Bantuan Sosial', 'social_assistance'], ['PKH', 'social_assistance'], ['bpnt', 'social_assistance'], ['Sembako', 'social_assistance'],
      ['pelatihan', 'skills_training'], ['Pelatihan  Keterampilan', 'skills_training'], ['BLK', 'skills_training'], ['vokasi', 'skills_training'], ['PBK', 'skills_training'],
      ['UMKM', 'msme_finance'], ['kur', 'msme_finance'], ['pembiayaan', 'msme_finance'], ['pendampingan-usaha', 'msme_finance'], ['Mekaar', 'msme_finance'], ['UMi', 'msme_finance'],
      ['Reforma Agraria', 'land_reform'], ['TORA', 'land_reform'], ['redistribusi tanah', 'land_reform'], ['sertifikasi tanah', 'land_reform'], ['PTSL', 'land_reform'],
      ['padat karya', 'jobs'], ['Lapangan Kerja', 'jobs'], ['penempatan kerja', 'jobs'],
    ];
    expect(cases.map(([w]) => [w, parseIntervention(w)])).toEqual(cases);
  });
  it('suggests the type of the nearest accepted word for an unknown one', () => expect(suggestIntervention('pelatihn kerja')).toBe('skills_training'));
  it('suggests by edit distance', () => expect(suggestIntervention('land_reforms')).toBe('land_reform'));
  it('suggests from Indonesian words', () => expect(suggestIntervention('Reforma Agraria')).toBe('land_reform'));
  it('measures edit distance', () => expect(editDistance('kitten', 'sitting')).toBe(3));
});

describe('parseYears', () => {
  it('reads one year, a range and a list', () => {
    expect(['2024', '2022-2024', '2021; 2023', ''].map(parseYears)).toEqual([[2024], [2022, 2023, 2024], [2021, 2023], []]);
  });
  it('rejects a reversed range and non-years', () => expect(['2024-2022', '24', 'tahun 2024', '1900'].map(parseYears)).toEqual([undefined, undefined, undefined, undefined]));
});
