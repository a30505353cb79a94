import { describe, expect, it } from 'vitest';
import { ancestorAt, ancestry, NO_TABLE, parentOf } from '../../../src/lib/regions/ancestry.ts';
import { featureIdOf } from '../../../src/lib/regions/feature-id.ts';
import { levelOf } from '../../../src/lib/regions/level-of.ts';
import { parentsIn } from '../../../src/lib/regions/parents-in.ts';
import { findKemendagri } from '../../../src/lib/regions/region-lookup.ts';
import { childrenOf, regionOf } from '../../../src/lib/regions/region-views.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index.ts';
import { findRegions } from '../../../src/lib/search/find-regions.ts';
import { SearchData } from '../../../src/lib/search/search-data.ts';
import { shardsForQuery } from '../../../src/lib/search/shards-for-query.ts';
import { breadcrumbItems } from '../../../src/lib/view/breadcrumb-items.ts';
import { chunkId, clickTarget, focusOf, sourceOfRegion } from '../../../src/lib/view/drill.ts';
import { syntheticDottedColumns, syntheticDottedLookup } from './synthetic-dotted.ts';

const parents = () => parentsIn(syntheticDottedLookup());

describe('a dotted desa in the synthetic table: level and parents', () => {
  it('reads the level of both key shapes', () => {
    expect(['53.01.24', '53.01.24.2002', '5301242', '5301242002'].map(levelOf)).toEqual(['kecamatan', 'desa', 'kecamatan', 'desa']);
  });

  it('finds the parent in the table, not in the key', () => {
    expect(parentOf('53.01.24.2002', parents())).toBe('53.01.24');
    // The digits 5301 are another kabupaten (Sumba Barat): the table says 5303.
    expect(parentOf('53.01.24', parents())).toBe('5303');
  });

  it('lists the ancestry through the parents', () => {
    expect(ancestry('53.01.24.2002', parents())).toEqual(['53', '5303', '53.01.24', '53.01.24.2002']);
    expect(ancestorAt('53.01.24.2002', 'kabupaten', parents())).toBe('5303');
  });

  it('stops the ancestry where the table does not reach yet (kecamatan rows not loaded)', () => {
    const early = parentsIn(syntheticDottedLookup(['provinsi', 'kabupaten']));
    expect(ancestry('53.01.24.2002', early)).toEqual(['53.01.24', '53.01.24.2002']);
    expect(ancestry('53.01.24.2002', NO_TABLE)).toEqual(['53.01.24', '53.01.24.2002']);
  });

  it('lists the dotted desa among its kecamatan’s children', () => {
    expect(childrenOf(syntheticDottedLookup(), '53.01.24').map((r) => r.name)).toEqual(['Baumata']);
  });
});

describe('a dotted desa in the synthetic table: chunks, breadcrumb, click', () => {
  it('names its desa chunk by its kabupaten’s BPS code', () => {
    const focus = focusOf('53.01.24.2002', parents());
    expect(focus.chunks).toEqual([
      { level: 'kecamatan', key: '53', parents: ['5303'] },
      { level: 'desa', key: '5303', parents: ['53.01.24'] },
    ]);
    expect(focus.labelChildrenOf).toBe('53.01.24');
    expect(sourceOfRegion('53.01.24.2002', parents())).toBe(chunkId({ level: 'desa', key: '5303' }));
  });

  it('asks for no chunk while its kabupaten is unknown', () => {
    expect(focusOf('53.01.24.2002', parentsIn(syntheticDottedLookup(['provinsi', 'kabupaten']))).chunks).toEqual([]);
    expect(sourceOfRegion('53.01.24.2002', NO_TABLE)).toBeUndefined();
  });

  it('names every crumb from Indonesia down to the desa', () => {
    expect(breadcrumbItems('53.01.24.2002', syntheticDottedLookup(), 'Indonesia')).toEqual([
      { kode: '', name: 'Indonesia' },
      { kode: '53', name: 'Nusa Tenggara Timur' },
      { kode: '5303', name: 'Kabupaten Kupang' },
      { kode: '53.01.24', name: 'Taebenu' },
      { kode: '53.01.24.2002', name: 'Baumata' },
    ]);
  });

  it('drills from the dotted kecamatan to the desa clicked', () => {
    const hits = [
      { kode: '53', level: 'provinsi' as const },
      { kode: '5303', level: 'kabupaten' as const },
      { kode: '53.01.24', level: 'kecamatan' as const },
      { kode: '53.01.24.2002', level: 'desa' as const },
    ];
    expect(clickTarget(hits, '53.01.24', parents())).toBe('53.01.24.2002');
    expect(clickTarget(hits.slice(0, 3), '5303', parents())).toBe('53.01.24');
  });
});

describe('a BPS desa and a dotted desa with the same digits', () => {
  it('are two regions with their own level, parents and chunk', () => {
    const lookup = syntheticDottedLookup();
    expect(regionOf(lookup, '5301242002')?.name).toBe('Desa Sintetis');
    expect(regionOf(lookup, '53.01.24.2002')?.name).toBe('Baumata');
    expect(ancestry('5301242002', parents())).toEqual(['53', '5301', '5301242', '5301242002']);
    expect(sourceOfRegion('5301242002', parents())).toBe('desa-5301');
    expect(sourceOfRegion('53.01.24.2002', parents())).toBe('desa-5303');
  });

  it('never share a key or a map feature id', () => {
    expect('5301242002').not.toBe('53.01.24.2002');
    expect(featureIdOf('5301242002')).not.toBe(featureIdOf('53.01.24.2002'));
    expect(featureIdOf('53.01.24')).not.toBe(featureIdOf('530124'));
    expect(featureIdOf('53.01.24.2002')).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('resolve a dotted code typed by a user to the dotted key, not to the BPS desa', () => {
    const lookup = syntheticDottedLookup();
    const hit = findKemendagri(lookup, '53.01.24.2002');
    expect(hit && lookup.levels[hit.level].kode[hit.index]).toBe('53.01.24.2002');
  });
});

describe('search over the synthetic table', () => {
  const index = () => {
    const files = buildSearchIndex(syntheticDottedColumns());
    const data = new SearchData(files.core);
    for (const shard of [...files.desa.values(), ...files.codes.values()]) data.addDesa(shard);
    return { files, data };
  };

  it('files the dotted desa in its kabupaten’s code shard (BPS 5303, not 5301)', () => {
    const { files } = index();
    expect(files.codes.get('5303')?.name).toEqual(['Baumata']);
    expect(files.codes.get('5301')?.name).toEqual(['Desa Sintetis']);
  });

  it('reads the dotted code’s shard for a dotted query', () => {
    expect(shardsForQuery(index().data, '53.01.24.2002').paths).toEqual(['search/codes/5303.json']);
  });

  it('gives a dotted desa hit the names of its parents', () => {
    for (const q of ['Baumata', '53.01.24.2002']) {
      expect(findRegions(index().data, q)[0]).toMatchObject({ kode: '53.01.24.2002', level: 'desa', parentName: 'Taebenu', kecamatan: 'Taebenu', kabupaten: 'Kabupaten Kupang', provinsi: 'Nusa Tenggara Timur' });
    }
  });

  it('finds the BPS desa by its digits and the dotted one by its dots', () => {
    expect(findRegions(index().data, '5301242002').map((r) => r.kode)).toEqual(['5301242002']);
    expect(findRegions(index().data, '53.01.24.2002').map((r) => r.kode)).toEqual(['53.01.24.2002']);
  });
});
