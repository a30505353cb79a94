import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { ancestry, type ParentLookup } from '../lib/regions/ancestry.ts';
import { levelOf } from '../lib/regions/level-of.ts';
import type { Level } from '../lib/types.ts';
import type { MapHit } from './map-view-interface.ts';

/**
 * The regions under a point of `map` (CSS px in the map), one per level drawn there, coarsest first:
 * the national kabupaten or provinces, the shown chunks (`chunkLevel`: level of each loaded chunk
 * source) and their neighbours' context (kecamatan of other kabupaten, standing for their
 * kabupaten). The deepest hit's ancestors fill in the levels whose shapes are filtered out under it:
 * found through the `parent` of the shapes under the point, else of the shapes drawn (`drawnParents`;
 * a dotted desa's kabupaten is no prefix of its key, and some kabupaten in Papua are not their province's).
 */
export function createRegionHits(map: MapLibreMap, chunkLevel: ReadonlyMap<string, Level>, visible: (layerId: string) => boolean, drawnParents: ParentLookup): (x: number, y: number) => MapHit[] {
  const fillLayers = () => [...['kabupaten-fill', 'provinsi-fill'].filter(visible), ...[...chunkLevel.keys()].flatMap((s) => [`${s}-fill`, `${s}-context`].filter(visible))];
  return (x, y) => {
    const features: MapGeoJSONFeature[] = map.queryRenderedFeatures([x, y], { layers: fillLayers() });
    const byLevel = new Map<Level, MapHit>();
    const parents = new Map<string, string>();
    for (const f of features) {
      const own = String(f.properties?.kode ?? '');
      if (own && typeof f.properties?.parent === 'string') parents.set(own, f.properties.parent);
      const context = f.layer.id.endsWith('-context');
      const kode = String((context ? f.properties?.parent : f.properties?.kode) ?? '');
      const level: Level = f.source === 'provinsi' ? 'provinsi' : f.source === 'kabupaten' || context ? 'kabupaten' : (chunkLevel.get(f.source) ?? 'kabupaten');
      const name = !context && typeof f.properties?.name === 'string' ? f.properties.name : undefined;
      const coastal = !context && typeof f.properties?.coastal === 'boolean' ? f.properties.coastal : undefined;
      if (!byLevel.has(level)) byLevel.set(level, { kode, level, x, y, ...(name ? { name } : {}), ...(coastal === undefined ? {} : { coastal }) });
    }
    const deepest = (['desa', 'kecamatan', 'kabupaten'] as const).find((l) => byLevel.has(l));
    if (deepest) for (const kode of ancestry(byLevel.get(deepest)!.kode, (k) => parents.get(k) ?? drawnParents(k))) {
      const level = levelOf(kode);
      if (level && !byLevel.has(level)) byLevel.set(level, { kode, level, x, y });
    }
    return (['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const).flatMap((l) => (byLevel.has(l) ? [byLevel.get(l)!] : []));
  };
}
