import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LocusRef } from '../lib/programs/coverage/find-locus.ts';
import { levelOf } from '../lib/regions/level-of.ts';
import type { NationalBoundaries } from '../load/data-source.ts';
import { NATIONAL_LAYERS } from './layer-specs.ts';
import { applyFill, fillSource, type Fill } from './map-fill.ts';
import { createMapChunks, layerShown } from './map-chunks.ts';
import { createLabelLayer, type MapLabel } from './map-labels.ts';
import { createMapControls, type MapLocale } from './map-controls.ts';
import { createProgramLayer } from './program-layer.ts';
import { snapshotMap, type MapSnapshot } from './map-snapshot.ts';
import { framedSnapshot } from './framed-snapshot.ts';
import { createGapLayer, gapPointAt } from './gap-layer.ts';
import { createProgramAreaLayer } from './program-area-layer.ts';
import { fitCamera } from './fit-camera.ts';
import { trackCameraMoves } from './camera-moves.ts';
import { subscribeHover } from './hover-subscription.ts';
import { createRegionHighlight } from './region-highlight.ts';
import { createRegionHits } from './region-hits.ts';
import { addOnlineBasemap } from './online-basemap.ts';
import { defaultMapOptions, newMap, type MapViewOptions } from './map-options.ts';
import { exposeMapProbe } from './map-probe.ts';

export type { Fill, MapLabel, MapLocale, MapSnapshot, MapViewOptions };
export { defaultMapOptions };
export type { ChunkFocus, FitOptions, MapHit, MapView } from './map-view-interface.ts';
import type { MapHit, MapView } from './map-view-interface.ts';

/** Create the map in `container`; resolves once the style is loaded and the map can take data. */
export async function createMapView(container: HTMLElement, options: Partial<MapViewOptions> = {}): Promise<MapView> {
  const o = { ...defaultMapOptions, ...options };
  // What MapLibre adds to the container before it fails (no WebGL) is taken out again, so that a
  // map made again on "retry" is the only one in it.
  const before = new Set(container.children);
  let map: MapLibreMap;
  try {
    map = newMap(container, o);
  } catch (e) {
    for (const el of [...container.children]) if (!before.has(el)) el.remove();
    container.classList.remove('maplibregl-map');
    throw e;
  }
  return await mapView(map, container, o).catch((e: unknown) => {
    map.remove();
    throw e;
  });
}

/** The page's view of a new map: resolves once the style is loaded and the map can take data. */
async function mapView(map: MapLibreMap, container: HTMLElement, o: MapViewOptions): Promise<MapView> {
  if (o.describedBy) map.getCanvas().setAttribute('aria-describedby', o.describedBy);
  // Said on the container: the page's CSS keeps the canvas hidden until the first choropleth only without one.
  if (o.onlineStyle) container.dataset.basemap = 'online';
  // Ctrl/⌘ + wheel over the map zooms the map, never the page: MapLibre leaves the first wheel event
  // of a gesture uncancelled while it tells a mouse from a trackpad, and the browser would zoom the page with it.
  const wheelGuard = (e: WheelEvent) => (e.ctrlKey || e.metaKey) && e.preventDefault();
  if (o.cooperativeGestures) container.addEventListener('wheel', wheelGuard, { passive: false });
  map.touchZoomRotate.disableRotation();
  map.keyboard.enable();
  const resetCallbacks = new Set<() => void>();
  const controls = createMapControls(map, o.locale, () => resetCallbacks.forEach((cb) => cb()));
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  performance.mark('lokus:map-loaded');
  if (o.onlineStyle) void o.onlineStyle.then((style) => addOnlineBasemap(map, style)).catch((e: Error) => console.warn(`online basemap: ${e.message}`));

  const visible = (id: string) => layerShown(map, id);
  // Parent of each region drawn so far (the shapes' `parent`): ancestors of a hit, and where a region's chunk is.
  const regionParents = new Map<string, string>();
  let fill: Fill | null = null;
  const chunks = createMapChunks(map, {
    regionParents,
    fill: () => fill,
    changed(added) {
      if (added) highlight.chunkAdded();
      programAreas.refresh();
    },
    container,
  });
  const chunkLevel = chunks.levels;
  const hitsAt = createRegionHits(map, chunkLevel, visible, (k) => regionParents.get(k));

  const clickCallbacks = new Set<(hits: MapHit[]) => void>();
  const pointCallbacks = new Set<(point: LocusRef) => void>();
  const gapPointCallbacks = new Set<(kode: string) => void>();
  const openPoint = (p: LocusRef) => {
    for (const cb of pointCallbacks) cb({ id: p.id, lon: p.lon, lat: p.lat, intervention: p.intervention });
  };
  const programLayer = createProgramLayer(map, (lon, lat) => {
    const at = map.project([lon, lat]);
    const hits = hitsAt(at.x, at.y);
    for (const cb of clickCallbacks) cb(hits);
  }, openPoint);
  const setLabels = createLabelLayer(map);
  const moves = trackCameraMoves(map);
  const hideProbe = exposeMapProbe(map);
  const setGapOutlines = createGapLayer(map, () => chunkLevel);

  let national: NationalBoundaries | null = null;
  // The kabupaten layers are visible once their data is in the worker; the province shapes are sent on first use.
  let nationalShown = false;
  let provinsiData = false;
  // Context drawn once the first choropleth is on screen (`showContext`): until then, what waits for it.
  let contextShown = false;
  let heldContext: (() => void) | null = null;
  // One national fill layer at a time: kabupaten/kota, or provinces in the national provinsi view.
  const showFillLevel = (level: 'kabupaten' | 'provinsi') => {
    map.setLayoutProperty('provinsi-fill', 'visibility', level === 'provinsi' ? 'visible' : 'none');
    map.setLayoutProperty('kabupaten-fill', 'visibility', level === 'provinsi' ? 'none' : 'visible');
    container.dataset.fillLevel = level;
  };
  // The national province shapes: sent to the map once, when the provinsi view or an area-wide program needs them.
  const sendProvinsi = () => {
    if (provinsiData || !national) return;
    provinsiData = true;
    void (map.getSource('provinsi') as GeoJSONSource).setData(national.provinsi);
  };
  const programAreas = createProgramAreaLayer(map, () => chunkLevel, sendProvinsi);
  // The shape of a region by code: the outline of a hovered or selected one.
  const shapeOf = (kode: string) => {
    const level = levelOf(kode);
    if (level !== 'provinsi' && level !== 'kabupaten') return chunks.shape(kode);
    return (level === 'provinsi' ? national?.provinsi : national?.kabupaten)?.features.find((f) => f.properties.kode === kode);
  };
  const highlight = createRegionHighlight(map, shapeOf);
  const topHit = (x: number, y: number): MapHit | null => {
    const hits = hitsAt(x, y);
    const top = hits[hits.length - 1] ?? null;
    if (top) top.programs = programLayer.idsAt(x, y);
    return top;
  };
  const view = (): [number, number, number] => {
    const c = map.getCenter();
    return [c.lng, c.lat, map.getZoom()];
  };

  return {
    setNational(n) {
      national = n;
      for (const f of n.kabupaten.features) regionParents.set(f.properties.kode, f.properties.parent);
      programAreas.refresh();
      // Shown once the worker holds the data, so each first-view tile is cut once (NATIONAL_LAYERS).
      void (map.getSource('kabupaten') as GeoJSONSource).setData(n.kabupaten).then(() => {
        nationalShown = true;
        for (const id of NATIONAL_LAYERS) map.setLayoutProperty(id, 'visibility', 'visible');
        if (fill) showFillLevel(fillSource(fill));
        // Province borders follow once the first choropleth is shown: they are context, not the first
        // view (their tiles took frames before it, each a software-WebGL frame the first view waited for).
        const borders = () => void (map.getSource('provinsi-borders') as GeoJSONSource).setData({ type: 'FeatureCollection', features: [n.provinsiBorders] });
        if (contextShown) borders();
        else heldContext = borders;
      });
    },
    setNeighbours: (fc) => void (map.getSource('neighbours') as GeoJSONSource).setData(fc),
    setFill(f) {
      fill = f;
      const level = fillSource(f);
      if (level === 'provinsi') sendProvinsi();
      applyFill(map, f, chunks.drilled);
      if (nationalShown) showFillLevel(level);
      chunks.fillChanged(f);
    },
    addChunk: chunks.add,
    setDesaFill: chunks.setDesaFill,
    setDesaIdm: chunks.setDesaIdm,
    showChunks: chunks.show,
    setSelected: highlight.select,
    fitBounds: (b, options) => fitCamera(map, b, options, moves.userMoving || moves.lastByUser),
    jumpTo([lng, lat, zoom]) {
      map.jumpTo({ center: [lng, lat], zoom });
    },
    getView: view,
    setLabels,
    setPrograms: programLayer.set,
    setProgramAreas: programAreas.set,
    setGapOutlines,
    onHover: (cb) => subscribeHover(map, topHit, highlight.hover, cb),
    onClick(cb) {
      // A click on a single program point opens its card (onPointClick), one on a listed desa's gap
      // circle selects that desa (onGapPointClick), not the region under it.
      const onClick = (e: MapMouseEvent) => {
        const point = pointCallbacks.size ? programLayer.pointAt(e.point.x, e.point.y) : null;
        const gapKode = point || !gapPointCallbacks.size ? undefined : gapPointAt(map, e.point.x, e.point.y);
        if (point) openPoint(point);
        else if (gapKode) for (const g of gapPointCallbacks) g(gapKode);
        else cb(hitsAt(e.point.x, e.point.y));
      };
      clickCallbacks.add(cb);
      map.on('click', onClick);
      return () => {
        clickCallbacks.delete(cb);
        map.off('click', onClick);
      };
    },
    onPointClick(cb) {
      pointCallbacks.add(cb);
      return () => void pointCallbacks.delete(cb);
    },
    onGapPointClick(cb) {
      gapPointCallbacks.add(cb);
      return () => void gapPointCallbacks.delete(cb);
    },
    onMoveEnd(cb) {
      // Registered after trackCameraMoves' listener, so `lastByUser` is this move's.
      const onEnd = () => moves.away || cb(view(), moves.lastByUser);
      map.on('moveend', onEnd);
      return () => void map.off('moveend', onEnd);
    },
    onReset(cb) {
      resetCallbacks.add(cb);
      return () => void resetCallbacks.delete(cb);
    },
    setLocale: controls.setLocale,
    whenIdle: () => whenIdle(map),
    reveal() {
      // Back to following devicePixelRatio (MapLibre documents null for that; its type says number).
      (map as unknown as { setPixelRatio(r: number | null): void }).setPixelRatio(null);
      return whenIdle(map);
    },
    showContext() {
      contextShown = true;
      heldContext?.();
      heldContext = null;
    },
    snapshot: (pixelRatio) => snapshotMap(map, pixelRatio),
    framedSnapshot(request) {
      const byUser = moves.lastByUser;
      return framedSnapshot(map, request, (a) => {
        moves.away = a;
        // The camera comes back where it was: so does what the page knows of who moved it last.
        moves.lastByUser = byUser;
      });
    },
    destroy() {
      resetCallbacks.clear();
      clickCallbacks.clear();
      pointCallbacks.clear();
      container.removeEventListener('wheel', wheelGuard);
      hideProbe();
      // MapLibre's own: its listeners, workers' sources, canvas and controls go with it.
      map.remove();
    },
  };
}

/** Resolves when everything requested of `map` so far has been drawn. */
function whenIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    if (map.loaded() && !map.isMoving()) map.triggerRepaint();
  });
}
