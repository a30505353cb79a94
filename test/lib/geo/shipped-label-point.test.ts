import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../src/lib/geo/label-point.ts';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon.ts';
import { shippedLabelPoint } from '../../../src/lib/geo/shipped-label-point.ts';

// Synthetic shapes near Indonesia; sizes chosen around polylabel's default precision (0.001°, ~110 m).
const square = (x: number, y: number, d: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });

describe('labelPoint', () => {
  it('puts the label inside a desa smaller than the default precision (polylabel would return a corner)', () => {
    const tiny = square(120, -8, 0.0005);
    expect(labelPoint(tiny)).toEqual([120.00025, -7.99975]);
    expect(pointInPolygon(labelPoint(tiny)!, tiny)).toBe(true);
  });
});

describe('shippedLabelPoint', () => {
  it('labels the shipped shape at its pole of inaccessibility', () => {
    const shipped = square(120, -8, 0.01);
    expect(shippedLabelPoint(shipped, square(119, -9, 3))).toEqual({ point: [120.005, -7.995], how: 'pole' });
  });
  it('falls back to a scan line when the pole falls outside the shipped shape', () => {
    // A largest part whose ring is drawn twice over (a simplification artefact): even-odd filling
    // leaves it empty, so its pole is outside; the smaller part still has an inside.
    const ring = square(120, -8, 0.02).coordinates[0];
    const shipped: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[...ring, ...ring.slice(1)]], square(120.1, -8, 0.01).coordinates] };
    const got = shippedLabelPoint(shipped, null);
    expect(got.how).toBe('scan line');
    expect(pointInPolygon(got.point!, shipped)).toBe(true);
  });
  it('says when the shipped shape has collapsed, and labels the shape as drawn', () => {
    const drawn = square(120, -8, 0.001);
    const line: Polygon = { type: 'Polygon', coordinates: [[[120, -8], [120, -8], [120, -8], [120, -8]]] };
    expect(shippedLabelPoint(line, drawn)).toEqual({ point: [120.0005, -7.9995], how: 'collapsed' });
    expect(shippedLabelPoint(null, drawn)).toEqual({ point: [120.0005, -7.9995], how: 'collapsed' });
  });
});
