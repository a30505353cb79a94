import { describe, expect, it } from 'vitest';
import { DATA_LAYOUT } from '../../src/lib/data-layout.ts';

describe('DATA_LAYOUT', () => {
  it('names the built files relative to the data folder', () => {
    expect(DATA_LAYOUT.national).toBe('boundaries/national.topo.json');
    expect(DATA_LAYOUT.chunk('kecamatan', '53')).toBe('boundaries/kecamatan/53.topo.json');
    expect(DATA_LAYOUT.chunk('desa', '5303')).toBe('boundaries/desa/5303.topo.json');
    expect(DATA_LAYOUT.chunk('desa', '5303').startsWith(`${DATA_LAYOUT.chunkFolder('desa')}/`)).toBe(true);
    expect(DATA_LAYOUT.regions('kabupaten')).toBe('regions/kabupaten.json');
    expect(DATA_LAYOUT.searchDesa('b')).toBe('search/desa/b.json');
    expect(DATA_LAYOUT.searchCodes('5303')).toBe('search/codes/5303.json');
    for (const p of [DATA_LAYOUT.searchCore, DATA_LAYOUT.searchDesa('b'), DATA_LAYOUT.searchCodes('5303')]) expect(p.startsWith(`${DATA_LAYOUT.searchFolder}/`)).toBe(true);
  });

  it('encodes an indicator id in its values path', () => {
    expect(DATA_LAYOUT.indicatorValues('p0')).toBe('indicators/values/p0.json');
    expect(DATA_LAYOUT.indicatorValues('a/b c')).toBe('indicators/values/a%2Fb%20c.json');
    expect(DATA_LAYOUT.indicatorValues('p0').startsWith(`${DATA_LAYOUT.indicatorValuesFolder}/`)).toBe(true);
  });

  it('gives the data folder on disk and on the site', () => {
    expect(DATA_LAYOUT.builtFolder).toBe('public/data');
    expect(DATA_LAYOUT.baseUrl).toBe('./data/');
  });
});
