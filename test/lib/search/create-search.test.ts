import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../src/lib/search/create-search.ts';
import { DataError } from '../../../src/lib/errors.ts';
import { syntheticIndex } from './synthetic.ts';

const { files } = syntheticIndex();

/** A fetchJson over the synthetic files that records every path asked for. */
function server(overrides: Record<string, unknown> = {}) {
  const asked: string[] = [];
  const body = (path: string): unknown => {
    if (path in overrides) return overrides[path];
    if (path === 'search/core.json') return files.core;
    const m = /^search\/(desa|codes)\/(\w+)\.json$/.exec(path);
    const shard = m && (m[1] === 'desa' ? files.desa : files.codes).get(m[2]);
    if (!shard) throw new Error(`404 ${path}`);
    return shard;
  };
  const fetchJson = async (path: string) => {
    asked.push(path);
    return structuredClone(body(path));
  };
  return { asked, fetchJson };
}

describe('createSearch', () => {
  it('loads the core and the one shard a name needs', async () => {
    const s = server();
    expect((await createSearch(s.fetchJson).search('Baumatta'))[0].kode).toBe('5303121006');
    expect(s.asked).toEqual(['search/core.json', 'search/desa/b.json']);
  });

  it('fetches each file once', async () => {
    const s = server();
    const search = createSearch(s.fetchJson);
    await Promise.all([search.search('Baumata'), search.search('Bokong'), search.search('Baum')]);
    expect(s.asked).toEqual(['search/core.json', 'search/desa/b.json']);
  });

  it('finds a desa by Kemendagri code through its code shard', async () => {
    const s = server();
    expect((await createSearch(s.fetchJson).search('53.01.24.2009'))[0].name).toBe('Naioni');
    expect(s.asked).toEqual(['search/core.json', 'search/codes/5303.json']);
  });

  it('answers nothing from searchLoaded before the core arrives', () => expect(createSearch(server().fetchJson).searchLoaded('Kupang')).toEqual([]));

  it('answers from what is loaded without fetching', async () => {
    const s = server();
    const search = createSearch(s.fetchJson);
    await search.preload();
    expect(search.searchLoaded('Baumata').map((r) => r.level)).toEqual([]);
    expect(search.searchLoaded('Taebenu')[0].kode).toBe('5303121');
    expect(s.asked).toEqual(['search/core.json']);
  });

  it('rejects a malformed shard with a DataError naming the file', async () => {
    const s = server({ 'search/desa/b.json': { name: ['Baumata'], kecamatan: [0] } });
    const p = createSearch(s.fetchJson).search('Baumata');
    await expect(p).rejects.toThrow(DataError);
    await expect(p).rejects.toThrow('search/desa/b.json: column "kode" is missing or not an array');
  });

  it('rejects a core of another format', async () => {
    await expect(createSearch(server({ 'search/core.json': { format: 'old' } }).fetchJson).preload()).rejects.toThrow(/search\/core.json: format is "old"/);
  });

  it('retries a file whose fetch failed', async () => {
    const s = server();
    let fail = true;
    const search = createSearch(async (path) => {
      if (path.endsWith('b.json') && fail) {
        fail = false;
        throw new Error('offline');
      }
      return s.fetchJson(path);
    });
    await expect(search.search('Baumata')).rejects.toThrow('offline');
    expect((await search.search('Baumata'))[0].kode).toBe('5303121006');
  });
});
