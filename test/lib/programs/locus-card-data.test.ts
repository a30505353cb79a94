import { describe, expect, it } from 'vitest';
import { findLocus } from '../../../src/lib/programs/coverage/find-locus.ts';
import { placementOf } from '../../../src/lib/programs/ingest/locus-placement.ts';
import { sourceLinks } from '../../../src/lib/programs/source-links.ts';

describe('sourceLinks', () => {
  it('links each cited source id to its address, keeps an unknown id as text and links a cell that is an address', () => {
    expect(sourceLinks('NEWS_SUARA_KEMNAKER_NTT_2021;NEWS_RMID_KEMNAKER_NTT_2021')).toEqual([
      { label: 'NEWS_SUARA_KEMNAKER_NTT_2021', url: 'https://suara.com/bisnis/2021/10/18/093252/program-intervensi-kemnaker-fokus-kurangi-kemiskinan-ekstrem-di-ntt' },
      { label: 'NEWS_RMID_KEMNAKER_NTT_2021', url: 'https://rm.id/baca-berita/kemnaker/95736/tanggulangi-kemiskinan-di-ntt-kemnaker-pakai-2-jurus-ini' },
    ]);
    expect(sourceLinks(' Laporan dinas 2024 ; https://example.org/a ')).toEqual([{ label: 'Laporan dinas 2024' }, { label: 'https://example.org/a', url: 'https://example.org/a' }]);
    expect(sourceLinks('javascript:alert(1)')).toEqual([{ label: 'javascript:alert(1)' }]);
    expect(sourceLinks(undefined)).toEqual([]);
  });
});

describe('placementOf', () => {
  it('says the level and whether a locus was placed by coordinates, code, place names or address', () => {
    expect(placementOf({ locatedBy: 'coordinates', level: 'desa' })).toEqual({ level: 'desa', method: 'coordinates' });
    expect(placementOf({ locatedBy: 'region', level: 'provinsi' })).toEqual({ level: 'provinsi', method: 'code' });
    expect(placementOf({ locatedBy: 'region', level: 'desa', nameMatch: 'exact' })).toEqual({ level: 'desa', method: 'name' });
    expect(placementOf({ locatedBy: 'region', level: 'desa', nameMatch: 'address' })).toEqual({ level: 'desa', method: 'address' });
  });
});

describe('findLocus', () => {
  const loci = [
    { id: 'A', lon: 106.80001, lat: -6.2, intervention: 'jobs' as const },
    { id: 'B', lon: 106.80001, lat: -6.2, intervention: 'land_reform' as const },
  ];
  it('finds a locus by id, or a shipped point (no id) by its type and place to about a metre', () => {
    expect(findLocus(loci, { id: 'B', lon: 0, lat: 0, intervention: 'jobs' })?.id).toBe('B');
    expect(findLocus(loci, { id: '', lon: 106.80001, lat: -6.2, intervention: 'land_reform' })?.id).toBe('B');
    expect(findLocus(loci, { id: '', lon: 106.8001, lat: -6.2, intervention: 'jobs' })).toBeUndefined();
    expect(findLocus(loci, { id: 'Z', lon: 106.80001, lat: -6.2, intervention: 'jobs' })).toBeUndefined();
  });
});
