import { describe, expect, it } from 'vitest';
import { idmNeed } from '../../../src/lib/indicators/idm-need.ts';
import { idmRecords } from '../../../src/lib/indicators/idm-records.ts';
import { idmJoin } from '../../../src/lib/indicators/idm-join.ts';
import type { IdmDesa } from '../../../src/lib/indicators/read-idm.ts';
import type { Region } from '../../../src/lib/regions/region.ts';

// Synthetic desa (invented codes and scores).
const d = (kode: string, idm: number | null, status: 1 | 2 | 3 | 4 | 5 | null): IdmDesa => ({
  kode, kemendagri: `${kode.slice(0, 2)}.${kode.slice(2, 4)}.${kode.slice(4, 6)}.${kode.slice(6)}`, name: `SYNTHETIC ${kode}`, idm, iks: idm, ike: idm, ikl: idm, status, at: 'synthetic',
});
const desa = [
  d('9901012001', 0.45, 5), d('9901012002', 0.55, 4), d('9901012003', 0.65, 3), d('9901012004', null, null),
  d('9901022001', 0.9, 1), d('9901022002', 0.75, 2),
  d('9902012001', 0.5, 4),
];

describe('idmNeed (synthetic)', () => {
  it('counts desa Tertinggal + Sangat Tertinggal, their share and the median per kecamatan, leaving unscored desa out of n', () => {
    expect(idmNeed(desa, 'kecamatan')).toEqual([
      { kode: '990101', scored: 3, need: 2, needShare: 66.67, median: 0.55 },
      { kode: '990102', scored: 2, need: 0, needShare: 0, median: 0.825 },
      { kode: '990201', scored: 1, need: 1, needShare: 100, median: 0.5 },
    ]);
  });
  it('aggregates kabupaten and province from all their desa, not from kecamatan figures', () => {
    expect(idmNeed(desa, 'kabupaten')).toEqual([
      { kode: '9901', scored: 5, need: 2, needShare: 40, median: 0.65 },
      { kode: '9902', scored: 1, need: 1, needShare: 100, median: 0.5 },
    ]);
    expect(idmNeed(desa, 'provinsi')).toEqual([{ kode: '99', scored: 6, need: 3, needShare: 50, median: 0.6 }]);
  });
});

describe('idmRecords (synthetic)', () => {
  it('gives desa figures from Kemendes and area figures computed by Lokus, keyed by dotted Kemendagri code', () => {
    const recs = idmRecords(desa, 'synthetic');
    const of = (code: string, indicator: string) => recs.filter((r) => r.kodeKemendagri === code && r.indicator === indicator).map((r) => [r.level, r.value, r.source, r.year]);
    expect(of('99.01.01.2001', 'idm_status')).toEqual([['desa', 5, 'KEMENDESA_IDM_2024', 2024]]);
    expect(of('99.01.01.2004', 'idm')).toEqual([]);
    expect(of('99.01.01', 'idm_need_share')).toEqual([['kecamatan', 66.67, 'LOKUS_FROM_IDM_2024', 2024]]);
    expect(of('99.01', 'idm_scored_desa')).toEqual([['kabupaten', 5, 'LOKUS_FROM_IDM_2024', 2024]]);
    expect(of('99', 'idm_median')).toEqual([['provinsi', 0.6, 'LOKUS_FROM_IDM_2024', 2024]]);
  });
});

describe('idmJoin (synthetic)', () => {
  const r = (kode: string, kemendagri: string): Region => ({ level: 'desa', kode, kemendagri, name: kode, parent: '', coastal: false, coastlineKm: 0, areaKm2: 1, lon: null, lat: null });
  it('joins by Kemendagri code and reports both sides: IDM without a polygon, kelurahan not scored, desa without IDM, units without a code', () => {
    const j = idmJoin(desa, [r('1', '99.01.01.2001'), r('2', '99.01.01.1001'), r('3', '99.01.01.2999'), r('4', '')]);
    expect(j.joined).toBe(1);
    expect(j.idmWithoutRegion).toHaveLength(6);
    expect([j.kelurahanNotScored.map((x) => x.kode), j.desaWithoutIdm.map((x) => x.kode), j.withoutCode.map((x) => x.kode)]).toEqual([['2'], ['3'], ['4']]);
  });
});
