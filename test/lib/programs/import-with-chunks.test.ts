import type { FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { importWithChunks } from '../../../src/lib/programs/ingest/import-with-chunks.ts';
import { square, syntheticLookup } from './helpers.ts';

const fc = (features: [string, Polygon][]): FeatureCollection => ({ type: 'FeatureCollection', features: features.map(([id, geometry]) => ({ type: 'Feature', id, properties: {}, geometry })) });

// A national file whose Kota Kupang polygon was dropped (a small island), and the chunks that keep it.
const FILES: Record<string, Topology> = {
  'national.topo.json': topology({ provinsi: fc([['53', square(123.6, -10.3, 0.2)]]), kabupaten: fc([['5303', square(123.6, -10.3, 0.2)]]) }) as unknown as Topology,
  'boundaries/kecamatan/53.topo.json': topology({ kecamatan: fc([['5371010', square(123.5, -10.2)], ['5303121', square(123.6, -10.3, 0.2)]]) }) as unknown as Topology,
  'boundaries/desa/5371.topo.json': topology({ desa: fc([['5371010001', square(123.5, -10.2)]]) }) as unknown as Topology,
};

describe('importWithChunks', () => {
  it('finds a point on an island missing from the national file through the kecamatan chunk, then its desa', async () => {
    const loaded: string[] = [];
    const load = async (path: string) => {
      loaded.push(path);
      if (!FILES[path]) throw new Error(`no ${path}`);
      return FILES[path];
    };
    const r = await importWithChunks('id,name,program,ministry,intervention_type,lat,lon\nX,n,p,m,jobs,-10.15,123.55\n', 'p.csv', syntheticLookup(), load, { national: 'national.topo.json' });
    expect(r.issues).toEqual([]);
    expect(r.loci[0]).toMatchObject({ desa: '5371010001', kabupaten: '5371' });
    expect(loaded).toEqual(expect.arrayContaining(['boundaries/kecamatan/53.topo.json', 'boundaries/desa/5371.topo.json']));
  });
});
