import { describe, expect, it } from 'vitest';
import { buildPolygonIndex, distanceToFeatureKm, findContaining, findNearest } from '../../../src/lib/geo/polygon-index.ts';
import { makePointLocator } from '../../../src/lib/geo/point-locator.ts';
import { square, syntheticDesaIndex, syntheticLookup } from './helpers.ts';
import type { MultiPolygon } from 'geojson';

describe('polygon index', () => {
  it('finds the square containing a point', () => {
    const ix = buildPolygonIndex('desa', [{ code: 'a', geometry: square(0, 0) }, { code: 'b', geometry: square(0.1, 0) }]);
    expect(ix.codes[findContaining(ix, 0.15, 0.05)]).toBe('b');
  });
  it('does not count a point in a hole', () => {
    const ix = buildPolygonIndex('desa', [{ code: 'a', geometry: square(0, 0, 0.1, true) }]);
    expect(findContaining(ix, 0.05, 0.05)).toBe(-1);
    expect(findContaining(ix, 0.01, 0.01)).toBe(0);
  });
  it('finds a point on the second part of a multipolygon (an island)', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0).coordinates, square(1, 1).coordinates] };
    const ix = buildPolygonIndex('desa', [{ code: 'island', geometry }]);
    expect(findContaining(ix, 1.05, 1.05)).toBe(0);
    expect(findContaining(ix, 0.5, 0.5)).toBe(-1);
  });
  it('skips null geometry and handles an empty index', () => {
    const ix = buildPolygonIndex('desa', [{ code: 'x', geometry: null }]);
    expect(ix.codes).toEqual([]);
    expect(findContaining(ix, 0, 0)).toBe(-1);
    expect(findNearest(ix, 0, 0, 5)).toBeUndefined();
  });
  it('measures the distance to the nearest edge in km', () => {
    const ix = buildPolygonIndex('desa', [{ code: 'a', geometry: square(0, 0) }]);
    expect(distanceToFeatureKm(ix, 0, 0.11, 0.05)).toBeCloseTo(1.113, 2);
  });
  it('finds the nearest polygon only within the tolerance', () => {
    const ix = buildPolygonIndex('desa', [{ code: 'a', geometry: square(0, 0) }]);
    expect(findNearest(ix, 0.12, 0.05, 5)?.feature).toBe(0);
    expect(findNearest(ix, 0.2, 0.05, 5)).toBeUndefined();
  });
});

describe('makePointLocator', () => {
  it('puts a point inside a desa in that desa', () => {
    const lookup = syntheticLookup();
    const hit = makePointLocator(lookup, [syntheticDesaIndex()])(123.75, -10.25).found!;
    expect(lookup.levels.desa.kode[hit.index]).toBe('5303121005');
  });
  it('uses the nearest desa within 5 km for a point just offshore', () => {
    const hit = makePointLocator(syntheticLookup(), [syntheticDesaIndex()])(123.83, -10.25).found!;
    expect(hit.offshoreKm).toBeCloseTo(3.29, 1);
  });
  it('names the nearest region beyond the tolerance', () => {
    const r = makePointLocator(syntheticLookup(), [syntheticDesaIndex()])(123.9, -10.25);
    expect(r.found).toBeUndefined();
    expect(r.nearest?.km).toBeCloseTo(10.96, 1);
  });
  it('falls back to a coarser level when the finer one has no polygon there', () => {
    const lookup = syntheticLookup();
    const kab = buildPolygonIndex('kabupaten', [{ code: '5301', geometry: square(119.3, -9.7, 0.2) }]);
    const hit = makePointLocator(lookup, [syntheticDesaIndex(), kab])(119.4, -9.6).found!;
    expect(hit.level).toBe('kabupaten');
    expect(lookup.levels.kabupaten.kode[hit.index]).toBe('5301');
  });
});

describe('topologyPolygons', () => {
  it('names the missing object', async () => {
    const { topologyPolygons } = await import('../../../src/lib/geo/topology-polygons.ts');
    const topo = { type: 'Topology' as const, objects: { desa: { type: 'GeometryCollection' as const, geometries: [] } }, arcs: [] };
    expect(() => topologyPolygons(topo, 'kabupaten', 'national.topo.json')).toThrow(/national\.topo\.json: no object "kabupaten" \(has desa\)/);
    expect(topologyPolygons(topo, 'desa')).toEqual([]);
  });
});

describe('makePointLocator with partly loaded levels', () => {
  it('prefers a closer kabupaten coast over a loaded desa further away', () => {
    const lookup = syntheticLookup();
    // A Kota Kupang kabupaten polygon (lon 123.35–123.45, desa chunk not loaded); the point is 1.1 km west of it and 17 km from the nearest loaded desa.
    const kab = buildPolygonIndex('kabupaten', [{ code: '5371', geometry: square(123.35, -10.2, 0.1) }]);
    const hit = makePointLocator(lookup, [syntheticDesaIndex(), kab])(123.34, -10.15).found!;
    expect([hit.level, lookup.levels.kabupaten.kode[hit.index]]).toEqual(['kabupaten', '5371']);
  });
});
