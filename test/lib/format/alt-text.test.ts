import { describe, expect, it } from 'vitest';
import { altText, type AltTextInput } from '../../../src/lib/format/alt-text.ts';

const p0 = { label: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate (P0)' }, unit: { id: '%', en: '%' }, decimals: 2, publisher: 'BPS', direction: 'higher-is-worse' as const };

/** Four synthetic kabupaten (names from NTT, values made up except where noted). */
const input = (patch: Partial<AltTextInput> = {}): AltTextInput => ({
  def: p0,
  year: 2025,
  sources: [{ title: 'BPS, Susenas Maret 2025' }],
  regionName: 'Nusa Tenggara Timur',
  mappedLevel: 'kabupaten/kota',
  regions: [
    { name: 'Kota Kupang', value: 7.57 },
    { name: 'Kabupaten Sumba Tengah', value: 29.23 },
    { name: 'Kabupaten Sabu Raijua', value: 27.18 },
    { name: 'Kabupaten Sumba Barat', value: 26.47 },
    { name: 'Kabupaten Alor', value: 20.1 },
  ],
  lang: 'id',
  ...patch,
});

describe('altText', () => {
  it('names what, where, when, the three highest and the lowest in Bahasa Indonesia', () => {
    expect(altText(input())).toBe(
      'Peta persentase penduduk miskin per kabupaten/kota di Nusa Tenggara Timur, Maret 2025 (BPS). Tertinggi: Sumba Tengah 29,23%, Sabu Raijua 27,18%, Sumba Barat 26,47%. Terendah: Kota Kupang 7,57%. Tanpa data: 0 dari 5.',
    );
  });

  it('writes the same in English, with the month in English', () => {
    expect(altText(input({ lang: 'en' }))).toBe(
      'Map of poverty rate by kabupaten/kota in Nusa Tenggara Timur, March 2025 (BPS). Highest: Sumba Tengah 29.23%, Sabu Raijua 27.18%, Sumba Barat 26.47%. Lowest: Kota Kupang 7.57%. No data: 0 of 5.',
    );
  });

  it('counts regions without data and leaves them out of the ranking', () => {
    const text = altText(input({ regions: [{ name: 'A', value: 1 }, { name: 'B', value: undefined }, { name: 'C', value: 3 }] }));
    expect(text).toContain('Tertinggi: C 3,00%. Terendah: A 1,00%.');
    expect(text).toContain('Tanpa data: 1 dari 3.');
  });

  it('never names a region both highest and lowest', () => {
    const text = altText(input({ regions: [{ name: 'A', value: 1 }, { name: 'B', value: 2 }] }));
    expect(text).toContain('Tertinggi: B 2,00%. Terendah: A 1,00%.');
  });

  it('gives one region its value alone', () => {
    expect(altText(input({ regions: [{ name: 'Kabupaten Kupang', value: 17.5 }] }))).toContain('(BPS). Kupang 17,50%. Tanpa data: 0 dari 1');
  });

  it('says Indonesia and the bare year when no source names a month', () => {
    expect(altText(input({ regionName: '', sources: [{ title: 'BPS' }] }))).toMatch(/^Peta persentase penduduk miskin per kabupaten\/kota di Indonesia, 2025 \(BPS\)\./);
  });

  it('writes units that are words after a space', () => {
    const poor = { ...p0, label: { id: 'Jumlah penduduk miskin', en: 'Number of poor people' }, unit: { id: 'ribu jiwa', en: 'thousand people' }, decimals: 1 };
    expect(altText(input({ def: poor, regions: [{ name: 'A', value: 10 }, { name: 'B', value: 2.5 }] }))).toContain('Tertinggi: A 10,0 ribu jiwa. Terendah: B 2,5 ribu jiwa.');
  });
  it('names the publisher and the copy of the shown values (else the indicator’s publisher)', () => {
    const sources = [{ title: 'BPS, Susenas Maret 2025 (via proyek STIS, GitHub)', publisher: 'BPS', via: 'proyek STIS' }];
    expect(altText(input({ sources }))).toContain('Nusa Tenggara Timur, Maret 2025 (BPS via proyek STIS).');
    const two = [...sources, { title: 'BPS, tabel 621 (via GitHub)', publisher: 'BPS', via: 'GitHub' }, { title: 'x', publisher: 'BPS', via: 'GitHub' }];
    expect(altText(input({ sources: two, lang: 'en' }))).toContain('March 2025 (BPS via proyek STIS; BPS via GitHub).');
  });
});
