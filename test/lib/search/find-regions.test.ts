import { describe, expect, it } from 'vitest';
import { findRegions } from '../../../src/lib/search/find-regions.ts';
import { syntheticIndex } from './synthetic.ts';

const { data } = syntheticIndex();
const find = (q: string, letters?: string[]) => findRegions(data, q, { letters: letters && new Set(letters) });
const codes = (q: string) => find(q).map((r) => r.kode);

describe('findRegions: names', () => {
  it('finds an exact desa name', () => expect(find('Baumata')[0]).toMatchObject({ kode: '5303121006', match: 'exact' }));
  it('ranks an exact name before names it starts', () => expect(codes('Baumata')).toEqual(['5303121006', '5303121007']));
  it('finds names by their start', () => expect(find('baumat').map((r) => r.match)).toEqual(['prefix', 'prefix']));
  it('finds a later word of a name by its start', () => expect(find('mulyo')[0]).toMatchObject({ kode: '3573010001', match: 'word' }));
  it('finds a name spelled without its space', () => expect(codes('Sidomulyo')).toEqual(['3573010001']));
  it('finds the query inside a word', () => expect(find('ungkand')[0]).toMatchObject({ kode: '3573010', match: 'substring' }));
  it('ignores case and accents', () => expect(codes('peneleh')).toEqual(['9401020']));
  it('ignores a "Desa" prefix in the query', () => expect(codes('Desa Baumata')[0]).toBe('5303121006'));
  it('lists coarser levels first', () => expect(find('Kupang').map((r) => r.level)).toEqual(['kabupaten', 'kabupaten', 'kecamatan']));
  it('puts Kota Kupang first for "Kota Kupang"', () => expect(codes('Kota Kupang')[0]).toBe('5371'));
  it('puts Kab. Kupang first for "Kab Kupang"', () => expect(codes('Kab Kupang')[0]).toBe('5303'));
  it('finds a desa called "Kota Lama"', () => expect(codes('Kota Lama')).toEqual(['3573010002']));
  it('does not offer desa "Kupang"-like names for "Kota Kupang"', () => expect(find('Kota Kupang').map((r) => r.level)).toEqual(['kabupaten', 'kabupaten']));
  it('does not read "Kabanjahe" as "Kab. Anjahe"', () => expect(codes('Kabanjahe')).toEqual(['5303010001']));
  it('returns nothing for an empty query', () => expect(find('  ')).toEqual([]));
  it('caps the list at the limit', () => expect(findRegions(data, 's', { limit: 3 })).toHaveLength(3));
});

describe('findRegions: typos', () => {
  it('finds a name with one letter too many', () => expect(codes('Baumatta')[0]).toBe('5303121006'));
  it('finds a name with one letter changed', () => expect(codes('Bawmata')[0]).toBe('5303121006'));
  it('finds a name with one letter missing', () => expect(codes('Baumta')[0]).toBe('5303121006'));
  it('finds a name with two typos when it is long enough', () => expect(codes('Bawmatta')[0]).toBe('5303121006'));
  it('marks typo matches as such', () => expect(find('Bawmata')[0].match).toBe('typo'));
  it('allows no typo in names under 4 letters', () => expect(find('Alk')).toEqual([]));
  it('finds the start of a longer name with a typo', () => expect(codes('Sukamajy Kal')).toContain('3206100002'));
  it('shows no typo matches when something matches without one', () => expect(find('Sukamaju').every((r) => r.match !== 'typo')).toBe(true));
});

describe('findRegions: provinces and parents', () => {
  it('finds a province by its abbreviation first', () => expect(find('NTT')[0]).toMatchObject({ kode: '53', match: 'exact' }));
  it('finds provinces whose abbreviation starts with the query', () => expect(codes('jat')).toEqual(['35']));
  it('narrows a name by its kabupaten ("Sukamaju Garut")', () => expect(codes('Sukamaju Garut')).toEqual(['3205020005', '3205140002']));
  it('narrows a name by a parent typed first ("Kupang Taebenu")', () => expect(codes('Kupang Taebenu')).toEqual(['5303121']));
  it('narrows a name by a province abbreviation', () => expect(new Set(find('Sukamaju Jabar').map((r) => r.provinsi))).toEqual(new Set(['Jawa Barat'])));
  it('narrows a name by a kecamatan', () => expect(codes('Sukamaju Cilawu')).toEqual(['3205140002']));
  it('ignores kind words in the parent part', () => expect(codes('Sukamaju Kab Garut')).toEqual(['3205020005', '3205140002']));
  it('narrows a later word of a name by a parent ("Barat Kupang")', () => expect(codes('Barat Kupang')).toContain('5303010'));
  it('allows a typo in the name part of a name + parent query', () => expect(codes('Sukamju Garut')).toEqual(['3205020005', '3205140002']));
  it('marks qualified matches as parent', () => expect(find('Sukamaju Garut')[0].match).toBe('parent'));
  it('prefers a full name over a name + parent reading', () => expect(codes('Garut Baru')[0]).toBe('3205140003'));
  it('returns the names of every ancestor', () =>
    expect(find('Baumata')[0]).toMatchObject({ kecamatan: 'Taebenu', kabupaten: 'Kabupaten Kupang', provinsi: 'Nusa Tenggara Timur', parentName: 'Taebenu' }));
});

describe('findRegions: codes and shards', () => {
  it('finds a BPS code', () => expect(find('5303121006')[0]).toMatchObject({ name: 'Baumata', match: 'code' }));
  it('finds regions under a BPS code prefix, coarser first', () => expect(codes('5303').slice(0, 3)).toEqual(['5303', '5303010', '5303121']));
  it('finds a Kemendagri code with dots', () => expect(codes('53.01.24.2002')).toEqual(['5303121006']));
  it('finds a Papua kabupaten by its Kemendagri code', () => expect(codes('93.01')[0]).toBe('9401'));
  it('draws desa only from the letters given', () => expect(find('Sukamaju', ['b']).filter((r) => r.level === 'desa')).toEqual([]));
  it('still finds kecamatan outside the letters given', () => expect(codes('Taebenu')).toEqual(['5303121']));
});
