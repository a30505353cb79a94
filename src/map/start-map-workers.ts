import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * MapLibre's workers are the first view's critical path (their script is half a megabyte; the
 * national shapes reach them only once they have answered): they are started while this module is
 * evaluated, which is why main.tsx imports it first, before the page's other modules evaluate.
 */
setWorkerUrl(workerUrl);
prewarm();
