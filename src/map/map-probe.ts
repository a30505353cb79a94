import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** For browser tests: where a point is drawn in the map (CSS px from its top left), and the zoom. */
    lokusMapProbe?: { project(lngLat: [number, number]): { x: number; y: number }; zoom(): number };
  }
}

/**
 * Test hooks are built in only for the dev server and for a build that asks for them
 * (`VITE_LOKUS_TEST_HOOKS=1`, set by the browser tests' build in test/e2e/global-setup.ts); in
 * the production build this is `false` and the probe below is left out.
 */
const TEST_HOOKS = import.meta.env.DEV || import.meta.env.VITE_LOKUS_TEST_HOOKS === '1';

/** Expose `window.lokusMapProbe` for `map` (test builds only); returns the function that takes it away again. */
export function exposeMapProbe(map: MapLibreMap): () => void {
  if (!TEST_HOOKS) return () => {};
  const probe = { project: (lngLat: [number, number]) => map.project(lngLat), zoom: () => map.getZoom() };
  window.lokusMapProbe = probe;
  return () => {
    if (window.lokusMapProbe === probe) delete window.lokusMapProbe;
  };
}
