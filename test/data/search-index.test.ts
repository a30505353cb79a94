/**
 * The search index on the real data (public/data/search from `npm run data`). Unlike the other
 * real-data checks this FAILS when the index is missing: the search box depends on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearch, type RegionSearch } from '../../src/lib/search/create-search.ts';
import { readDesaNoPolygon } from '../../src/lib/regions/desa-no-polygon.ts';
import { noPolygonFromJoin } from '../../src/lib/regions/no-polygon-from-join.ts';

const pub = join(import.meta.dirname, '../../public/data');
let search: RegionSearch;
let fetched: string[] = [];
const gzipKb = (paths: string[]) => paths.reduce((s, p) => s + gzipSync(readFileSync(join(pub, p)), { level: 9 }).length, 0) / 1024;

describe('search index (real data)', () => {
  beforeAll(() => {
    if (!existsSync(join(pub, 'search/core.json'))) throw new Error('public/data/search/core.json is missing: run npm run data');
    search = createSearch(async (path) => {
      fetched.push(path);
      return JSON.parse(readFileSync(join(pub, path), 'utf8'));
    });
  });

  it.each(['Baumatta', 'Bawmata', 'Baumta'])('finds Desa Baumata (53.01.24.2002) for the typo "%s" among the top 3', async (q) => {
    expect((await search.search(q)).slice(0, 3).map((r) => r.kode)).toContain('53.01.24.2002');
  });

  it('lists Baumata with its kecamatan and kabupaten', async () => {
    expect((await search.search('Baumata'))[0]).toMatchObject({ kode: '53.01.24.2002', kecamatan: 'Taebenu', kabupaten: 'Kabupaten Kupang', provinsi: 'Nusa Tenggara Timur' });
  });

  it('puts Nusa Tenggara Timur (53) first for "NTT"', async () => expect((await search.search('NTT'))[0].kode).toBe('53'));

  it('lists only Sukamaju desa in Kab. Garut (3205) for "Sukamaju Garut"', async () => {
    const results = await search.search('Sukamaju Garut');
    expect(results.filter((r) => r.name === 'Sukamaju').length).toBeGreaterThan(0);
    for (const r of results) expect([r.level, r.kabupaten, r.name.startsWith('Sukamaju')]).toEqual(['desa', 'Kabupaten Garut', true]);
  });

  it('finds Kec. Taebenu in Kab. Kupang first for "Kupang Taebenu"', async () => expect((await search.search('Kupang Taebenu'))[0].kode).toBe('53.01.24'));

  it('finds a desa by its Kemendagri code, and by the BPS code Lokus used before the BIG boundaries (old-code aliases)', async () => {
    expect((await search.search('53.01.24.2002'))[0]).toMatchObject({ kode: '53.01.24.2002', name: 'Baumata' });
    expect((await search.search('5303121006'))[0]).toMatchObject({ kode: '53.01.24.2002', name: 'Baumata' });
    expect((await search.search('5303121'))[0]).toMatchObject({ kode: '53.01.24', name: 'Taebenu' });
  });

  it('finds a desa without a polygon (Mukti Lincer, 11.10.09.2009) by name and by code, opening its kecamatan', async () => {
    expect((await search.search('Mukti Lincer'))[0]).toMatchObject({ kode: '11.10.09.2009', level: 'desa', opensAt: '11.10.09' });
    expect((await search.search('11.10.09.2009'))[0]).toMatchObject({ name: 'Mukti Lincer', opensAt: '11.10.09' });
  });

  it('lists every Kemendagri desa without a polygon of boundary-join.csv, each under a kecamatan the map has', () => {
    const list = readDesaNoPolygon(JSON.parse(readFileSync(join(pub, 'search/desa-no-polygon.json'), 'utf8')), 'desa-no-polygon.json');
    expect(list).toEqual(noPolygonFromJoin(readFileSync(join(pub, 'boundary-join.csv'), 'utf8'), 'boundary-join.csv'));
    expect(list.kode.length).toBeGreaterThan(300);
    const kecamatan = new Set<string>(JSON.parse(readFileSync(join(pub, 'regions/kecamatan.json'), 'utf8')).kode);
    expect(list.parent.filter((k) => !kecamatan.has(k))).toEqual([]);
  });

  it('loads at most 200 KB gzip on the first keystroke', async () => {
    const fresh: string[] = [];
    const first = createSearch(async (path) => {
      fresh.push(path);
      return JSON.parse(readFileSync(join(pub, path), 'utf8'));
    });
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') await first.search(letter);
    expect(fresh).toEqual(['search/core.json']);
    expect(gzipKb(fresh)).toBeLessThanOrEqual(200);
  });

  it('loads at most 150 KB gzip for a two-word query', async () => {
    fetched = [];
    const s = createSearch(async (path) => {
      fetched.push(path);
      return JSON.parse(readFileSync(join(pub, path), 'utf8'));
    });
    await s.search('Sukamaju Garut');
    expect(gzipKb(fetched)).toBeLessThanOrEqual(150);
  });
});
