import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { SourceFeature } from '../../../src/lib/boundary/types.ts';
import { matchDesa, type DesaMatchInputs, type KecamatanMatch } from '../../../src/lib/crosswalk/match-desa.ts';

interface Fixture {
  kecamatan: (KecamatanMatch & { id: string })[];
  desa: Pick<SourceFeature, 'id' | 'code' | 'name' | 'parentId'>[];
  villages: DesaMatchInputs['villages'];
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/crosswalk/synthetic-desa-kabupaten.json'), 'utf8')) as Fixture;
const sq: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

function inputs(order: (desa: Fixture['desa']) => Fixture['desa'] = (d) => d): DesaMatchInputs {
  return {
    desa: order(fixture.desa).map((d) => ({ ...d, kind: null, provinceName: 'Provinsi Uji', water: false, geometry: sq })),
    kecOfSource: new Map(fixture.kecamatan.map(({ id, ...k }) => [id, k])),
    villages: fixture.villages,
  };
}
const row = (m: ReturnType<typeof matchDesa>, code: string) => m.rows.find((r) => r.kodeBps === code);

describe('matchDesa: own kecamatan first', () => {
  it('gives a desa to the polygon of its own kecamatan even when a same-named polygon of another kecamatan comes first in the source', () => {
    const m = matchDesa(inputs());
    expect(row(m, '9901010015')).toMatchObject({ kodeKemendagri: '99.02.01.2015', method: 'exact name' });
    expect(row(m, '9901020009')).toMatchObject({ kodeKemendagri: '', method: 'unmatched' });
  });
  it('matches the same way whatever the order of the source', () => {
    const pairs = (m: ReturnType<typeof matchDesa>) => Object.fromEntries(m.rows.map((r) => [r.kodeBps, r.kodeKemendagri]));
    expect(pairs(matchDesa(inputs((d) => [...d].reverse())))).toEqual(pairs(matchDesa(inputs())));
  });
  it('still matches within the kabupaten where the own kecamatan has no desa of the name and the right one has no polygon of it', () => {
    expect(row(matchDesa(inputs()), '9901010002')).toMatchObject({ kodeKemendagri: '99.02.04.2002', method: 'normalized name (within kabupaten)', note: 'now in kecamatan 99.02.04' });
  });
});

describe('matchDesa: a wider match is refused where the right kecamatan has a polygon of the name', () => {
  it('leaves the polygon of the wrong kecamatan unmatched, with the reason, and counts the refusal', () => {
    const m = matchDesa(inputs());
    expect(m.unmatched).toContainEqual(expect.objectContaining({ code: '9901020009', reason: 'Kemendagri 99.02.01.2015 of this name lies in another kecamatan, which has its own polygon of this name' }));
    expect(m.refused).toContainEqual({ kodeBps: '9901020009', name: 'Karangsalam', parentKodeBps: '9901020', kodeKemendagri: ['99.02.01.2015'] });
  });
  it('skips same-named desa of a kecamatan that draws the name, even when that kecamatan could not use them (ambiguous there)', () => {
    const m = matchDesa(inputs());
    // Kec. Hilir's own polygon stays unmatched (two Kemendagri desa of the name), yet its desa are not
    // handed to Kec. Barat's polygon: that one takes the only Seumantok of a kecamatan without such a polygon.
    expect(row(m, '9901030001')).toMatchObject({ kodeKemendagri: '' });
    expect(row(m, '9901020001')).toMatchObject({ kodeKemendagri: '99.02.04.2001', method: 'normalized name (within kabupaten)' });
    expect(m.refused.find((r) => r.kodeBps === '9901020001')?.kodeKemendagri).toEqual(['99.02.03.2001', '99.02.03.2002']);
    expect(m.refused).toHaveLength(2);
  });
});
