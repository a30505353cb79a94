import type { Feature, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapHit } from './map-view-interface.ts';

/** What `createRegionHighlight` gives: the hovered and the selected region outlined. */
export interface RegionHighlight {
  hover(hit: MapHit | null): void;
  select(kode: string): void;
  /** A chunk was added: outline the selection if its shape came with it. */
  chunkAdded(): void;
}

/**
 * Hover and selection outlines of any region (provinsi, kabupaten, or a kecamatan or desa of a
 * loaded chunk), drawn from the small `highlight` source holding just those shapes (`shapeOf`).
 * Chunks have no outline layers of their own: two data-driven line layers per chunk cost every
 * desa tile its line paint arrays in the worker, their feature-state on the page and two line draws
 * each frame, for the one or two regions ever outlined (issue 20's desa view).
 */
export function createRegionHighlight(map: MapLibreMap, shapeOf: (kode: string) => Feature<Geometry> | undefined): RegionHighlight {
  const hl = { hover: '', selected: '' };
  // What the highlight source holds (the codes whose shapes it has): sent again only when that
  // changes (each setData re-tiles the source in the worker and costs a frame; every scene change selects again).
  let drawn = '';
  const draw = () => {
    const shapes = (['selected', 'hover'] as const).flatMap((state) => {
      const f = hl[state] ? shapeOf(hl[state]) : undefined;
      return f ? [{ state, f }] : [];
    });
    const key = shapes.map(({ state }) => `${state}:${hl[state]}`).join(',');
    if (key === drawn) return;
    drawn = key;
    const features = shapes.map(({ state, f }) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { state } }));
    (map.getSource('highlight') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
  };
  return {
    hover(hit) {
      const kode = hit?.kode ?? '';
      if (kode === hl.hover) return;
      hl.hover = kode;
      draw();
    },
    select(kode) {
      hl.selected = kode;
      draw();
    },
    chunkAdded: draw,
  };
}
