import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataError } from '../errors.ts';
import { DATA_LAYOUT } from '../data-layout.ts';
import { buildPolygonIndex, type PolygonIndex } from './polygon-index.ts';

/**
 * Land of the countries around Indonesia from the basemap (`public/data/basemap/countries.topo.json`,
 * object `countries`, Natural Earth 1:50m, Indonesia not included), as a polygon index whose codes
 * are country names: `makePointLocator`'s `abroad` argument. The page has this file loaded for
 * its basemap and the pipeline reads the same file, so both reject the same points. Throws
 * `DataError` naming `file` when the object is missing.
 */
export function foreignLandIndex(topo: Topology, file: string = DATA_LAYOUT.basemap): PolygonIndex {
  const obj = topo.objects.countries as GeometryCollection | undefined;
  if (!obj) throw new DataError(`${file}: no object "countries" (has ${Object.keys(topo.objects).join(', ')})`, { file });
  const fc = feature(topo, obj);
  // The level is not used for foreign land; the index type needs one.
  return buildPolygonIndex('provinsi', fc.features.map((f) => ({
    code: String((f.properties as { name?: unknown } | null)?.name ?? f.id ?? 'abroad'),
    geometry: f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') ? (f.geometry as Polygon | MultiPolygon) : null,
  })));
}
