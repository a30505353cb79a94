import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataError } from '../../src/lib/errors.ts';

const require = createRequire(import.meta.url);

/** ISO 3166 numeric ids in Natural Earth: Indonesia and its land neighbours. */
export const INDONESIA = '360';
export const LAND_NEIGHBOURS = { '458': 'Malaysia', '598': 'Papua New Guinea', '626': 'Timor-Leste' } as const;

async function readTopology(name: string): Promise<Topology> {
  const file = require.resolve(`world-atlas/${name}`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Topology;
  } catch (e) {
    throw new DataError(`${file}: cannot read Natural Earth countries (${(e as Error).message}); run npm install`, { file });
  }
}

/** Land-border lines between Indonesia and Malaysia, Papua New Guinea and Timor-Leste (Natural Earth 1:10m). */
export async function landBorderLines(): Promise<Position[][]> {
  const world = await readTopology('countries-10m.json');
  const countries = world.objects.countries as GeometryCollection;
  const neighbours = new Set(Object.keys(LAND_NEIGHBOURS));
  const m = mesh(world, countries, (a, b) => a !== b && ((a.id === INDONESIA && neighbours.has(String(b.id))) || (b.id === INDONESIA && neighbours.has(String(a.id)))));
  if (!m.coordinates.length) throw new DataError('world-atlas countries-10m.json: no land border found between Indonesia and its neighbours');
  return m.coordinates;
}

/**
 * Countries other than Indonesia whose bounding box meets `bbox` (Natural Earth 1:50m), as a
 * FeatureCollection — the offline basemap's land outside Indonesia.
 */
export async function neighbourCountries(bbox: [number, number, number, number]): Promise<FeatureCollection> {
  const world = await readTopology('countries-50m.json');
  const countries = world.objects.countries as GeometryCollection;
  const t = world.transform!;
  const arcBox = world.arcs.map((arc) => {
    let x = 0, y = 0, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [dx, dy] of arc) {
      x += dx; y += dy;
      const lon = x * t.scale[0] + t.translate[0], lat = y * t.scale[1] + t.translate[1];
      x0 = Math.min(x0, lon); y0 = Math.min(y0, lat); x1 = Math.max(x1, lon); y1 = Math.max(y1, lat);
    }
    return [x0, y0, x1, y1];
  });
  const arcsOf = (g: unknown): number[] => JSON.stringify((g as { arcs?: unknown }).arcs ?? []).match(/-?\d+/g)?.map(Number).map((a) => (a < 0 ? ~a : a)) ?? [];
  const keep = countries.geometries.filter((g) => g.id !== INDONESIA && arcsOf(g).some((a) => {
    const b = arcBox[a];
    return b[2] >= bbox[0] && b[0] <= bbox[2] && b[3] >= bbox[1] && b[1] <= bbox[3];
  }));
  return feature(world, { type: 'GeometryCollection', geometries: keep.map((g) => ({ ...g, properties: { name: (g.properties as { name: string }).name } })) }) as FeatureCollection;
}

/** Rings of Natural Earth 1:10m land polygons that meet `bbox`, for the sea mask. */
export async function landRings(bbox: [number, number, number, number]): Promise<Position[][]> {
  const world = await readTopology('land-10m.json');
  const land = feature(world, world.objects.land as GeometryCollection) as FeatureCollection;
  const rings: Position[][] = [];
  for (const f of land.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) for (const r of p) if (r.some(([x, y]) => x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3])) rings.push(r);
  }
  return rings;
}
