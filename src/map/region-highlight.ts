import type { Feature, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ParentLookup } from '../lib/regions/ancestry.ts';
import { featureIdOf } from '../lib/regions/feature-id.ts';
import { levelOf } from '../lib/regions/level-of.ts';
import { sourceOfRegion } from '../lib/view/drill.ts';
import type { MapHit } from './map-view-interface.ts';

/** What `createRegionHighlight` gives: the hovered and the selected region outlined. */
export interface RegionHighlight {
  hover(hit: MapHit | null): void;
  select(kode: string): void;
  /** A chunk source was added: mark the selection again if it lives there. */
  chunkAdded(source: string): void;
}

type FeatureRef = { source: string; id: number };

/**
 * Hover and selection outlines: national regions (provinsi, kabupaten) are drawn from the small
 * `highlight` source holding just those shapes (their own source has no line layer at national
 * zoom); chunk regions by the `hover` / `selected` feature-state on their own layers.
 */
export function createRegionHighlight(map: MapLibreMap, nationalShape: (kode: string) => Feature<Geometry> | undefined, parents: ParentLookup): RegionHighlight {
  const hl = { hover: '', selected: '' };
  let selectedKode = '';
  let hovered: FeatureRef | null = null;
  let selected: FeatureRef | null = null;
  const isNational = (kode: string) => levelOf(kode) === 'provinsi' || levelOf(kode) === 'kabupaten';
  // What the highlight source holds (the codes whose shapes it has): sent again only when that
  // changes (each setData re-tiles the source in the worker and costs a frame; every scene change selects again).
  let drawn = '';
  const draw = () => {
    const shapes = (['selected', 'hover'] as const).flatMap((state) => {
      const f = hl[state] ? nationalShape(hl[state]) : undefined;
      return f ? [{ state, f }] : [];
    });
    const key = shapes.map(({ state }) => `${state}:${hl[state]}`).join(',');
    if (key === drawn) return;
    drawn = key;
    const features = shapes.map(({ state, f }) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { state } }));
    (map.getSource('highlight') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
  };
  const ref = (kode: string): FeatureRef | null => {
    const source = sourceOfRegion(kode, parents);
    return source && !isNational(kode) ? { source, id: featureIdOf(kode) } : null;
  };
  const mark = (f: FeatureRef | null, state: 'hover' | 'selected', on: boolean) => f && map.getSource(f.source) && map.setFeatureState(f, { [state]: on });
  return {
    hover(hit) {
      const kode = hit?.kode ?? '';
      const national = isNational(kode) ? kode : '';
      if (national !== hl.hover) {
        hl.hover = national;
        draw();
      }
      const next = hit ? ref(kode) : null;
      if (hovered && hovered.id !== next?.id) mark(hovered, 'hover', false);
      if (next && hovered?.id !== next.id) mark(next, 'hover', true);
      hovered = next;
    },
    select(kode) {
      mark(selected, 'selected', false);
      selectedKode = kode;
      selected = kode ? ref(kode) : null;
      mark(selected, 'selected', true);
      hl.selected = isNational(kode) ? kode : '';
      draw();
    },
    chunkAdded(source) {
      // A chunk's parents may name the selection's source only now (a dotted desa's kabupaten).
      if (!selected && selectedKode) selected = ref(selectedKode);
      if (selected?.source === source) mark(selected, 'selected', true);
    },
  };
}
