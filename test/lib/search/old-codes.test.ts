import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type RegionNames } from '../../../src/lib/search/build-search-index.ts';
import { createSearch } from '../../../src/lib/search/create-search.ts';
import { DATA_LAYOUT } from '../../../src/lib/data-layout.ts';
import { syntheticIndex } from './synthetic.ts';

type Row = [kode: string, kemendagri: string, name: string, parent: string];
const columns = (rows: Row[]): RegionNames => ({ kode: rows.map((r) => r[0]), kemendagri: rows.map((r) => r[1]), name: rows.map((r) => r[2]), parent: rows.map((r) => r[3]) });

/**
 * SYNTHETIC search index keyed as after the switch to BIG boundaries: kecamatan and desa by dotted
 * Kemendagri codes. Kecamatan Sulamu (53.01.09) lies in Kabupaten Kupang (BPS 5303), but its old
 * BPS code starts 5371 (made up, as the 2,220 real kecamatan and desa whose kabupaten is not their
 * code's prefix): its desa are in the code shard of 5303, not of the old prefix.
 */
function bigIndex() {
  return buildSearchIndex({
    provinsi: columns([['53', '53', 'Nusa Tenggara Timur', '']]),
    kabupaten: columns([['5303', '53.01', 'Kabupaten Kupang', '53'], ['5371', '53.71', 'Kota Kupang', '53']]),
    kecamatan: columns([['53.01.24', '53.01.24', 'Taebenu', '5303'], ['53.01.09', '53.01.09', 'Sulamu', '5303'], ['53.71.01', '53.71.01', 'Alak', '5371']]),
    desa: columns([['53.01.24.2002', '53.01.24.2002', 'Baumata', '53.01.24'], ['53.01.09.2001', '53.01.09.2001', 'Pantulan', '53.01.09'], ['53.71.01.1001', '53.71.01.1001', 'Alak', '53.71.01']]),
  });
}

/** SYNTHETIC alias shards (Baumata's pair is real). */
const OLD: Record<string, Record<string, string>> = {
  '5303': { '5303121': '53.01.24', '5303121006': '53.01.24.2002', '5303121098': '' },
  '5371': { '5371099001': '53.01.09.2001' },
};

/** A fetchJson over the index files and the alias shards, recording every path asked for. */
function server(files = bigIndex()) {
  const asked: string[] = [];
  const fetchJson = async (path: string): Promise<unknown> => {
    asked.push(path);
    if (path === DATA_LAYOUT.searchCore) return structuredClone(files.core);
    const m = /^(search\/desa|search\/codes|old-codes)\/(\w+)\.json$/.exec(path);
    const body = m && (m[1] === 'search/desa' ? files.desa.get(m[2]) : m[1] === 'search/codes' ? files.codes.get(m[2]) : OLD[m[2]]);
    if (!body) throw new Error(`404 ${path}`);
    return structuredClone(body);
  };
  return { asked, fetchJson };
}

describe('search by an old BPS code (kecamatan and desa keyed by Kemendagri codes)', () => {
  it('finds the desa an old 10-digit code now is, first', async () => {
    const s = server();
    const [first] = await createSearch(s.fetchJson).search('5303121006');
    expect(first).toMatchObject({ kode: '53.01.24.2002', name: 'Baumata', level: 'desa', kabupaten: 'Kabupaten Kupang', match: 'code' });
    expect(s.asked).toContain('old-codes/5303.json');
  });

  it('finds the kecamatan an old 7-digit code now is', async () => {
    expect((await createSearch(server().fetchJson).search('530 3121'))[0]).toMatchObject({ kode: '53.01.24', name: 'Taebenu', level: 'kecamatan' });
  });

  it('loads the code shard of the kabupaten the desa lies in, not of the old prefix', async () => {
    const s = server();
    expect((await createSearch(s.fetchJson).search('5371099001'))[0]).toMatchObject({ kode: '53.01.09.2001', name: 'Pantulan' });
    expect(s.asked).toEqual(expect.arrayContaining(['old-codes/5371.json', 'search/codes/5303.json']));
  });

  it('finds nothing for an old code without a match, nor when its alias shard is missing', async () => {
    expect(await createSearch(server().fetchJson).search('5303121098')).toEqual([]);
    expect(await createSearch(server().fetchJson).search('1101010001')).toEqual([]);
  });
});

describe('search by a BPS code that is still a key (today)', () => {
  it('asks for no alias shard', async () => {
    const s = server(syntheticIndex().files);
    expect((await createSearch(s.fetchJson).search('5303121006'))[0].name).toBe('Baumata');
    expect(s.asked.filter((p) => p.startsWith('old-codes/'))).toEqual([]);
  });
});
