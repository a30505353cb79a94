import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import { dissolveLevels } from '../../scripts/dissolve-levels.ts';

// Synthetic desa (not real data): three unit squares side by side, the first two in kecamatan
// 99.01.01, the third in 99.01.02, with a 0.001° sliver gap between the second and the third that
// a strip above and one below (kecamatan 99.01.02) close into a hole.
const square = (x0: number, x1: number, y0 = 0, y1 = 1): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]] });
const arcsOf = (g: GeometryObject) => ('arcs' in g ? (g.arcs as unknown[]).flat(3) as number[] : []).map((a) => (a < 0 ? ~a : a));

describe('dissolveLevels (synthetic)', () => {
  it('dissolves desa by code prefix into kecamatan, kabupaten and provinsi that share the desa arcs', async () => {
    const { topology, emptied } = await dissolveLevels(
      [
        { code: '99.01.01.2001', geometry: square(0, 1) },
        { code: '99.01.01.2002', geometry: square(1, 2) },
        { code: '99.01.02.2001', geometry: square(2.001, 3) },
        { code: '99.01.02.2002', geometry: square(0, 3, 1, 2) },
        { code: '99.01.02.2003', geometry: square(0, 3, -1, 0) },
      ],
      { gapFillKm2: 1000, snapDeg: 0.0002 },
    );
    expect(emptied).toEqual([]);
    const ids = (name: string) => (topology.objects[name] as GeometryCollection).geometries.map((g) => g.id);
    expect(ids('desa')).toEqual(['99.01.01.2001', '99.01.01.2002', '99.01.02.2001', '99.01.02.2002', '99.01.02.2003']);
    expect(ids('kecamatan')).toEqual(['99.01.01', '99.01.02']);
    expect(ids('kabupaten')).toEqual(['99.01']);
    expect(ids('provinsi')).toEqual(['99']);
    const desaArcs = new Set((topology.objects.desa as GeometryCollection).geometries.flatMap(arcsOf));
    for (const name of ['kecamatan', 'kabupaten', 'provinsi']) for (const g of (topology.objects[name] as GeometryCollection).geometries) for (const a of arcsOf(g)) expect(desaArcs.has(a)).toBe(true);
    // The gap is filled: the kabupaten is one ring without holes.
    const kab = (topology.objects.kabupaten as GeometryCollection).geometries[0];
    expect(kab.type === 'Polygon' ? kab.arcs.length : kab.type === 'MultiPolygon' ? kab.arcs.flat().length : 0).toBe(1);
  });
});

describe('dissolveLevels: a desa that -clean empties', () => {
  it('is kept in the topology with a null geometry and named in `emptied` (synthetic)', async () => {
    const { topology, emptied } = await dissolveLevels([{ code: '99.01.01.2001', geometry: square(0, 1) }, { code: '99.01.01.2009', geometry: square(0.2, 0.2000001, 0.2, 0.2000001) }], { gapFillKm2: 0.5, snapDeg: 0.0002 });
    expect(emptied).toEqual(['99.01.01.2009']);
    expect((topology.objects.desa as GeometryCollection).geometries.map((g) => g.id)).toEqual(['99.01.01.2001', '99.01.01.2009']);
  });
});
