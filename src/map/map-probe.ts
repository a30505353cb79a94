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
  };
  window.lokusMapProbe = probe;
  return () => {
    if (window.lokusMapProbe === probe) delete window.lokusMapProbe;
  };
}
