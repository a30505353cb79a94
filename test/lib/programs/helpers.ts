/**
 * Tiny hand-built regions for program tests (synthetic geometry, real codes). Built by
 * functions so no test shares state. Layout (degrees, all squares 0.1° wide):
 *
 *   lat −10.1 ┌──────────┐
 *             │ 5371010001 (Kota Kupang desa, coastal)
 *   lat −10.2 └──────────┼──────────┬──────────┐
 *                        │ Baumata  │ Tetangga │  sea east of lon 123.8
 *   lat −10.3            └──────────┴──────────┘
 *          lon 123.5    123.6      123.7      123.8
 */
import type { Polygon } from 'geojson';
import type { Level } from '../../../src/lib/types.ts';
import { buildRegionLookup, type RegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import type { RegionColumns } from '../../../src/lib/regions/region-columns.ts';
import { buildPolygonIndex, type PolygonIndex } from '../../../src/lib/geo/polygon-index.ts';

type Row = [kode: string, kemendagri: string, name: string, parent: string, coastal: 0 | 1, lon: number | null, lat: number | null];

const ROWS: Record<Level, Row[]> = {
  provinsi: [['53', '53', 'Nusa Tenggara Timur', '', 1, 123.7, -10.2]],
  kabupaten: [
    ['5303', '53.01', 'Kabupaten Kupang', '53', 1, 123.7, -10.25],
    ['5371', '53.71', 'Kota Kupang', '53', 1, 123.55, -10.15],
    ['5301', '53.12', 'Kabupaten Sumba Barat', '53', 1, 119.4, -9.6],
  ],
  kecamatan: [
    ['5303121', '53.01.24', 'Taebenu', '5303', 1, 123.7, -10.25],
    ['5371010', '53.71.01', 'Alak', '5371', 1, 123.55, -10.15],
  ],
  desa: [
    ['5303121006', '53.01.24.2002', 'Baumata', '5303121', 0, 123.65, -10.25],
    ['5303121005', '53.01.24.2001', 'Tetangga', '5303121', 1, 123.75, -10.25],
    ['5371010001', '53.71.01.1001', 'Alak Satu', '5371010', 1, 123.55, -10.15],
    ['5303121099', '', 'Desa Tanpa Poligon', '5303121', 0, null, null],
  ],
};

/** The synthetic registry as a lookup. */
export function syntheticLookup(): RegionLookup {
  return lookupOfRows(ROWS);
}

/**
 * The synthetic registry plus rows for name placement: a second kecamatan of Kab. Kupang with a
 * desa also called "Baumata" (a name that fits two desa of the kabupaten), and a desa "Oebelo"
 * (spelled "Oebello" in some lists).
 */
export function namesLookup(): RegionLookup {
  return lookupOfRows({
    ...ROWS,
    kecamatan: [...ROWS.kecamatan, ['5303130', '53.01.30', 'Kupang Tengah', '5303', 1, 123.8, -10.1]],
    desa: [...ROWS.desa, ['5303130001', '53.01.30.2001', 'Baumata', '5303130', 0, 123.8, -10.1], ['5303130002', '53.01.30.2002', 'Oebelo', '5303130', 1, 123.81, -10.11]],
  });
}

/**
 * {@link namesLookup} plus a desa named after its kecamatan (Desa Taebenu in Kec. Taebenu), as
 * register addresses meet them: a desa column holding "Taebenu" may mean the kecamatan.
 */
export function addressLookup(): RegionLookup {
  const names = namesLookup();
  const rows = (level: Level): Row[] => names.levels[level].kode.map((k, i) => {
    const c = names.levels[level];
    return [k, c.kemendagri[i], c.name[i], c.parent[i], c.coastal[i] as 0 | 1, c.lon[i], c.lat[i]];
  });
  return lookupOfRows({ provinsi: rows('provinsi'), kabupaten: rows('kabupaten'), kecamatan: rows('kecamatan'), desa: [...rows('desa'), ['5303121007', '53.01.24.2003', 'Taebenu', '5303121', 0, 123.66, -10.26]] });
}

function lookupOfRows(all: Record<Level, Row[]>): RegionLookup {
  const levels = {} as Record<Level, RegionColumns>;
  for (const [level, rows] of Object.entries(all) as [Level, Row[]][]) {
    levels[level] = {
      kode: rows.map((r) => r[0]), kemendagri: rows.map((r) => r[1]), name: rows.map((r) => r[2]),
      parent: rows.map((r) => r[3]), coastal: rows.map((r) => r[4]), coastlineKm: rows.map(() => 0), areaKm2: rows.map(() => 0), lon: rows.map((r) => r[5]), lat: rows.map((r) => r[6]),
    };
  }
  return buildRegionLookup(levels);
}

/** Axis-aligned square polygon with south-west corner (lon, lat), side `d` degrees; `hole` cuts a centred square of half the side. */
export function square(lon: number, lat: number, d = 0.1, hole = false): Polygon {
  const ring = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
  return { type: 'Polygon', coordinates: hole ? [ring(lon, lat, d), ring(lon + d / 4, lat + d / 4, d / 2).reverse()] : [ring(lon, lat, d)] };
}

/** Desa polygons of the synthetic registry (the polygon-less desa has none). */
export function syntheticDesaIndex(): PolygonIndex {
  return buildPolygonIndex('desa', [
    { code: '5303121006', geometry: square(123.6, -10.3) },
    { code: '5303121005', geometry: square(123.7, -10.3) },
    { code: '5371010001', geometry: square(123.5, -10.2) },
    { code: '5303121099', geometry: null },
  ]);
}
