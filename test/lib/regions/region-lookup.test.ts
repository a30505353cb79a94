import { describe, expect, it } from 'vitest';
import type { RegionColumns } from '../../../src/lib/regions/region-columns.ts';
import { emptyLookup, findKemendagri, labelPoint, withLevel } from '../../../src/lib/regions/region-lookup.ts';
import { childrenOf, nameOf, regionOf, regionsOf } from '../../../src/lib/regions/region-views.ts';

type Row = [kode: string, kemendagri: string, name: string, parent: string, coastal: 0 | 1, lon: number | null];
const columns = (rows: Row[]): RegionColumns => ({
  kode: rows.map((r) => r[0]),
  kemendagri: rows.map((r) => r[1]),
  name: rows.map((r) => r[2]),
  parent: rows.map((r) => r[3]),
  coastal: rows.map((r) => r[4]),
  coastlineKm: rows.map(() => 0),
  areaKm2: rows.map(() => 1),
  lon: rows.map((r) => r[5]),
  lat: rows.map((r) => (r[5] === null ? null : -10)),
});
const prov = () => columns([['53', '53', 'Nusa Tenggara Timur', '', 1, 121]]);
const kab = () => columns([['5303', '53.01', 'Kabupaten Kupang', '53', 1, 123.9], ['5371', '53.71', 'Kota Kupang', '53', 1, 123.6]]);
const kec = () => columns([['5303121', '53.01.24', 'Taebenu', '5303', 0, 123.7]]);
const desa = () => columns([['5303121006', '53.01.24.2002', 'Baumata', '5303121', 0, 123.65], ['5303121099', '', 'Desa Tanpa Poligon', '5303121', 0, null]]);

describe('withLevel', () => {
  it('finds a region by BPS code and by Kemendagri code, dotted or not', () => {
    const lk = withLevel(emptyLookup(), 'kabupaten', kab());
    expect(regionOf(lk, '5303')?.name).toBe('Kabupaten Kupang');
    expect(findKemendagri(lk, '53.01')).toEqual({ level: 'kabupaten', index: 0 });
    expect(findKemendagri(lk, '5301')).toEqual({ level: 'kabupaten', index: 0 });
  });

  it('returns a new lookup and leaves the old one as it was', () => {
    const before = withLevel(emptyLookup(), 'provinsi', prov());
    const after = withLevel(before, 'kabupaten', kab());
    expect(before.loaded.has('kabupaten')).toBe(false);
    expect(regionOf(before, '5303')).toBeUndefined();
    expect(after.byBps.provinsi).toBe(before.byBps.provinsi);
  });

  it('links parents whichever level arrives first', () => {
    const kecFirst = withLevel(withLevel(emptyLookup(), 'kecamatan', kec()), 'kabupaten', kab());
    const kabFirst = withLevel(withLevel(emptyLookup(), 'kabupaten', kab()), 'kecamatan', kec());
    expect([...kecFirst.parentIndex.kecamatan]).toEqual([0]);
    expect([...kabFirst.parentIndex.kecamatan]).toEqual([0]);
  });

  it('lists children of a region and the provinces for the root', () => {
    const lk = withLevel(withLevel(emptyLookup(), 'provinsi', prov()), 'kabupaten', kab());
    expect(childrenOf(lk, '53').map((r) => r.kode)).toEqual(['5303', '5371']);
    expect(childrenOf(lk, '').map((r) => r.kode)).toEqual(['53']);
    expect(regionsOf(lk, 'kabupaten').map((r) => r.name)).toEqual(['Kabupaten Kupang', 'Kota Kupang']);
    expect(nameOf(lk, '5371')).toBe('Kota Kupang');
  });

  it('keeps a region without polygon, with no label point', () => {
    const lk = withLevel(emptyLookup(), 'desa', desa());
    expect(regionOf(lk, '5303121099')).toMatchObject({ lon: null, lat: null, kemendagri: '' });
    expect(labelPoint(lk, 'desa', 1)).toBeUndefined();
    expect(labelPoint(lk, 'desa', 0)).toEqual([123.65, -10]);
  });
});
