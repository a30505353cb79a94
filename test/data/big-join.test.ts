import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinBig, type BigJoinResult } from '../../src/lib/boundary/join-big.ts';
import { BIG_DIR, loadBigDesa, loadBigRecode } from '../../scripts/sources/big.ts';
import { loadKemendagri } from '../../scripts/sources/kemendagri.ts';

// The committed BIG RBI 2023 desa layer joined to idn-area-data (real data).
const root = join(import.meta.dirname, '../..');
let r: BigJoinResult;
beforeAll(async () => {
  const dir = join(root, BIG_DIR);
  const [{ features }, kd, recode] = await Promise.all([loadBigDesa(dir), loadKemendagri(), loadBigRecode(dir)]);
  r = joinBig(features, kd, recode);
}, 180_000);

describe('BIG RBI 2023 desa joined to the Kemendagri list', () => {
  it('pairs at least 83,000 desa/kelurahan polygons and gives every one of the 7,277 kecamatan a polygon', () => {
    expect(r.desa.length).toBe(83_398);
    expect(r.desa.filter((d) => d.code).length).toBeGreaterThanOrEqual(83_000);
    expect(r.kecamatanWithoutPolygon).toEqual([]);
    expect(r.counts.unmatched).toBe(13);
    expect(r.withoutPolygon.length).toBe(378);
  });

  it('puts Kota Kupang\'s desa into its 6 kecamatan, Fontein (53.71.05.1008) into Kota Raja', () => {
    const kec = new Set(r.desa.filter((d) => d.code.startsWith('53.71.')).map((d) => d.code.slice(0, 8)));
    expect([...kec].sort()).toEqual(['53.71.01', '53.71.02', '53.71.03', '53.71.04', '53.71.05', '53.71.06']);
    expect(r.desa.find((d) => d.bigName === 'Fontein' && d.code.startsWith('53.71'))).toMatchObject({ code: '53.71.05.1008', method: 'code' });
    expect(r.desa.find((d) => d.code === '53.01.24.2002')).toMatchObject({ bigName: 'Baumata', method: 'code' });
  });

  it('pairs Papua Barat Daya, written by BIG with pre-2022 kabupaten codes, by name within the recoded kabupaten', () => {
    const sorong = r.desa.filter((d) => d.bigCode.startsWith('92.71.'));
    expect(sorong.length).toBe(41);
    expect(sorong.every((d) => d.method === 'name within kabupaten' && d.code.startsWith('96.71.'))).toBe(true);
  });
});
