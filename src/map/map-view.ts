import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Level } from '../lib/types.ts';
import { featureIdOf } from '../lib/regions/feature-id.ts';
import type { LocusRef } from '../lib/programs/coverage/find-locus.ts';
import { levelOf } from '../lib/regions/level-of.ts';
import type { NationalBoundaries, RegionFeatures } from '../load/data-source.ts';
import { byParent, chunkLayers, contextFilter, contextLayer, NATIONAL_LAYERS, nationalFilter, parentFilter } from './layer-specs.ts';
import { applyFill, fillColours, fillSource, type Fill } from './map-fill.ts';
import { createLabelLayer, type MapLabel } from './map-labels.ts';
import { createMapControls, type MapLocale } from './map-controls.ts';
import { createProgramLayer } from './program-layer.ts';
import { snapshotMap, type MapSnapshot } from './map-snapshot.ts';
import { framedSnapshot } from './framed-snapshot.ts';
import { createGapLayer, gapPointAt } from './gap-layer.ts';
import { createProgramAreaLayer } from './program-area-layer.ts';
import { fitCamera } from './fit-camera.ts';
import { subscribeHover } from './hover-subscription.ts';
import { createRegionHighlight } from './region-highlight.ts';
import { createRegionHits } from './region-hits.ts';
import { addOnlineBasemap } from './online-basemap.ts';
import { defaultMapOptions, newMap, type MapViewOptions } from './map-options.ts';
import { exposeMapProbe } from './map-probe.ts';
import { TEST_HOOKS } from './test-hooks.ts';
import { createDesaFill } from './desa-fill.ts';

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

  const chunkLevel = new Map<string, Level>();
  const chunkCodes = new Map<string, string[]>();
  const visible = (id: string) => map.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none';
  // Parent of each region drawn so far (the shapes' `parent`): ancestors of a hit, and where a region's chunk is.
  const regionParents = new Map<string, string>();
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
  // True from a camera move the user started (drag, wheel, keys, a zoom button) until it ends.
  // `lastMoveByUser`: whether the move that just ended was. A scroll zoom of one wheel event starts and
  // ends without `originalEvent` (MapLibre eases it from a frame callback), so a wheel event just
  // before a move's start, or during a move (it takes over a fit still under way), counts too.
  let userMoving = false;
  let lastMoveByUser = false;
  let wheelAt = -Infinity;
  // True while the camera is away for an image (framed-snapshot.ts): its moves are not the user's and not reported.
  let away = false;
  map.on('wheel', () => {
    wheelAt = performance.now();
    if (!map.isMoving()) return;
    // A fit still under way gives way to the user's zoom (it would otherwise carry on and undo it).
    if (!userMoving) map.stop();
    userMoving = true;
  });
  map.on('movestart', (e: { originalEvent?: unknown }) => void (userMoving ||= e.originalEvent !== undefined || performance.now() - wheelAt < 300));
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    lastMoveByUser = userMoving || e.originalEvent !== undefined;
    userMoving = false;
  });
  const hideProbe = exposeMapProbe(map);
  const setGapOutlines = createGapLayer(map, () => chunkLevel);
  const desaFill = createDesaFill(map);

  let national: NationalBoundaries | null = null;
  let fill: Fill | null = null;
  // Kabupaten drawn as plain land under their chunks (feature-state `drilled`, see `drilledAsLand`).
  let drilledNow = new Set<string>();
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
  const noData = () => fill?.noData ?? '#d9d9d9';
  // Shapes of the kecamatan and desa of the chunks added, by code: the outline of a hovered or selected one.
  const chunkShapes = new Map<string, RegionFeatures['features'][number]>();
  const shapeOf = (kode: string) => {
    const level = levelOf(kode);
    if (level !== 'provinsi' && level !== 'kabupaten') return chunkShapes.get(kode);
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
      applyFill(map, f, drilledNow);
      if (nationalShown) showFillLevel(level);
      const colours = fillColours(f);
      for (const source of chunkLevel.keys()) if (visible(`${source}-context`)) map.setPaintProperty(`${source}-context`, 'fill-color', byParent(colours, noData()));
    },
    addChunk(id, level, features) {
      if (map.getSource(id)) return;
      map.addSource(id, { type: 'geojson', data: features });
      for (const { layer, before } of chunkLayers(id, level, undefined)) map.addLayer(layer, before);
      if (level === 'kecamatan') map.addLayer({ ...contextLayer(id, [], new Map(), noData()), layout: { visibility: 'none' } }, `${id}-fill`);
      chunkLevel.set(id, level);
      chunkCodes.set(id, features.features.map((f) => f.properties.kode));
      for (const f of features.features) {
        regionParents.set(f.properties.kode, f.properties.parent);
        chunkShapes.set(f.properties.kode, f);
      }
      highlight.chunkAdded();
      if (level === 'desa') desaFill.chunkAdded(id);
      programAreas.refresh();
    },
    setDesaFill: desaFill.set,
    setDesaIdm: (id, status) => desaFill.setIdm(id, chunkCodes.get(id) ?? [], status),
    setCoastal(id, coastal) {
      if (!map.getSource(id)) return;
      for (const kode of chunkCodes.get(id) ?? []) {
        const c = coastal(kode);
        if (c !== undefined) map.setFeatureState({ source: id, id: featureIdOf(kode) }, { coastal: c });
      }
    },
    showChunks(focus, drilled) {
      const wanted = new Map(focus.map((f) => [f.id, f]));
      // Provinces whose kecamatan are drawn: their national shapes give way to the chunk's (no slivers).
      const provinces = focus.flatMap((f) => (chunkLevel.get(f.id) === 'kecamatan' && f.parents ? [f.id.slice('kecamatan-'.length)] : []));
      // Said on the container for browser tests (which cannot reach the map's filters); not in production.
      if (TEST_HOOKS) container.dataset.nationalHidden = provinces.join(',');
      for (const id of NATIONAL_LAYERS) map.setFilter(id, provinces.length ? nationalFilter(provinces) : undefined);
      const next = new Set(drilled);
      for (const kode of drilledNow) if (!next.has(kode)) map.setFeatureState({ source: 'kabupaten', id: featureIdOf(kode) }, { drilled: false });
      for (const kode of next) if (!drilledNow.has(kode)) map.setFeatureState({ source: 'kabupaten', id: featureIdOf(kode) }, { drilled: true });
      drilledNow = next;
      for (const source of chunkLevel.keys()) {
        const f = wanted.get(source);
        if (chunkLevel.get(source) === 'kecamatan') {
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
      programAreas.refresh();
    },
    setSelected: highlight.select,
    fitBounds: (b, options) => fitCamera(map, b, options, userMoving || lastMoveByUser),
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
      // Registered after the listener above, so `lastMoveByUser` is this move's.
      const onEnd = () => away || cb(view(), lastMoveByUser);
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
      const byUser = lastMoveByUser;
      return framedSnapshot(map, request, (a) => {
        away = a;
        // The camera comes back where it was: so does what the page knows of who moved it last.
        lastMoveByUser = byUser;
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
