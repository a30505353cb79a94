import { describe, expect, it } from 'vitest';
import { crosswalkReport } from '../../scripts/crosswalk-files.ts';
import type { Crosswalk } from '../../src/lib/crosswalk/types.ts';

// Synthetic crosswalk: one matched desa, one refused a same-named desa of another kecamatan.
const xw: Crosswalk = {
  rows: [{ level: 'desa', kodeBps: '9901010015', kodeKemendagri: '99.02.01.2015', name: 'Karangsalam', parentKodeBps: '9901010', method: 'exact name', sourceIds: ['D10'], note: '' }],
  unmatched: [{ level: 'desa', side: 'boundary', code: '9901020009', name: 'Karangsalam', parent: '9901020', reason: 'Kemendagri 99.02.01.2015 of this name lies in another kecamatan, which has its own polygon of this name' }],
  refused: [{ kodeBps: '9901020009', name: 'Karangsalam', parentKodeBps: '9901020', kodeKemendagri: ['99.02.01.2015'] }],
};

describe('crosswalkReport', () => {
  it('counts and lists the desa kept to their own kecamatan', () => {
    const md = crosswalkReport(xw);
    expect(md).toContain('Desa kept to their own kecamatan: 1 desa polygons were refused');
    expect(md).toContain('| 9901020009 | Karangsalam | 9901020 | 99.02.01.2015 |');
  });
  it('groups the refusal reason without its code', () => {
    expect(crosswalkReport(xw)).toContain('| desa | boundary | 1 | Kemendagri code of this name lies in another kecamatan, which has its own polygon of this name (1) |');
  });
});
