import { describe, expect, it } from 'vitest';
import { joinBig } from '../../../src/lib/boundary/join-big.ts';
import type { KemendagriList } from '../../../src/lib/boundary/types.ts';

// Synthetic Kemendagri list (not real data): kabupaten 99.01 and 99.02, whose BIG copy
// numbers 99.02 as 98.71 (an old code), like BIG's Papua Barat Daya.
const kd: KemendagriList = {
  provinces: [{ code: '99', name: 'Uji' }],
  regencies: [{ code: '99.01', provinceCode: '99', name: 'Kabupaten Satu' }, { code: '99.02', provinceCode: '99', name: 'Kota Dua' }],
  districts: [{ code: '99.01.01', regencyCode: '99.01', name: 'Tengah' }, { code: '99.01.02', regencyCode: '99.01', name: 'Hilir' }, { code: '99.02.01', regencyCode: '99.02', name: 'Kota' }],
  villages: [
    { code: '99.01.01.2001', districtCode: '99.01.01', name: 'Alfa' },
    { code: '99.01.01.2002', districtCode: '99.01.01', name: 'Beta' },
    { code: '99.01.02.2001', districtCode: '99.01.02', name: 'Gama' },
    { code: '99.01.02.2002', districtCode: '99.01.02', name: 'Delta' },
    { code: '99.02.01.1001', districtCode: '99.02.01', name: 'Pantai' },
    { code: '99.02.01.1002', districtCode: '99.02.01', name: 'Bukit' },
  ],
};

describe('joinBig (synthetic)', () => {
  it('pairs by code where the names agree, by a unique name in the kabupaten where the code is old, and lists both sides of what did not pair', () => {
    const r = joinBig(
      [
        { code: '99.01.01.2001', name: 'ALFA' },
        { code: '99.01.02.2002', name: 'Gama' }, // code of Delta, name of Gama: renumbered
        { code: '98.71.01.1001', name: 'Pantai' }, // old kabupaten code
        { code: '98.71.01.1009', name: 'Entah' },
        { code: '99.01.01.2002', name: 'Beta Baru' }, // renamed
      ],
      kd,
      new Map([['98.71', '99.02']]),
    );
    expect(r.desa.map((d) => [d.bigCode, d.code, d.method])).toEqual([
      ['99.01.01.2001', '99.01.01.2001', 'code'],
      ['99.01.02.2002', '99.01.02.2001', 'name within kabupaten'],
      ['98.71.01.1001', '99.02.01.1001', 'name within kabupaten'],
      ['98.71.01.1009', '', 'unmatched'],
      ['99.01.01.2002', '99.01.01.2002', 'code (name differs)'],
    ]);
    expect(r.desa[3].note).toBe('code not in the list and no unpaired desa named so in 99.02');
    expect(r.withoutPolygon.map((v) => v.code)).toEqual(['99.01.02.2002', '99.02.01.1002']);
    expect(r.kecamatanWithoutPolygon).toEqual([]);
    expect(r.counts).toEqual({ code: 1, 'code (name differs)': 1, 'name within kabupaten': 2, unmatched: 1 });
  });

  it('lists a kecamatan none of whose desa has a polygon', () => {
    const r = joinBig([{ code: '99.01.01.2001', name: 'Alfa' }], kd);
    expect(r.kecamatanWithoutPolygon.map((k) => k.code)).toEqual(['99.01.02', '99.02.01']);
  });
});

describe('bigJoinReport (synthetic)', () => {
  it('lists both sides of what did not pair by code, in the report and the CSV', async () => {
    const { bigJoinReport } = await import('../../../src/lib/boundary/big-join-report.ts');
    const r = joinBig([{ code: '99.01.01.2001', name: 'Alfa' }, { code: '98.71.01.1009', name: 'Entah, Lain' }], kd);
    const { markdown, csv } = bigJoinReport(r, 'synthetic');
    expect(markdown).toContain('| 98.71.01.1009 | Entah, Lain | code not in the list and no unpaired desa named so in 98.71 |');
    expect(markdown).toContain('Kemendagri desa/kelurahan without a BIG polygon: **5**');
    const lines = csv.trim().split('\n');
    expect(lines[1]).toBe('big,98.71.01.1009,"Entah, Lain",,,unmatched,code not in the list and no unpaired desa named so in 98.71');
    expect(lines[2]).toBe('kemendagri,,,99.01.01.2002,Beta,no polygon,placed at kecamatan 99.01.01');
    expect(lines.length).toBe(1 + 1 + 5);
  });
});
