import { describe, expect, it } from 'vitest';
import { SearchData } from '../../../src/lib/search/search-data.ts';
import { shardsForQuery } from '../../../src/lib/search/shards-for-query.ts';
import { syntheticIndex } from './synthetic.ts';

const { data, files } = syntheticIndex();
const paths = (q: string) => shardsForQuery(data, q).paths;

describe('shardsForQuery', () => {
  it('reads no shard for one letter', () => expect(paths('b')).toEqual([]));
  it('reads the shard of a name’s first letter', () => expect(shardsForQuery(data, 'Baum')).toEqual({ letters: ['b'], paths: ['search/desa/b.json'] }));
  it('reads the shard of a desa name after its parent ("Kupang Baumata")', () => expect(paths('Kupang Baumata')).toEqual(['search/desa/b.json', 'search/desa/k.json']));
  it('skips a later word when the words before it match no region', () => expect(paths('Baumata Sukamaju')).toEqual(['search/desa/b.json']));
  it('reads both readings of "Kota …" (desa "Kota Alak", or desa "Alak" in a kota)', () => expect(paths('Kota Alak')).toEqual(['search/desa/a.json', 'search/desa/k.json']));
  it('stops adding shards at 16,500 desa (with the core, about 150 KB gzip)', () => {
    const big = new SearchData({ ...files.core, desaShards: { ...files.core.desaShards, k: 11_666, b: 8_237 } });
    expect(shardsForQuery(big, 'Kupang Baumata').paths).toEqual(['search/desa/k.json']);
    const fits = new SearchData({ ...files.core, desaShards: { ...files.core.desaShards, k: 11_666, b: 4_834 } });
    expect(shardsForQuery(fits, 'Kupang Baumata').paths).toEqual(['search/desa/b.json', 'search/desa/k.json']);
  });
  it('skips letters without a shard', () => expect(paths('Zebra')).toEqual([]));
  it('reads the kabupaten code shard for a BPS code', () => expect(paths('5303121006')).toEqual(['search/codes/5303.json']));
  it('reads nothing for a short BPS code', () => expect(paths('530')).toEqual([]));
  it('reads the code shard of the kabupaten with a Kemendagri code', () => expect(paths('53.01.24.2009')).toEqual(['search/codes/5303.json']));
});
