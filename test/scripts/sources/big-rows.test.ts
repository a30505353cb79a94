import { describe, expect, it } from 'vitest';
import { joinBig } from '../../../src/lib/boundary/join-big.ts';
import type { KemendagriList } from '../../../src/lib/boundary/types.ts';
import type { CrosswalkRow } from '../../../src/lib/crosswalk/types.ts';
import { bigRows } from '../../../scripts/sources/big-rows.ts';

// Synthetic province 99 (BPS 99), kabupaten 99.01 (BPS 9903) and 99.05 (BPS 9910, written 99.10 by BIG).
const kd: KemendagriList = {
  provinces: [{ code: '99', name: 'Sintetis' }],
  regencies: [{ code: '99.01', provinceCode: '99', name: 'Kabupaten Satu' }, { code: '99.05', provinceCode: '99', name: 'Kabupaten Lima' }],
  districts: [{ code: '99.01.01', regencyCode: '99.01', name: 'Alfa' }, { code: '99.01.02', regencyCode: '99.01', name: 'Beta' }, { code: '99.05.01', regencyCode: '99.05', name: 'Gama' }],
  villages: [
    { code: '99.01.01.2001', districtCode: '99.01.01', name: 'Satu' },
    { code: '99.01.01.2002', districtCode: '99.01.01', name: 'Dua' },
    { code: '99.05.01.2001', districtCode: '99.05.01', name: 'Ainod' },
  ],
};
const row = (level: 'provinsi' | 'kabupaten', kodeBps: string, kodeKemendagri: string, parentKodeBps: string): CrosswalkRow => ({ level, kodeBps, kodeKemendagri, name: kodeBps, parentKodeBps, method: 'code', sourceIds: [], note: '' });

describe('bigRows', () => {
  it('keys kecamatan and desa by dotted Kemendagri codes under the BPS kabupaten, and lists both sides of what did not pair', () => {
    const big = [{ code: '99.01.01.2001', name: 'Satu' }, { code: '99.10.01.2003', name: 'Ainod' }, { code: '99.01.02.2009', name: 'Hilang' }];
    const recode = new Map([['99.10', '99.05']]);
    const r = bigRows(joinBig(big, kd, recode), kd, [row('provinsi', '99', '99', '')], [row('kabupaten', '9903', '99.01', '99'), row('kabupaten', '9910', '99.05', '99')], recode, 'synthetic');
    expect(r.kecamatan.map((k) => [k.kodeBps, k.parentKodeBps])).toEqual([['99.01.01', '9903'], ['99.01.02', '9903'], ['99.05.01', '9910']]);
    expect(r.desa.map((d) => [d.kodeBps, d.name, d.parentKodeBps])).toEqual([['99.01.01.2001', 'Satu', '99.01.01'], ['99.05.01.2001', 'Ainod', '99.05.01']]);
    expect(r.desaOfPolygon).toEqual([0, 1, -1]);
    // The unpaired polygon is still drawn, as part of its kecamatan.
    expect(r.kecamatanOfPolygon).toEqual(['99.01.01', '99.05.01', '99.01.02']);
    expect(r.renamed).toEqual([{ from: '99.10.01.2003', to: '99.05.01.2001', name: 'Ainod' }]);
    expect(r.unmatched.map((u) => [u.side, u.code])).toEqual([['boundary', '99.01.02.2009'], ['kemendagri', '99.01.01.2002']]);
  });

  it('stops with the file and code when a kecamatan lies in a kabupaten the crosswalk does not list', () => {
    expect(() => bigRows(joinBig([], kd), kd, [], [row('kabupaten', '9903', '99.01', '99')], new Map(), 'crosswalk_kabupaten.csv')).toThrow(/crosswalk_kabupaten\.csv: kecamatan 99\.05\.01 \(Gama\) lies in kabupaten 99\.05/);
  });
});
