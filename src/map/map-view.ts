import { Map as MapLibreMap, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { OnlineStyle } from '../load/online-style.ts';
import type { Level } from '../lib/types.ts';
import { INDONESIA_BBOX, type BBox } from '../lib/ui/bbox.ts';
import type { Padding } from '../lib/ui/fit-padding.ts';
import { sourceOfRegion } from '../lib/ui/drill.ts';
import { ancestry, levelOf } from '../lib/regions/level-of.ts';
import type { NationalBoundaries, RegionFeatures } from '../load/data-source.ts';
import { baseStyle, byParent, chunkLayers, contextFilter, contextLayer, drilledFilter, NATIONAL_LAYERS, nationalFilter, parentFilter } from './layer-specs.ts';
import type { ClusterLabel } from './cluster-marker.ts';
import { applyFill, fillColours, fillSource, type Fill } from './map-fill.ts';
import { createLabelLayer, type MapLabel } from './map-labels.ts';
import { createMapControls, maplibreLocale, type MapLocale } from './map-controls.ts';
import { createProgramLayer, type ProgramMapPoint } from './program-layer.ts';
import { snapshotMap, type MapSnapshot } from './map-snapshot.ts';
import { createGapLayer, type GapOutline } from './gap-layer.ts';

export type { Fill, MapLabel, MapLocale, MapSnapshot };

/** Options of the map view; see `defaultMapOptions` for defaults. */
export interface MapViewOptions {
  /** Optional online base map style, fetched by src/load/online-style.ts; null (default) keeps the map fully offline. */
  onlineStyle: Promise<OnlineStyle> | null;
  /** First view before data arrives: Indonesia. */
  initialBounds: BBox;
  /** Control labels and the map's accessible name, in the page's language (`setLocale` changes them). */
  locale: MapLocale;
  /** Embeds: the wheel scrolls the host page unless Ctrl/⌘ is held, one finger scrolls it on touch (MapLibre's cooperative gestures). */
  cooperativeGestures: boolean;
  /** Id of the element describing the map (its alt text), set as the canvas' `aria-describedby`; '' for none. */
  describedBy: string;
}

export const defaultMapOptions: MapViewOptions = {
  onlineStyle: null,
  initialBounds: INDONESIA_BBOX,
  locale: { map: 'Map', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fullscreenEnter: 'Enter fullscreen', fullscreenExit: 'Exit fullscreen', reset: 'Show all of Indonesia', attribution: 'Toggle attribution', attributionText: 'Boundaries: GADM 4.1 · Data: BPS and others (sources in the legend)', cooperativeCtrl: 'Use Ctrl + scroll to zoom the map', cooperativeMac: 'Use ⌘ + scroll to zoom the map', cooperativeTouch: 'Use two fingers to move the map' },
  cooperativeGestures: false,
  describedBy: '',
};

/** How `fitBounds` fits: see each key. */
export interface FitOptions {
  /** Fly there (600 ms) rather than jump. */
  animate: boolean;
  /** Room to leave on each side (overlays plus margin; lib/ui/fit-padding.ts). */
  padding: Padding;
  /**
   * Keep the camera when it already shows the bbox within the padded area (widened by this many
   * px) at no less than 0.25 zoom below the fit: a change of layout then moves the map only when
   * the region would be covered or could be shown much larger. Undefined: always fit.
   */
  keepWithin?: number;
}

declare global {
  interface Window {
    /** For browser tests: where a point is drawn in the map (CSS px from its top left), and the zoom. */
    lokusMapProbe?: { project(lngLat: [number, number]): { x: number; y: number }; zoom(): number };
  }
}

/** A region under the pointer: its code, level and screen position (CSS pixels in the map). */
export interface MapHit {
  kode: string;
  level: Level;
  x: number;
  y: number;
  /** Ids of the program loci drawn under the pointer (unclustered points), if any. */
  programs?: string[];
}

/** A chunk to show: its id as given to `addChunk`, restricted to children of `parents`. */
export interface ChunkFocus {
  id: string;
  parents?: string[];
}

/**
 * The only module holding the MapLibre map. The page calls this small interface from one place
 * (ui/effects/use-map-sync.ts); the view never reads page state. Recolouring uses feature-state
 * plus a paint expression, never re-sending geometry. Subscriptions return an unsubscribe.
 */
export interface MapView {
  setNational(n: NationalBoundaries): void;
  /** Neighbouring countries drawn as context (optional: the map works without them). */
  setNeighbours(fc: FeatureCollection): void;
  /** Colour kabupaten by classes or bivariate classes (see `Fill`). */
  setFill(fill: Fill): void;
  /** Add a lazily loaded chunk once under `id` (idempotent); it draws a neutral fill until `setCoastal`. */
  addChunk(id: string, level: 'kecamatan' | 'desa', features: RegionFeatures): void;
  /** Colour a chunk's regions as coastal or inland; `undefined` (rows not loaded yet) keeps the neutral fill. */
  setCoastal(id: string, coastal: (kode: string) => boolean | undefined): void;
  /** Show exactly these chunks (others hidden, kept for a fast return); `drilled` kabupaten are drawn as plain land. */
  showChunks(focus: ChunkFocus[], drilled: string[]): void;
  setSelected(kode: string): void;
  /** Fit the camera to `bbox`, clear of the padding (overlays); see `FitOptions`. */
  fitBounds(bbox: BBox, options: FitOptions): void;
  jumpTo(view: [number, number, number]): void;
  getView(): [number, number, number];
  setLabels(labels: MapLabel[]): void;
  /**
   * Program loci (points with `id`, `intervention`, `locatedBy`): clustered at low zoom, clusters
   * drawn as HTML rings showing their mix of types (`label` names it for screen readers).
   */
  setPrograms(points: readonly ProgramMapPoint[], colourByType: Record<string, string>, label: ClusterLabel): void;
  /** Outline the gap table's rows (regions of the loaded sources) with their rank; `[]` clears. */
  setGapOutlines(rows: GapOutline[]): void;
  onHover(cb: (hit: MapHit | null) => void): () => void;
  /** Called with the regions under a click or tap, one per level drawn there (coarsest first). */
  onClick(cb: (hits: MapHit[]) => void): () => void;
  onMoveEnd(cb: (view: [number, number, number], byUser: boolean) => void): () => void;
  /** Called when the user presses the map's "back to Indonesia" button. */
  onReset(cb: () => void): () => void;
  /** Control labels and the map's accessible name in another language. */
  setLocale(locale: MapLocale): void;
  /** Resolves when everything requested so far has been drawn. */
  whenIdle(): Promise<void>;
  /** Number of chunk sources loaded (for tests and the bench). */
  chunkCount(): number;
  /** The map as drawn now, at least at `pixelRatio`, with its HTML labels and clusters (image download, print). */
  snapshot(pixelRatio: number): MapSnapshot;
}

/** Create the map in `container`; resolves once the style is loaded and the map can take data. */
export async function createMapView(container: HTMLElement, options: Partial<MapViewOptions> = {}): Promise<MapView> {
  const o = { ...defaultMapOptions, ...options };
  const map = new MapLibreMap({
    container,
    style: baseStyle(),
    bounds: o.initialBounds,
    fitBoundsOptions: { padding: 10 },
    // The attribution is one of the controls (map-controls.ts), so it follows the page's language.
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    locale: maplibreLocale(o.locale),
    cooperativeGestures: o.cooperativeGestures,
  });
  if (o.describedBy) map.getCanvas().setAttribute('aria-describedby', o.describedBy);
  // Ctrl/⌘ + wheel over the map zooms the map, never the page: MapLibre leaves the first wheel event
  // of a gesture uncancelled while it tells a mouse from a trackpad, and the browser would zoom the page with it.
  if (o.cooperativeGestures) container.addEventListener('wheel', (e) => (e.ctrlKey || e.metaKey) && e.preventDefault(), { passive: false });
  map.touchZoomRotate.disableRotation();
  map.keyboard.enable();
  const resetCallbacks = new Set<() => void>();
  const controls = createMapControls(map, o.locale, () => resetCallbacks.forEach((cb) => cb()));
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  performance.mark('lokus:map-loaded');
  if (o.onlineStyle) void o.onlineStyle.then((style) => addOnlineBasemap(map, style)).catch((e: Error) => console.warn(`online basemap: ${e.message}`));

  const chunkLevel = new Map<string, Level>();
  const chunkCodes = new Map<string, string[]>();
  // Fill layers that can be hit: the national kabupaten, the shown chunks and their neighbours'
  // context (kecamatan of other kabupaten, standing for their kabupaten).
  const visible = (id: string) => map.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none';
  const fillLayers = () => [...['kabupaten-fill', 'provinsi-fill'].filter(visible), ...[...chunkLevel.keys()].flatMap((s) => [`${s}-fill`, `${s}-context`].filter(visible))];
  const hitsAt = (x: number, y: number): MapHit[] => {
    const features: MapGeoJSONFeature[] = map.queryRenderedFeatures([x, y], { layers: fillLayers() });
    const byLevel = new Map<Level, MapHit>();
    for (const f of features) {
      const context = f.layer.id.endsWith('-context');
      const kode = String((context ? f.properties?.parent : f.properties?.kode) ?? '');
      const level: Level = f.source === 'provinsi' ? 'provinsi' : f.source === 'kabupaten' || context ? 'kabupaten' : (chunkLevel.get(f.source) ?? 'kabupaten');
      if (!byLevel.has(level)) byLevel.set(level, { kode, level, x, y });
    }
    // Ancestors of the deepest hit (the national shapes under a shown chunk are filtered out).
    const deepest = (['desa', 'kecamatan', 'kabupaten'] as const).find((l) => byLevel.has(l));
    if (deepest) for (const kode of ancestry(byLevel.get(deepest)!.kode)) {
      const level = levelOf(kode);
      if (level && !byLevel.has(level)) byLevel.set(level, { kode, level, x, y });
    }
    return (['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const).flatMap((l) => (byLevel.has(l) ? [byLevel.get(l)!] : []));
  };

  const clickCallbacks = new Set<(hits: MapHit[]) => void>();
  const programLayer = createProgramLayer(map, (lon, lat) => {
    const at = map.project([lon, lat]);
    const hits = hitsAt(at.x, at.y);
    for (const cb of clickCallbacks) cb(hits);
  });
  const setLabels = createLabelLayer(map);
  // True from a camera move the user started (drag, wheel, keys, a zoom button) until it ends.
  let userMoving = false;
  map.on('movestart', (e: { originalEvent?: unknown }) => void (userMoving ||= e.originalEvent !== undefined));
  map.on('moveend', () => void (userMoving = false));
  window.lokusMapProbe = { project: (lngLat) => map.project(lngLat), zoom: () => map.getZoom() };
  const setGapOutlines = createGapLayer(map, () => chunkLevel);

  let national: NationalBoundaries | null = null;
  let fill: Fill | null = null;
  // The kabupaten layers are visible once their data is in the worker; the province shapes are sent on first use.
  let nationalShown = false;
  let provinsiData = false;
  // One national fill layer at a time: kabupaten/kota, or provinces in the national provinsi view.
  const showFillLevel = (level: 'kabupaten' | 'provinsi') => {
    map.setLayoutProperty('provinsi-fill', 'visibility', level === 'provinsi' ? 'visible' : 'none');
    map.setLayoutProperty('kabupaten-fill', 'visibility', level === 'provinsi' ? 'none' : 'visible');
    container.dataset.fillLevel = level;
  };
  const noData = () => fill?.noData ?? '#d9d9d9';
  // Hover and selection: national regions are outlined from the small `highlight` source (their
  // source has no line layer at national zoom); chunk regions by feature-state on their own layers.
  type FeatureRef = { source: string; id: number };
  const hl = { hover: '', selected: '' };
  let hovered: FeatureRef | null = null;
  let selected: FeatureRef | null = null;
  const isNational = (kode: string) => levelOf(kode) === 'provinsi' || levelOf(kode) === 'kabupaten';
  const nationalShape = (kode: string) => (levelOf(kode) === 'provinsi' ? national?.provinsi : national?.kabupaten)?.features.find((f) => f.properties.kode === kode);
  const drawHighlight = () => {
    const features = (['selected', 'hover'] as const).flatMap((state) => {
      const f = hl[state] ? nationalShape(hl[state]) : undefined;
      return f ? [{ type: 'Feature' as const, geometry: f.geometry, properties: { state } }] : [];
    });
    (map.getSource('highlight') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
  };
  const ref = (kode: string): FeatureRef | null => {
    const source = sourceOfRegion(kode);
    return source && !isNational(kode) ? { source, id: Number(kode) } : null;
  };
  const mark = (f: FeatureRef | null, state: 'hover' | 'selected', on: boolean) => f && map.getSource(f.source) && map.setFeatureState(f, { [state]: on });
  const setHover = (hit: MapHit | null) => {
    const kode = hit?.kode ?? '';
    const national = isNational(kode) ? kode : '';
    if (national !== hl.hover) {
      hl.hover = national;
      drawHighlight();
    }
    const next = hit ? ref(kode) : null;
    if (hovered && hovered.id !== next?.id) mark(hovered, 'hover', false);
    if (next && hovered?.id !== next.id) mark(next, 'hover', true);
    hovered = next;
  };
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
      // Shown once the worker holds the data, so each first-view tile is cut once (NATIONAL_LAYERS).
      void (map.getSource('kabupaten') as GeoJSONSource).setData(n.kabupaten).then(() => {
        nationalShown = true;
        for (const id of NATIONAL_LAYERS) map.setLayoutProperty(id, 'visibility', 'visible');
        if (fill) showFillLevel(fillSource(fill));
      });
      // Province borders follow once the kabupaten are drawn: they are context, not the first view.
      map.once('idle', () => (map.getSource('provinsi-borders') as GeoJSONSource).setData({ type: 'FeatureCollection', features: [n.provinsiBorders] }));
    },
    setNeighbours: (fc) => void (map.getSource('neighbours') as GeoJSONSource).setData(fc),
    setFill(f) {
      fill = f;
      const level = fillSource(f);
      if (level === 'provinsi' && !provinsiData && national) {
        provinsiData = true;
        (map.getSource('provinsi') as GeoJSONSource).setData(national.provinsi);
      }
      applyFill(map, f);
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
      if (selected?.source === id) mark(selected, 'selected', true);
    },
    setCoastal(id, coastal) {
      if (!map.getSource(id)) return;
      for (const kode of chunkCodes.get(id) ?? []) {
        const c = coastal(kode);
        if (c !== undefined) map.setFeatureState({ source: id, id: Number(kode) }, { coastal: c });
      }
    },
    showChunks(focus, drilled) {
      const wanted = new Map(focus.map((f) => [f.id, f]));
      // Provinces whose kecamatan are drawn: their national shapes give way to the chunk's (no slivers).
      const provinces = focus.flatMap((f) => (chunkLevel.get(f.id) === 'kecamatan' && f.parents ? [(chunkCodes.get(f.id)?.[0] ?? '').slice(0, 2)] : []));
      // Said on the container for browser tests (which cannot reach the map's filters).
      container.dataset.nationalHidden = provinces.join(',');
      for (const id of NATIONAL_LAYERS) map.setFilter(id, id === 'kabupaten-drilled' ? (['all', drilledFilter(drilled), nationalFilter(provinces)] as FilterSpecification) : provinces.length ? nationalFilter(provinces) : undefined);
      for (const source of chunkLevel.keys()) {
        const f = wanted.get(source);
        if (chunkLevel.get(source) === 'kecamatan') {
          map.setLayoutProperty(`${source}-context`, 'visibility', f?.parents ? 'visible' : 'none');
          if (f?.parents) {
            map.setFilter(`${source}-context`, contextFilter(f.parents));
            map.setPaintProperty(`${source}-context`, 'fill-color', byParent(fill ? fillColours(fill) : new Map(), noData()));
          }
        }
        for (const suffix of ['fill', 'line', 'hover', 'selected']) {
          const id = `${source}-${suffix}`;
          map.setLayoutProperty(id, 'visibility', f ? 'visible' : 'none');
          if (f) map.setFilter(id, f.parents ? parentFilter(f.parents) : null);
        }
      }
    },
    setSelected(kode) {
      mark(selected, 'selected', false);
      selected = kode ? ref(kode) : null;
      mark(selected, 'selected', true);
      hl.selected = isNational(kode) ? kode : '';
      drawHighlight();
    },
    fitBounds(b, { animate, padding, keepWithin }) {
      // The padding was measured from the container: MapLibre's own resize (throttled) may not have run yet.
      const box = map.getContainer(), canvas = map.getCanvas();
      if (box.clientWidth !== canvas.clientWidth || box.clientHeight !== canvas.clientHeight) map.resize();
      const options = { padding, maxZoom: 13 };
      // A change of layout while the user moves the camera leaves it to them (their camera is then kept).
      if (keepWithin !== undefined && userMoving) return;
      if (keepWithin !== undefined && !map.isMoving()) {
        const target = map.cameraForBounds(b, options);
        const nw = map.project([b[0], b[3]]), se = map.project([b[2], b[1]]);
        const k = keepWithin;
        const inside = nw.x >= padding.left - k && nw.y >= padding.top - k && se.x <= box.clientWidth - padding.right + k && se.y <= box.clientHeight - padding.bottom + k;
        if (target && inside && map.getZoom() >= (target.zoom ?? 0) - 0.25) return;
      }
      map.fitBounds(b, { ...options, duration: animate ? 600 : 0 });
    },
    jumpTo([lng, lat, zoom]) {
      map.jumpTo({ center: [lng, lat], zoom });
    },
    getView: view,
    setLabels,
    setPrograms: programLayer.set,
    setGapOutlines,
    onHover(cb) {
      let frame = 0;
      let last: { x: number; y: number } | null = null;
      const onMove = (e: MapMouseEvent) => {
        // While the camera moves the region under the pointer keeps changing: wait for it to stop.
        if (map.isMoving()) return;
        last = e.point;
        if (frame) return;
        // One query per animation frame: mousemove fires far more often than the screen repaints.
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (!last) return;
          const top = topHit(last.x, last.y);
          setHover(top);
          map.getCanvas().style.cursor = top ? 'pointer' : '';
          cb(top);
        });
      };
      // Never stale: a click (which selects), a camera move or the pointer leaving the map hides
      // the tooltip; the next pointer move over a region shows it again.
      const hide = () => {
        last = null;
        cancelAnimationFrame(frame);
        frame = 0;
        setHover(null);
        cb(null);
      };
      map.on('mousemove', onMove);
      map.on('click', hide);
      map.on('movestart', hide);
      map.getCanvas().addEventListener('mouseleave', hide);
      return () => {
        map.off('mousemove', onMove);
        map.off('click', hide);
        map.off('movestart', hide);
        map.getCanvas().removeEventListener('mouseleave', hide);
        cancelAnimationFrame(frame);
      };
    },
    onClick(cb) {
      const onClick = (e: MapMouseEvent) => cb(hitsAt(e.point.x, e.point.y));
      clickCallbacks.add(cb);
      map.on('click', onClick);
      return () => {
        clickCallbacks.delete(cb);
        map.off('click', onClick);
      };
    },
    onMoveEnd(cb) {
      const onEnd = (e: { originalEvent?: unknown }) => cb(view(), e.originalEvent !== undefined);
      map.on('moveend', onEnd);
      return () => void map.off('moveend', onEnd);
    },
    onReset(cb) {
      resetCallbacks.add(cb);
      return () => void resetCallbacks.delete(cb);
    },
    setLocale: controls.setLocale,
    whenIdle() {
      return new Promise((resolve) => {
        map.once('idle', () => resolve());
        if (map.loaded() && !map.isMoving()) map.triggerRepaint();
      });
    },
    chunkCount: () => chunkLevel.size,
    snapshot: (pixelRatio) => snapshotMap(map, pixelRatio),
  };
}

/** Put an online style's layers under Lokus' own (only when configured; off by default). */
function addOnlineBasemap(map: MapLibreMap, style: OnlineStyle): void {
  for (const [id, s] of Object.entries(style.sources)) map.addSource(`online-${id}`, s);
  for (const l of style.layers) {
    // Symbol layers need the style's glyph server; Lokus labels are HTML overlays instead.
    if (!('source' in l) || typeof l.source !== 'string' || l.type === 'symbol') continue;
    map.addLayer({ ...l, id: `online-${l.id}`, source: `online-${l.source}` } as LayerSpecification, 'kabupaten-fill');
  }
}
