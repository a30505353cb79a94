import type { Feature, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { coastlineByFeature } from '../../../src/lib/geo/coastline.ts';
import { landBorderTest } from '../../../src/lib/geo/land-border.ts';
import { haversineKm } from '../../../src/lib/geo/measure.ts';

// Hand-built geometries near the equator, 0.125° (~13.9 km) squares; binary fractions keep shared vertices exactly equal.
const square = (x: number, y: number, s = 0.125): Position[] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const poly = (id: string, ...rings: Position[][]): Feature<Polygon> => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: rings } });
const side = haversineKm([120, 0], [120.125, 0]);
const fc = (features: Feature[]) => ({ type: 'FeatureCollection' as const, features });

describe('coastlineByFeature', () => {
  it('counts every side of an island', () => {
    const t = topology({ regions: fc([poly('a', square(120, 0))]) });
    const [km] = coastlineByFeature(t, 'regions');
    expect(km).toBeCloseTo(4 * side, 0);
  });

  it('does not count the border two touching squares share', () => {
    const t = topology({ regions: fc([poly('a', square(120, 0)), poly('b', square(120.125, 0))]) });
    const km = coastlineByFeature(t, 'regions');
    expect(km[0]).toBeCloseTo(3 * side, 0);
    expect(km[1]).toBeCloseTo(3 * side, 0);
  });

  it('gives zero to a region enclosed by others', () => {
    const ring: Feature<Polygon>[] = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) ring.push(poly(`${i}${j}`, square(120 + i * 0.125, j * 0.125)));
    const t = topology({ regions: fc(ring) });
    const km = coastlineByFeature(t, 'regions');
    expect(km[4]).toBe(0); // the middle square
    expect(km[0]).toBeGreaterThan(0);
  });

  it('treats a lake drawn as a water feature as shore, not coast', () => {
    const outer = square(120, 0, 0.375), hole = square(120.125, 0.125).reverse();
    const t = topology({ regions: fc([poly('land', outer, hole)]), water: fc([poly('lake', square(120.125, 0.125))]) });
    const [km] = coastlineByFeature(t, 'regions', { water: 'water' });
    expect(km).toBeCloseTo(4 * 3 * side, 0);
  });

  it('treats a hole in the union (an undrawn lake) as not coast', () => {
    const outer = square(120, 0, 0.375), hole = square(120.125, 0.125).reverse();
    const t = topology({ regions: fc([poly('land', outer, hole)]) });
    const [km] = coastlineByFeature(t, 'regions');
    expect(km).toBeCloseTo(4 * 3 * side, 0);
  });

  it('treats a lake enclosed by two regions as not coast', () => {
    // Two halves of a 0.375° square around an undrawn lake that straddles their border.
    const south: Position[] = [[120, 0], [120.375, 0], [120.375, 0.1875], [120.25, 0.1875], [120.25, 0.125], [120.125, 0.125], [120.125, 0.1875], [120, 0.1875], [120, 0]];
    const north: Position[] = [[120, 0.1875], [120.125, 0.1875], [120.125, 0.25], [120.25, 0.25], [120.25, 0.1875], [120.375, 0.1875], [120.375, 0.375], [120, 0.375], [120, 0.1875]];
    const t = topology({ regions: fc([poly('s', south), poly('n', north)]) });
    const km = coastlineByFeature(t, 'regions');
    const coast = 4 * 3 * side;
    expect(km[0] + km[1]).toBeCloseTo(coast, 0);
  });

  it('excludes a land border with a neighbour abroad', () => {
    const t = topology({ regions: fc([poly('a', square(120, 0))]) });
    const border = landBorderTest([[[120.125, -0.05], [120.125, 0.2]]], 1); // the east side is a border
    const [km] = coastlineByFeature(t, 'regions', { onLandBorder: border });
    expect(km).toBeCloseTo(3 * side, 0);
  });

  it('refuses a quantized topology', () => {
    const t = topology({ regions: fc([poly('a', square(120, 0))]) }, 1e4);
    expect(() => coastlineByFeature(t, 'regions')).toThrow(/unquantized/);
  });
});
