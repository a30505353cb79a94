import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataError } from '../errors.ts';
import type { CodedPolygon } from './polygon-index.ts';

/**
 * Polygons of one object of a Lokus TopoJSON file (`national.topo.json` objects `provinsi` and
 * `kabupaten`, a kecamatan or desa chunk), keyed by geometry `id` (the BPS code), ready for
 * `buildPolygonIndex`. Works in the page and in scripts. Throws `DataError` naming `file` when the
 * object is missing.
 */
export function topologyPolygons(topo: Topology, object: string, file = 'topology'): CodedPolygon[] {
  const obj = topo.objects[object] as GeometryCollection | undefined;
  if (!obj) throw new DataError(`${file}: no object "${object}" (has ${Object.keys(topo.objects).join(', ')})`, { file });
  const fc = feature(topo, obj);
  return fc.features.map((f) => ({
    code: String(f.id),
    geometry: f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') ? (f.geometry as Polygon | MultiPolygon) : null,
  }));
}
