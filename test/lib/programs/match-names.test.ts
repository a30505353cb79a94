import { describe, expect, it } from 'vitest';
import { matchNames } from '../../../src/lib/programs/ingest/match-names.ts';
import { namesLookup, syntheticLookup } from './helpers.ts';

const name = (lookup: ReturnType<typeof syntheticLookup>, m: { level?: 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa'; index?: number }) =>
  m.level !== undefined && m.index !== undefined ? lookup.levels[m.level].name[m.index] : undefined;

describe('matchNames', () => {
  it('matches a desa by its exact name within its kabupaten', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'Kabupaten Kupang', desa: 'Baumata' });
    expect([m.method, m.level, name(lookup, m)]).toEqual(['exact', 'desa', 'Baumata']);
  });

  it('matches case, "Kab."/"Desa" prefixes and spacing as normalised', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'KAB. KUPANG', desa: 'Desa BAU MATA' });
    expect([m.method, name(lookup, m)]).toEqual(['normalised', 'Baumata']);
  });

  it('tells Kota Kupang from Kab. Kupang by the prefix', () => {
    const lookup = syntheticLookup();
    expect(name(lookup, matchNames(lookup, { kabupaten: 'Kota Kupang' }))).toBe('Kota Kupang');
    expect(name(lookup, matchNames(lookup, { kabupaten: 'Kab. Kupang' }))).toBe('Kabupaten Kupang');
  });

  it('reports a kab/kota name without prefix that fits both as ambiguous, with no place', () => {
    const m = matchNames(syntheticLookup(), { kabupaten: 'Kupang' });
    expect([m.method, m.level, m.problems[0].candidates]).toEqual(['ambiguous', undefined, ['Kabupaten Kupang (Nusa Tenggara Timur)', 'Kota Kupang (Nusa Tenggara Timur)']]);
  });

  it('joins old spellings and doubled letters as normalised', () => {
    const lookup = namesLookup();
    const m = matchNames(lookup, { kabupaten: 'Kab. Kupang', desa: 'Oebello' });
    expect([m.method, name(lookup, m)]).toEqual(['normalised', 'Oebelo']);
  });

  it('accepts a name one letter apart as its own method, and says so', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'Kab. Kupang', desa: 'Tetangka' });
    expect([m.method, name(lookup, m), m.oneEdit]).toEqual(['one-edit', 'Tetangga', [{ level: 'desa', given: 'Tetangka', matched: 'Tetangga' }]]);
  });

  it('never guesses between two desa of one name: ambiguous, placed at the kabupaten', () => {
    const lookup = namesLookup();
    const m = matchNames(lookup, { kabupaten: 'Kab. Kupang', desa: 'Baumata' });
    expect([m.method, m.level, name(lookup, m)]).toEqual(['ambiguous', 'kabupaten', 'Kabupaten Kupang']);
    expect(m.problems[0].candidates).toEqual(['Baumata (Taebenu)', 'Baumata (Kupang Tengah)']);
  });

  it('uses a kecamatan to tell two desa of one name apart', () => {
    const lookup = namesLookup();
    const m = matchNames(lookup, { kabupaten: 'Kab. Kupang', kecamatan: 'Kupang Tengah', desa: 'Baumata' });
    expect([m.method, lookup.levels.desa.kode[m.index!]]).toEqual(['exact', '5303130001']);
  });

  it('places an unmatched desa at its matched parent (parent only)', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'Kab. Kupang', kecamatan: 'Taebenu', desa: 'Tidak Ada' });
    expect([m.method, m.level, name(lookup, m), m.problems.map((p) => p.kind)]).toEqual(['parent-only', 'kecamatan', 'Taebenu', ['unmatched']]);
  });

  it('looks for the desa in the whole kabupaten when the kecamatan is not found', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'Kab. Kupang', kecamatan: 'Salah Tulis', desa: 'Tetangga' });
    expect([m.method, name(lookup, m), m.problems]).toEqual(['exact', 'Tetangga', [{ level: 'kecamatan', name: 'Salah Tulis', kind: 'unmatched' }]]);
  });

  it('is unmatched when no name fits', () => {
    expect(matchNames(syntheticLookup(), { provinsi: 'Atlantis', desa: 'Nowhere' }).method).toBe('unmatched');
  });

  it('reads province names in their short forms', () => {
    const lookup = syntheticLookup();
    expect(name(lookup, matchNames(lookup, { provinsi: 'NTT' }))).toBe('Nusa Tenggara Timur');
  });
});

describe('matchNames, top-down', () => {
  it('settles "Kupang" as Kabupaten Kupang by its kecamatan Taebenu and desa Baumata, and says so', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'Kupang', kecamatan: 'Taebenu', desa: 'Baumata' });
    expect([m.method, m.level, name(lookup, m)]).toEqual(['exact', 'desa', 'Baumata']);
    expect(m.settled).toEqual([{ level: 'kabupaten', name: 'Kupang', chosen: 'Kabupaten Kupang (Nusa Tenggara Timur)', candidates: ['Kabupaten Kupang (Nusa Tenggara Timur)', 'Kota Kupang (Nusa Tenggara Timur)'], by: 'Taebenu, Baumata' }]);
  });

  it('settles "Kupang" as Kota Kupang by a desa only Kota Kupang has', () => {
    const lookup = syntheticLookup();
    const m = matchNames(lookup, { kabupaten: 'Kupang', desa: 'Alak Satu' });
    expect([m.method, name(lookup, m), m.settled?.[0].chosen]).toEqual(['exact', 'Alak Satu', 'Kota Kupang (Nusa Tenggara Timur)']);
  });

  it('stays ambiguous when the finer names fit under none or under several of the candidates', () => {
    const lookup = syntheticLookup();
    expect(matchNames(lookup, { kabupaten: 'Kupang', desa: 'Tidak Ada' }).method).toBe('ambiguous');
    expect(matchNames(namesLookup(), { provinsi: 'NTT', kabupaten: 'Kupang', desa: 'Baumata' }).method).toBe('ambiguous');
  });
});
