import { describe, expect, it } from 'vitest';
import { urlNoticeTexts } from '../../../src/lib/format/url-notice-texts.ts';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';

describe('urlNoticeTexts', () => {
  it('says an old region code was opened at its parent, apart from the parameters that were ignored', () => {
    const notices = [{ param: 'regionParent', value: '5303121099' }, { param: 'year', value: '1990' }, { param: 'lang', value: 'fr' }];
    expect(urlNoticeTexts(notices, en)).toEqual(['The old region code 5303121099 has no match today; its parent region is shown', 'Parts of the link were not recognised and replaced by defaults: year=1990, lang=fr']);
    expect(urlNoticeTexts(notices.slice(0, 1), id)).toEqual(['Kode wilayah lama 5303121099 tidak lagi punya padanan; dibuka wilayah induknya']);
    expect(urlNoticeTexts([{ param: 'region', value: 'abc' }], en)).toEqual(['Parts of the link were not recognised and replaced by defaults: region=abc']);
  });
  it('says a desa without a polygon was opened at its kecamatan, naming it (SYNTHETIC), Bahasa first', () => {
    const notices = [{ param: 'regionNoPolygon', value: '53.01.24.2099', name: 'Hilang Jaya' }];
    expect(urlNoticeTexts(notices, id)).toEqual(['Desa/kelurahan Hilang Jaya (53.01.24.2099) ada di daftar kode Kemendagri tetapi tidak punya batas wilayah di peta (BIG RBI 2023); dibuka kecamatannya']);
    expect(urlNoticeTexts(notices, en)).toEqual(["Desa/kelurahan Hilang Jaya (53.01.24.2099) is in Kemendagri's code list but has no boundary on the map (BIG RBI 2023); its kecamatan is shown"]);
  });
});
