import type { Map as MapLibreMap } from 'maplibre-gl';
import { featureIdOf } from '../lib/regions/feature-id.ts';
import type { Level } from '../lib/types.ts';
import type { RegionFeatures } from '../load/data-source.ts';
import { createDesaFill, type DesaFillLayer } from './desa-fill.ts';
import { byParent, chunkLayers, contextFilter, contextLayer, NATIONAL_LAYERS, nationalFilter, parentFilter } from './layer-specs.ts';
import { fillColours, type Fill } from './map-fill.ts';
import type { ChunkFocus } from './map-view-interface.ts';
import { TEST_HOOKS } from './test-hooks.ts';

type Shape = RegionFeatures['features'][number];

/** Whether `map` has the layer `id` and it is not hidden. */
export function layerShown(map: MapLibreMap, id: string): boolean {
  return map.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none';
}

/** What `createMapChunks` needs of the rest of the map view. */
export interface MapChunksContext {
  /** Parent of each region drawn so far, filled in from every chunk added (shared with the hit test). */
  regionParents: Map<string, string>;
  /** The national fill shown (its colours paint the neighbours drawn from a kecamatan chunk). */
  fill: () => Fill | null;
  /** A chunk was added or the chunks shown changed (the highlight and the program areas follow). */
  changed: (added: boolean) => void;
  /** The map's container: browser tests read what is hidden from it (test builds only). */
  container: HTMLElement;
}

/**
 * The lazily loaded kecamatan and desa chunks on the map (MapView's `addChunk`, `showChunks`,
 * `setDesaFill`, `setDesaIdm`): one GeoJSON source per chunk with its layers, which
 * chunks are shown and filtered to what, the kabupaten painted plain land under them, their colours.
 */
export interface MapChunks {
  /** Level of each chunk source added (kept when hidden, for a fast return). */
  readonly levels: ReadonlyMap<string, Level>;
  /** The kabupaten drawn as plain land under their chunks (feature-state `drilled`, see `drilledAsLand`). */
  readonly drilled: ReadonlySet<string>;
  /** The kecamatan or desa of a chunk added, by code. */
  shape(kode: string): Shape | undefined;
  add(id: string, level: 'kecamatan' | 'desa', features: RegionFeatures): void;
  show(focus: ChunkFocus[], drilled: string[]): void;
  setDesaFill: DesaFillLayer['set'];
  setDesaIdm(id: string, status: (kode: string) => number | undefined): void;
  /** The national fill changed: the neighbours drawn from a kecamatan chunk take its colours. */
  fillChanged(fill: Fill): void;
}

export function createMapChunks(map: MapLibreMap, ctx: MapChunksContext): MapChunks {
  const levels = new Map<string, Level>();
  const codes = new Map<string, string[]>();
  const shapes = new Map<string, Shape>();
  const desaFill = createDesaFill(map);
  let drilled = new Set<string>();
  const noData = () => ctx.fill()?.noData ?? '#d9d9d9';
  const visible = (id: string) => layerShown(map, id);
  return {
    levels,
    get drilled() {
      return drilled;
    },
    shape: (kode) => shapes.get(kode),
    add(id, level, features) {
      if (map.getSource(id)) return;
      map.addSource(id, { type: 'geojson', data: features });
      for (const { layer, before } of chunkLayers(id, level, undefined)) map.addLayer(layer, before);
      if (level === 'kecamatan') map.addLayer({ ...contextLayer(id, [], new Map(), noData()), layout: { visibility: 'none' } }, `${id}-fill`);
      levels.set(id, level);
      codes.set(id, features.features.map((f) => f.properties.kode));
      for (const f of features.features) {
        ctx.regionParents.set(f.properties.kode, f.properties.parent);
        shapes.set(f.properties.kode, f);
      }
      if (level === 'desa') desaFill.chunkAdded(id);
      ctx.changed(true);
    },
    show(focus, next) {
      const wanted = new Map(focus.map((f) => [f.id, f]));
      // Provinces whose kecamatan are drawn: their national shapes give way to the chunk's (no slivers).
      const provinces = focus.flatMap((f) => (levels.get(f.id) === 'kecamatan' && f.parents ? [f.id.slice('kecamatan-'.length)] : []));
      // Said on the container for browser tests (which cannot reach the map's filters); not in production.
      if (TEST_HOOKS) ctx.container.dataset.nationalHidden = provinces.join(',');
      for (const id of NATIONAL_LAYERS) map.setFilter(id, provinces.length ? nationalFilter(provinces) : undefined);
      const now = new Set(next);
      for (const kode of drilled) if (!now.has(kode)) map.setFeatureState({ source: 'kabupaten', id: featureIdOf(kode) }, { drilled: false });
      for (const kode of now) if (!drilled.has(kode)) map.setFeatureState({ source: 'kabupaten', id: featureIdOf(kode) }, { drilled: true });
      drilled = now;
      const fill = ctx.fill();
      for (const source of levels.keys()) {
        const f = wanted.get(source);
        if (levels.get(source) === 'kecamatan') {
          map.setLayoutProperty(`${source}-context`, 'visibility', f?.parents ? 'visible' : 'none');
          if (f?.parents) {
            map.setFilter(`${source}-context`, contextFilter(f.parents));
            map.setPaintProperty(`${source}-context`, 'fill-color', byParent(fill ? fillColours(fill) : new Map(), noData()));
          }
        }
        for (const suffix of ['fill', 'line']) {
          const id = `${source}-${suffix}`;
          if (!map.getLayer(id)) continue; // desa chunks have no line layer (their fill draws the borders)
          map.setLayoutProperty(id, 'visibility', f ? 'visible' : 'none');
          // `undefined`, not `null`, for no filter: MapLibre takes null as a change from the
          // layer's undefined every time and re-tiles the whole source (measured: each chunk
          // arriving re-tiled every desa chunk in view again).
          if (f) map.setFilter(id, f.parents ? parentFilter(f.parents) : undefined);
        }
      }
      ctx.changed(false);
    },
    setDesaFill: desaFill.set,
    setDesaIdm: (id, status) => desaFill.setIdm(id, codes.get(id) ?? [], status),
    fillChanged(fill) {
      const colours = fillColours(fill);
      for (const source of levels.keys()) if (visible(`${source}-context`)) map.setPaintProperty(`${source}-context`, 'fill-color', byParent(colours, noData()));
    },
  };
}
