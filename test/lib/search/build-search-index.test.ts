import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index.ts';
import { SearchData } from '../../../src/lib/search/search-data.ts';
import { syntheticIndex, syntheticLevels } from './synthetic.ts';

const { files } = syntheticIndex();

describe('buildSearchIndex', () => {
  it('stores kecamatan codes as extensions of their kabupaten code', () => expect(files.core.kecamatan.kode.slice(0, 2)).toEqual(['020', '140']));
  it('stores Kemendagri codes as extensions of the parent code', () => expect(files.core.kabupaten.kemendagri[0]).toBe('05'));
  it('keeps the full code where it does not extend the parent (Merauke 9401 under Papua Selatan 95)', () => expect(files.core.kabupaten.kode[5]).toBe('9401'));
  it('links parents by index', () => expect(files.core.kabupaten.parent[5]).toBe(3));
  it('puts each desa in the shard of its first letter', () => expect(files.desa.get('b')?.name).toEqual(['Baumata', 'Baumata Barat', 'Bokong']));
  it('lists the shards with their sizes in the core', () => expect(files.core.desaShards).toEqual({ a: 1, b: 3, g: 1, k: 3, n: 1, s: 6 }));
  it('files "Kota Lama" under k: below kabupaten, Kota is part of the name', () => expect(files.desa.get('k')?.name).toContain('Kota Lama'));
  it('leaves Kemendagri codes out of name shards', () => expect(files.desa.get('b')?.kemendagri).toBeUndefined());
  it('delta-codes the kecamatan column', () => expect(files.desa.get('s')?.kecamatan).toEqual([0, 0, 1, 1, 0, 1]));
  it('files a desa under its BPS kabupaten and its Kemendagri kabupaten', () => {
    expect(files.codes.get('5371')?.name).toEqual(['Alak', 'Naioni']);
    expect(files.codes.get('5303')?.name).toContain('Naioni');
  });
  it('counts Kemendagri codes outside every kabupaten', () => expect(files.strayKemendagri).toBe(1));
  it('round-trips every code through SearchData', () => {
    const levels = syntheticLevels();
    const data = new SearchData(files.core);
    for (const shard of files.codes.values()) data.addDesa(shard);
    const rows = levels.desa.kode.map((kode) => data.row('desa', kode));
    expect(rows.map((r) => data.kemendagri[r])).toEqual(levels.desa.kemendagri);
    expect(data.kemendagri.slice(0, data.coreSize)).toEqual([...levels.provinsi.kemendagri, ...levels.kabupaten.kemendagri, ...levels.kecamatan.kemendagri]);
  });
  it('rejects a desa whose kecamatan is missing, naming it', () => {
    const levels = syntheticLevels();
    levels.desa.parent[0] = '3205999';
    expect(() => buildSearchIndex(levels)).toThrow(DataError);
    expect(() => buildSearchIndex(levels)).toThrow(/desa 3205020005 \(Sukamaju\) has parent "3205999"/);
  });
});
