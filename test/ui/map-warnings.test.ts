import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/id.ts';
import { en } from '../../src/i18n/en.ts';
import { mapWarnings } from '../../src/ui/map-warnings.ts';

describe('mapWarnings', () => {
  it('says how many regencies have data in a year below 90 % (number of poor 2019: 28 of 514), in both languages', () => {
    const i = { years: [2019], coverage: new Map([[2019, 28]]), total: 514, level: 'kabupaten' as const };
    expect(mapWarnings(i, id, 'id')).toEqual(['Tahun 2019: data untuk 28 dari 514 kabupaten/kota saja.']);
    expect(mapWarnings(i, en, 'en')).toEqual(['2019: data for only 28 of 514 regencies/cities.']);
  });
  it('says nothing for a year with 90 % or more', () => {
    expect(mapWarnings({ years: [2025], coverage: new Map([[2025, 463]]), total: 514, level: 'kabupaten' }, id, 'id')).toEqual([]);
  });
  it('names the regions a change view leaves out and their publishers', () => {
    const breaks = new Map([['5302', { kode: '5302', before: 'BPS', after: 'Kemenko PMK' }], ['5303', { kode: '5303', before: 'BPS', after: 'Kemenko PMK' }]]);
    const w = mapWarnings({ years: [2022, 2023], coverage: new Map([[2022, 11], [2023, 7]]), total: 514, level: 'kabupaten', breaks }, id, 'id');
    expect(w[2]).toBe('Tidak dibandingkan: 2 wilayah yang angka 2022 dan 2023-nya dari penerbit berbeda (BPS → Kemenko PMK: 2); selisihnya bukan perubahan.');
    expect(mapWarnings({ years: [2022, 2023], coverage: new Map([[2022, 500], [2023, 500]]), total: 514, level: 'kabupaten', breaks }, en, 'en')).toEqual([
      'Not compared: 2 regions whose 2022 and 2023 figures come from different publishers (BPS → Kemenko PMK: 2); their difference is not a change.',
    ]);
  });
});
