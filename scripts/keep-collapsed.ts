import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { polygonAreaKm2 } from '../src/lib/geo/measure.ts';

/** A part smaller than this (km², 0.1 m²) after simplification has collapsed to a line or a point. */
const COLLAPSED_KM2 = 1e-7;

/**
 * Find the geometries of object `name` that simplification left with a part of no area (a small
 * desa or islet drawn by one arc keeps only that arc's end point, which topojson-client pads into
 * a ring of four equal points), and give every vertex of their arcs in the presimplified topology
 * an infinite weight, so that simplifying `pre` again keeps those arcs as drawn. Neighbours share
 * the kept arcs. Returns the ids of the geometries protected.
 */
export function keepCollapsed(pre: Topology, simplified: Topology, name: string): string[] {
  const objects = (simplified.objects[name] as GeometryCollection).geometries as GeometryObject[];
  const features = feature(simplified, simplified.objects[name] as GeometryCollection).features;
  const ids: string[] = [];
  features.forEach((f, i) => {
    const g = f.geometry as Polygon | MultiPolygon | null;
    const parts = !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (g && !parts.some((p) => polygonAreaKm2(p) < COLLAPSED_KM2)) return;
    ids.push(String(f.id));
    for (const a of arcIndices(objects[i])) for (const p of pre.arcs[a < 0 ? ~a : a]) p[2] = Infinity;
  });
  return ids;
}

function arcIndices(g: GeometryObject): number[] {
  return 'arcs' in g ? (g.arcs as unknown[]).flat(2).filter((x): x is number => typeof x === 'number') : [];
}
