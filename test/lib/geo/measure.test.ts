import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../src/lib/geo/label-point.ts';
import { areaKm2, haversineKm } from '../../../src/lib/geo/measure.ts';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon.ts';

describe('measure', () => {
  it('measures one degree of longitude at the equator as ~111.2 km', () => expect(haversineKm([120, 0], [121, 0])).toBeCloseTo(111.2, 1));
  it('measures a 1°×1° cell at the equator as ~12,364 km²', () => {
    expect(areaKm2({ type: 'Polygon', coordinates: [[[120, 0], [121, 0], [121, 1], [120, 1], [120, 0]]] })).toBeGreaterThan(12300);
    expect(areaKm2({ type: 'Polygon', coordinates: [[[120, 0], [121, 0], [121, 1], [120, 1], [120, 0]]] })).toBeLessThan(12400);
  });
  it('subtracts holes whatever their winding', () => {
    const outer = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]], hole = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]];
    const a = areaKm2({ type: 'Polygon', coordinates: [outer, hole] });
    expect(a).toBeCloseTo(areaKm2({ type: 'Polygon', coordinates: [outer] }) * 0.75, -1);
  });
});

describe('labelPoint', () => {
  it('puts the label inside a U-shaped (concave) polygon, not at its centroid', () => {
    const u: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]] };
    const p = labelPoint(u)!;
    expect(pointInPolygon(p, u)).toBe(true);
  });
  it('puts the label on the largest island of a multi-island region', () => {
    const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1], [0, 0]]], [[[5, 5], [7, 5], [7, 7], [5, 7], [5, 5]]]] };
    const p = labelPoint(islands)!;
    expect(p[0]).toBeGreaterThan(5);
    expect(pointInPolygon(p, islands)).toBe(true);
  });
  it('returns null without geometry', () => expect(labelPoint(null)).toBeNull());
});
