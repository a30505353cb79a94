/**
 * Desa of Kemendagri's list without a polygon (SYNTHETIC "Hilang Jaya", 53.01.24.2099, under
 * Taebenu): in the search index like any desa, flagged, found by name and code, and opening their
 * kecamatan; the shipped list read strictly from the boundary join.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index.ts';
import { createSearch } from '../../../src/lib/search/create-search.ts';
import { findNoPolygon, noPolygonCodes, readDesaNoPolygon } from '../../../src/lib/regions/desa-no-polygon.ts';
import { noPolygonFromJoin } from '../../../src/lib/regions/no-polygon-from-join.ts';
import { syntheticLevels } from './synthetic.ts';

const files = buildSearchIndex(syntheticLevels(), { kode: ['53.01.24.2099'], name: ['Hilang Jaya'], parent: ['5303121'] });
const search = createSearch(async (path) => {
  if (path === 'search/core.json') return structuredClone(files.core);
  const m = /^search\/(desa|codes)\/(\w+)\.json$/.exec(path);
  const shard = m && (m[1] === 'desa' ? files.desa : files.codes).get(m[2]);
  if (!shard) throw new Error(`404 ${path}`);
  return structuredClone(shard);
});

describe('desa without a polygon in the search index', () => {
  it('flags them in their name shard and their kabupaten code shard', () => {
    const h = files.desa.get('h')!;
    expect(h.noPolygon?.map((i) => h.name[i])).toEqual(['Hilang Jaya']);
    const kupang = files.codes.get('5303')!;
    expect(kupang.noPolygon?.map((i) => kupang.name[i])).toEqual(['Hilang Jaya']);
    expect(files.desa.get('b')!.noPolygon).toBeUndefined();
  });
  it('finds one by name, with its kecamatan to open', async () => {
    expect((await search.search('Hilang Jaya'))[0]).toMatchObject({ kode: '53.01.24.2099', level: 'desa', kecamatan: 'Taebenu', kabupaten: 'Kabupaten Kupang', opensAt: '5303121' });
  });
  it('finds one by its Kemendagri code', async () => {
    expect((await search.search('53.01.24.2099'))[0]).toMatchObject({ name: 'Hilang Jaya', opensAt: '5303121' });
  });
  it('leaves every desa with a polygon without opensAt', async () => {
    for (const r of await search.search('Baumata')) expect(r.opensAt).toBeUndefined();
  });
});

describe('the list of desa without a polygon', () => {
  const join = [
    'level,side,code,name,parent,kode_kemendagri,reason',
    'desa,boundary,35.78.12.1004,Perak Timur,35.78.12,,"BIG polygon not paired, drawn as part of kecamatan 35.78.12"',
    'desa,kemendagri,53.01.24.2099,Hilang Jaya,53.01.24,53.01.24.2099,no BIG polygon; placed at its kecamatan',
    'desa,kemendagri,11.10.09.2009,Mukti Lincer,11.10.09,11.10.09.2009,no BIG polygon; placed at its kecamatan',
  ].join('\n');
  const list = readDesaNoPolygon(noPolygonFromJoin(join, 'boundary-join.csv'), 'boundary-join.csv');
  it('takes the Kemendagri side of the boundary join, sorted by code', () => expect(list).toEqual({ kode: ['11.10.09.2009', '53.01.24.2099'], name: ['Mukti Lincer', 'Hilang Jaya'], parent: ['11.10.09', '53.01.24'] }));
  it('finds a desa by its dotted code or its digits', () => {
    expect(findNoPolygon(list, '53.01.24.2099')).toEqual({ kode: '53.01.24.2099', name: 'Hilang Jaya', parent: '53.01.24' });
    expect(findNoPolygon(list, '5301242099')?.kode).toBe('53.01.24.2099');
    expect(findNoPolygon(list, '53.01.24.2002')).toBeUndefined();
  });
  it('gives the importer its codes as digits', () => expect(noPolygonCodes(list).get('1110092009')).toBe('Mukti Lincer'));
  it('rejects a code that is no dotted desa code, or a parent that is not its kecamatan, naming row and column', () => {
    expect(() => readDesaNoPolygon({ kode: ['5301242099'], name: ['X'], parent: ['53.01.24'] }, 'f.json')).toThrow(DataError);
    expect(() => readDesaNoPolygon({ kode: ['5301242099'], name: ['X'], parent: ['53.01.24'] }, 'f.json')).toThrow(/f\.json: row 0, column "kode": "5301242099" is not a dotted Kemendagri desa code/);
    expect(() => readDesaNoPolygon({ kode: ['53.01.24.2099'], name: ['X'], parent: ['53.01.25'] }, 'f.json')).toThrow(/row 0, column "parent": "53\.01\.25" is not the kecamatan of 53\.01\.24\.2099/);
    expect(() => noPolygonFromJoin('level,side,code\n', 'j.csv')).toThrow(/j\.csv: missing column "name"/);
  });
});
