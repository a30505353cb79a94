import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BoundarySource, KemendagriList, SourceFeature } from '../../../src/lib/boundary/types.ts';
import { buildCrosswalk, oneEditApart, type CrosswalkInputs } from '../../../src/lib/crosswalk/build-crosswalk.ts';
import { DataError } from '../../../src/lib/errors.ts';

// Synthetic miniature of the real sources: one province with an old kabupaten (BPS 9901 =
// Kemendagri 99.02) from which a new one (99.03, BPS 9903) was carved after the boundary source.
const sq: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const f = (p: Partial<SourceFeature>): SourceFeature => ({ id: '', code: '', name: '', kind: null, parentId: '', provinceName: 'Provinsi Uji', water: false, geometry: sq, ...p });

function inputs(over: Partial<CrosswalkInputs> = {}): CrosswalkInputs {
  const source: BoundarySource = {
    citation: 'synthetic', licence: 'synthetic',
    kabupaten: [f({ id: 'K1', code: '9901', name: 'Lama', kind: 'kabupaten' }), f({ id: 'K2', code: '', name: 'Pantai', kind: 'kota' }), f({ id: 'W', name: 'Danau Besar', water: true })],
    kecamatan: [
      f({ id: 'C1', code: '9901010', name: 'Tengah', parentId: 'K1' }),
      f({ id: 'C2', code: '9901020', name: 'Baru Selatan', parentId: 'K1' }),
      f({ id: 'C3', code: '9901030', name: 'Entah', parentId: 'K1' }),
      f({ id: 'C4', code: '', name: 'Pesisir', parentId: 'K2' }),
    ],
    desa: [
      f({ id: 'D1', code: '9901010001', name: 'SukaMaju', parentId: 'C1' }),
      f({ id: 'D2', code: '9901010002', name: 'Sukamaju', parentId: 'C1' }),
      f({ id: 'D3', code: '9901020001', name: 'Pindah', parentId: 'C2' }),
      f({ id: 'D4', code: '9971010001', name: 'Tepi', parentId: 'C4' }),
    ],
  };
  const kemendagri: KemendagriList = {
    provinces: [{ code: '99', name: 'Provinsi Uji' }],
    regencies: [{ code: '99.02', provinceCode: '99', name: 'Kabupaten Lama' }, { code: '99.03', provinceCode: '99', name: 'Kabupaten Baru' }, { code: '99.71', provinceCode: '99', name: 'Kota Pantai' }],
    districts: [{ code: '99.02.01', regencyCode: '99.02', name: 'Tengah' }, { code: '99.03.01', regencyCode: '99.03', name: 'Baru Selatan' }, { code: '99.71.01', regencyCode: '99.71', name: 'Pesisir' }],
    villages: [{ code: '99.02.01.2001', districtCode: '99.02.01', name: 'Suka Maju' }, { code: '99.03.01.2001', districtCode: '99.03.01', name: 'Pindah' }, { code: '99.71.01.1001', districtCode: '99.71.01', name: 'Tepi' }],
  };
  return { source, kemendagri, kabupatenBps: new Map([['99.02', '9901'], ['99.03', '9903'], ['99.71', '9971']]), provinsiBps: new Map(), aliases: [], ...over };
}
const row = (xw: ReturnType<typeof buildCrosswalk>, code: string) => xw.rows.find((r) => r.kodeBps === code);

describe('buildCrosswalk', () => {
  it('matches a kabupaten by BPS code confirmed by name', () => {
    expect(row(buildCrosswalk(inputs()), '9901')).toMatchObject({ kodeKemendagri: '99.02', method: 'code', sourceIds: ['K1'] });
  });
  it('matches a kabupaten without a code by name and kind', () => {
    expect(row(buildCrosswalk(inputs()), '9971')).toMatchObject({ kodeKemendagri: '99.71', method: 'normalized name (no BPS code in source)' });
  });
  it('regroups a kecamatan under a kabupaten created after the source, and dissolves the new kabupaten from it', () => {
    const xw = buildCrosswalk(inputs());
    expect(row(xw, '9901020')).toMatchObject({ kodeKemendagri: '99.03.01', parentKodeBps: '9903', method: 'normalized name (regrouped)' });
    expect(row(xw, '9903')).toMatchObject({ method: 'regrouped from kecamatan', sourceIds: [] });
  });
  it('derives a missing kecamatan code from its desa codes', () => {
    expect(row(buildCrosswalk(inputs()), '9971010')).toMatchObject({ kodeKemendagri: '99.71.01', parentKodeBps: '9971' });
  });
  it('matches desa by normalized name and never gives one Kemendagri code to two desa', () => {
    const xw = buildCrosswalk(inputs());
    expect(row(xw, '9901010001')).toMatchObject({ kodeKemendagri: '99.02.01.2001' });
    expect(row(xw, '9901010002')).toMatchObject({ kodeKemendagri: '', method: 'unmatched' });
    expect(xw.unmatched.find((u) => u.code === '9901010002')?.reason).toMatch(/already matched/);
  });
  it('lists regions found on one side only, with a reason', () => {
    const xw = buildCrosswalk(inputs());
    expect(xw.unmatched).toContainEqual(expect.objectContaining({ level: 'kecamatan', side: 'boundary', code: '9901030', name: 'Entah', reason: expect.stringMatching(/no kecamatan of this name/) }));
  });
  it('never treats a lake as a region', () => {
    expect(buildCrosswalk(inputs()).rows.some((r) => r.name.includes('Danau'))).toBe(false);
  });
  it('stops on an alias with an unknown code, naming file, row and value', () => {
    const bad = inputs({ aliases: [{ level: 'kabupaten', province: '', sourceName: 'Lama', kodeKemendagri: '99.99', note: '', line: 7 }], files: { aliases: 'data/crosswalk/aliases.csv' } });
    expect(() => buildCrosswalk(bad)).toThrow(DataError);
    expect(() => buildCrosswalk(bad)).toThrow(/data\/crosswalk\/aliases\.csv row 7, column "kode_kemendagri": "99\.99" is not a Kemendagri code/);
  });
  it('stops when a source province matches nothing', () => {
    const i = inputs();
    i.source.kabupaten[0] = { ...i.source.kabupaten[0], provinceName: 'Atlantis' };
    expect(() => buildCrosswalk(i)).toThrow(/province "Atlantis" matches no Kemendagri province/);
  });
});

describe('oneEditApart', () => {
  it('accepts one substitution, insertion or deletion in names of six letters or more', () => {
    expect(oneEditApart('oebelo', 'oebello')).toBe(true);
    expect(oneEditApart('sukamakmur', 'sukamakmor')).toBe(true);
    expect(oneEditApart('sukamakmur', 'sukamakmu')).toBe(true);
  });
  it('rejects short names, equal names and two edits', () => {
    expect(oneEditApart('oelo', 'oela')).toBe(false);
    expect(oneEditApart('baumata', 'baumata')).toBe(false);
    expect(oneEditApart('baumata', 'baumuta2')).toBe(false);
  });
});

describe('similar-name matching', () => {
  it('pairs a misspelt desa with the one unused Kemendagri desa one edit away, after exact pairs are taken', () => {
    const i = inputs();
    i.source.desa[0] = { ...i.source.desa[0], name: 'Suka Majoe' }; // fold: sukamajoe vs sukamaju: two edits, no match
    i.source.desa[1] = { ...i.source.desa[1], name: 'Sukamaju' };
    const xw = buildCrosswalk(i);
    expect(xw.rows.find((r) => r.kodeBps === '9901010002')).toMatchObject({ kodeKemendagri: '99.02.01.2001' });
    expect(xw.rows.find((r) => r.kodeBps === '9901010001')).toMatchObject({ kodeKemendagri: '' });
  });
  it('uses a one-edit match and says so', () => {
    const i = inputs();
    i.source.desa[0] = { ...i.source.desa[0], name: 'Sukamajuu' };
    i.source.desa.splice(1, 1);
    expect(buildCrosswalk(i).rows.find((r) => r.kodeBps === '9901010001')).toMatchObject({ kodeKemendagri: '99.02.01.2001', method: 'similar name (1 edit)', note: 'source "Sukamajuu"' });
  });
});
