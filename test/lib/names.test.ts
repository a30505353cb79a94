import { describe, expect, it } from 'vitest';
import { nameKey, provinceKey, splitKind, titleCase } from '../../src/lib/names.ts';

describe('names', () => {
  it('splits Kab. and Kota prefixes', () => {
    expect(splitKind('Kab. Kupang')).toEqual({ kind: 'kabupaten', base: 'Kupang' });
    expect(splitKind('KOTA ADMINISTRASI JAKARTA PUSAT')).toEqual({ kind: 'kota', base: 'JAKARTA PUSAT' });
    expect(splitKind('Kabupaten Administrasi Kepulauan Seribu')).toEqual({ kind: 'kabupaten', base: 'Kepulauan Seribu' });
  });
  it('leaves names that merely start with Kota alone', () => {
    expect(splitKind('Kotabaru')).toEqual({ kind: null, base: 'Kotabaru' });
    expect(splitKind('Kotawaringin Barat').kind).toBeNull();
  });
  it('gives one key for spelling variants', () => {
    expect(nameKey('Kab. Timor Tengah Selatan')).toBe(nameKey('TIMOR TENGAH SELATAN'));
    expect(nameKey('Toli-Toli')).toBe(nameKey('Tolitoli'));
    expect(nameKey('Kota Bau-Bau')).toBe(nameKey('Baubau'));
  });
  it('folds accents', () => expect(nameKey('Pèrcut Sèi Tuan')).toBe('percutseituan'));
  it('title-cases code-list names', () => {
    expect(titleCase('KABUPATEN TOJO UNA-UNA')).toBe('Kabupaten Tojo Una-Una');
    expect(titleCase('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(titleCase('DI YOGYAKARTA')).toBe('DI Yogyakarta');
    expect(titleCase('Baumata')).toBe('Baumata');
  });
});

describe('provinceKey', () => {
  it('gives one key for the long and short forms of a province', () => {
    expect(provinceKey('DAERAH ISTIMEWA YOGYAKARTA')).toBe(provinceKey('DI Yogyakarta'));
    expect(provinceKey('Yogyakarta')).toBe('diyogyakarta');
  });
  it('drops a Provinsi prefix', () => expect(provinceKey('Provinsi Nusa Tenggara Timur')).toBe('nusatenggaratimur'));
  it('expands Kep. to Kepulauan', () => expect(provinceKey('Kep. Bangka Belitung')).toBe('kepulauanbangkabelitung'));
  it('keeps DKI Jakarta and Jakarta Raya together', () => expect(provinceKey('Jakarta Raya')).toBe(provinceKey('DKI JAKARTA')));
  it('does not touch Kepulauan Riau', () => expect(provinceKey('KEPULAUAN RIAU')).toBe('kepulauanriau'));
});

describe('splitKind on bare names that start like a prefix', () => {
  it('keeps Kabanjahe whole', () => expect(splitKind('Kabanjahe')).toEqual({ kind: null, base: 'Kabanjahe' }));
  it('keeps Desamulya whole', () => expect(splitKind('Desamulya')).toEqual({ kind: null, base: 'Desamulya' }));
  it('still splits "Kab.Kupang" without a space', () => expect(splitKind('Kab.Kupang')).toEqual({ kind: 'kabupaten', base: 'Kupang' }));
  it('still splits "Desa Baumata"', () => expect(splitKind('Desa Baumata').base).toBe('Baumata'));
});
