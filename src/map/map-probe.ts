import type { Map as MapLibreMap } from 'maplibre-gl';
import { TEST_HOOKS } from './test-hooks.ts';

declare global {
  interface Window {
    /** For browser tests: where a point is drawn in the map (CSS px from its top left), and the zoom. */
    lokusMapProbe?: {
      project(lngLat: [number, number]): { x: number; y: number };
      zoom(): number;
      /** The camera ("lng,lat,zoom") when it is not moving and its tiles are drawn, '' otherwise. */
      rest(): string;
      /** The style's layers now: id, type, source, visibility and filter (what the map draws, for tests that cannot read the canvas). */
      layers(): { id: string; type: string; source?: string; visibility: string; filter?: unknown }[];
      /** Calls `cb` right after each frame the map renders; returns the function that stops it (the desa bench's clock). */
      onRender(cb: () => void): () => void;
      /**
       * The desa in the last frame, per visible desa fill layer whose source has all its tiles loaded:
       * desa drawn, and those of them with an IDM status (feature-state `idm`) to colour them.
       */
      desaRendered(): Record<string, { drawn: number; idm: number }>;
    };
  }
}


/** Expose `window.lokusMapProbe` for `map` (test builds only); returns the function that takes it away again. */
export function exposeMapProbe(map: MapLibreMap): () => void {
  if (!TEST_HOOKS) return () => {};
  const probe = {
    project: (lngLat: [number, number]) => map.project(lngLat),
    zoom: () => map.getZoom(),
    rest: () => (map.isMoving() || !map.areTilesLoaded() ? '' : `${map.getCenter().lng.toFixed(5)},${map.getCenter().lat.toFixed(5)},${map.getZoom().toFixed(3)}`),
    layers: () => (map.getStyle().layers ?? []).map((l) => ({ id: l.id, type: l.type, ...('source' in l && typeof l.source === 'string' ? { source: l.source } : {}), visibility: String(map.getLayoutProperty(l.id, 'visibility') ?? 'visible'), ...('filter' in l && l.filter ? { filter: l.filter } : {}) })),
    onRender(cb: () => void) {
      map.on('render', cb);
      return () => void map.off('render', cb);
    },
    desaRendered() {
      const layers = (map.getStyle().layers ?? []).filter((l) => /^desa-.*-fill$/.test(l.id) && 'source' in l && typeof l.source === 'string' && map.getLayoutProperty(l.id, 'visibility') !== 'none' && map.isSourceLoaded(l.source));
      const out: Record<string, { drawn: number; idm: number }> = {};
      if (!layers.length) return out;
      const seen = new Set<string>();
      for (const l of layers) out[l.id] = { drawn: 0, idm: 0 };
      for (const f of map.queryRenderedFeatures({ layers: layers.map((l) => l.id) })) {
        const key = `${f.layer.id}|${String(f.id)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out[f.layer.id].drawn++;
        if (f.state.idm !== undefined) out[f.layer.id].idm++;
      }
      return out;
    },
  };
  window.lokusMapProbe = probe;
  return () => {
    if (window.lokusMapProbe === probe) delete window.lokusMapProbe;
  };
}
