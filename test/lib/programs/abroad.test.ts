import { describe, expect, it } from 'vitest';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { makePointLocator } from '../../../src/lib/geo/point-locator.ts';
import { buildPolygonIndex } from '../../../src/lib/geo/polygon-index.ts';
import { square, syntheticDesaIndex, syntheticLookup } from './helpers.ts';

// Synthetic foreign land east of lon 123.8, where the helpers' layout has sea.
const abroad = () => buildPolygonIndex('provinsi', [{ code: 'Synthetic Neighbour', geometry: square(123.8, -10.4, 0.3) }]);
const row = 'id,name,program,ministry,intervention_type,lat,lon\nX,n,p,m,jobs,-10.25,123.82\n';

describe('points on a neighbouring country\'s land', () => {
  it('are an error naming the country, even within the offshore tolerance of a desa', () => {
    const lookup = syntheticLookup();
    const r = importPrograms(row, 'p.csv', lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()], undefined, abroad()) });
    expect(r.loci).toEqual([]);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'abroad', column: 'lat', value: '-10.25, 123.82' });
    expect(r.issues[0].message.en).toMatch(/lies in Synthetic Neighbour, not in Indonesia/);
  });
  it('at sea (no foreign land given) still go to the nearest desa within the tolerance', () => {
    const lookup = syntheticLookup();
    const r = importPrograms(row, 'p.csv', lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()]) });
    expect(r.loci[0]).toMatchObject({ desa: '5303121005' });
  });
  it('inside an Indonesian desa are placed there even when the foreign land overlaps it', () => {
    const lookup = syntheticLookup();
    const overlap = buildPolygonIndex('provinsi', [{ code: 'Synthetic Neighbour', geometry: square(123.7, -10.4, 0.3) }]);
    const r = importPrograms('id,name,program,ministry,intervention_type,lat,lon\nX,n,p,m,jobs,-10.25,123.75\n', 'p.csv', lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()], undefined, overlap) });
    expect(r.loci[0]).toMatchObject({ desa: '5303121005' });
  });
});
