import { describe, expect, it } from 'vitest';
import { aliasIdmCodes, type CodeAlias } from '../../../src/lib/indicators/idm-alias.ts';
import type { IdmDesa } from '../../../src/lib/indicators/read-idm.ts';

// Synthetic: BIG and IDM number kabupaten 99.10's desa as 99.10.01.x; the boundary stage paired those
// polygons by name with Kemendagri's 99.05.01.x. In 99.01 the kecamatan are numbered differently.
const desa = (kemendagri: string, name: string): IdmDesa => ({ kode: kemendagri.replace(/\./g, ''), kemendagri, name, idm: 0.6, iks: 0.6, ike: 0.6, ikl: 0.6, status: 3, at: `synthetic ${kemendagri}` });
const aliases: CodeAlias[] = [
  { from: '99.10.01.2001', to: '99.05.01.2001', name: 'Ainod' },
  { from: '99.01.12.2001', to: '99.01.08.2001', name: 'Segun' },
  { from: '99.10.01.2002', to: '99.05.01.2002', name: 'Bori' },
];

describe('aliasIdmCodes', () => {
  it('gives an IDM desa written with a BIG code the Kemendagri code its polygon was paired with, when the names agree', () => {
    const r = aliasIdmCodes([desa('99.10.01.2001', 'AINOD'), desa('53.01.24.2002', 'BAUMATA')], aliases, new Set());
    expect(r.desa.map((d) => [d.kemendagri, d.kode])).toEqual([['99.05.01.2001', '9905012001'], ['53.01.24.2002', '5301242002']]);
    expect(r.aliased.map((a) => [a.idm.kemendagri, a.to])).toEqual([['99.10.01.2001', '99.05.01.2001']]);
    expect(r.setAside).toEqual([]);
  });

  it('sets aside, never joins by code, an IDM desa whose code is another desa in BIG\'s numbering, or whose BIG polygon did not pair, or whose name differs', () => {
    const r = aliasIdmCodes([desa('99.01.08.2001', 'KLAWANA'), desa('99.01.12.2001', 'SEGUN'), desa('99.01.55.2002', 'KLAWANA'), desa('99.10.01.2002', 'WAIMON')], aliases, new Set(['99.01.55.2002']));
    expect(r.desa.map((d) => d.kemendagri)).toEqual(['99.01.08.2001']);
    expect(r.desa[0].name).toBe('SEGUN');
    expect(r.setAside.map((s) => s.idm.kemendagri)).toEqual(['99.01.08.2001', '99.01.55.2002', '99.10.01.2002']);
    expect(r.setAside[0].reason).toMatch(/BIG's 99\.01\.12\.2001/);
    expect(r.setAside[2].reason).toMatch(/"Bori", IDM names it "WAIMON"/);
  });
});
