import { Map as MapLibreMap, Marker, prewarm, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Level } from '../lib/types.ts';
import type { BBox } from '../lib/ui/bbox.ts';
import type { NationalBoundaries, RegionFeatures } from '../load/data-source.ts';
import { baseStyle, bivariateFill, choroplethFill, chunkLayers, drilledFilter, parentFilter } from './layer-specs.ts';
import type { ClusterLabel } from './cluster-marker.ts';
import { createProgramLayer } from './program-layer.ts';

setWorkerUrl(workerUrl);

/** Start MapLibre's workers now (they load while the page renders, before the map exists). */
export function prewarmMap(): void {
  prewarm();
}

/** Options of the map view; see `defaultMapOptions` for defaults. */
export interface MapViewOptions {
  /** URL of the neighbouring countries (TopoJSON, object `countries`: Natural Earth 50m, built by `npm run data`). */
  countriesUrl: string;
  /** Optional online base map style URL; '' (default) keeps the map fully offline. */
  onlineStyleUrl: string;
  /** First view before data arrives: Indonesia. */
  initialBounds: BBox;
}

export const defaultMapOptions: MapViewOptions = {
  countriesUrl: './data/basemap/countries.topo.json',
  onlineStyleUrl: '',
  // Indonesia from Sabang to Merauke, Miangas to Rote.
  initialBounds: [94.5, -11.2, 141.2, 6.3],
};

/** A region under the pointer: its code, level and screen position (CSS pixels in the map). */
export interface MapHit {
  kode: string;
  level: Level;
  x: number;
  y: number;
  /** Ids of the program loci drawn under the pointer (unclustered points), if any. */
  programs?: string[];
}

/** A chunk layer to show: `source` as returned by `addChunk`, restricted to children of `parents`. */
export interface ChunkFocus {
  source: string;
  parents?: string[];
}

/** A label drawn as an HTML overlay (no glyph server). */
export interface MapLabel {
  lon: number;
  lat: number;
  text: string;
}

/**
 * The only module holding the MapLibre map. The UI calls this small interface; the view never
 * reads UI state. Recolouring uses feature-state plus a paint expression, never re-sending geometry.
 */
export interface MapView {
  setNational(n: NationalBoundaries): void;
  /** Colour kabupaten by `values` (kode → value) with class `bounds` and `colours`. */
  setChoropleth(values: ReadonlyMap<string, number>, bounds: readonly number[], colours: readonly string[], noData: string): void;
  /**
   * Add a lazily loaded chunk once (idempotent); returns its source id. `coastal(kode)` drives its
   * fill; `undefined` (rows not loaded yet) draws a neutral "pending" fill.
   */
  addChunk(level: 'kecamatan' | 'desa', key: string, features: RegionFeatures, coastal: (kode: string) => boolean | undefined): string;
  /** Re-apply the coastal fill of a chunk once its region rows are known (no geometry re-sent). */
  setCoastal(source: string, coastal: (kode: string) => boolean | undefined): void;
  /** Show exactly these chunks (others hidden, kept in memory for a fast return). */
  showChunks(focus: ChunkFocus[]): void;
  setSelected(kode: string): void;
  /** Fit the camera to `bbox`; `inset` keeps it clear of overlays (bottom sheet, legend; CSS pixels). */
  fitBounds(bbox: BBox, animate?: boolean, inset?: { left?: number; bottom?: number }): void;
  jumpTo(view: [number, number, number]): void;
  getView(): [number, number, number];
  setLabels(labels: MapLabel[]): void;
  /**
   * Program loci (points with `id`, `intervention`, `locatedBy`): clustered at low zoom, clusters
   * drawn as HTML rings showing their mix of types (`label` names it for screen readers).
   * Replaces the previous points (only these points are sent; region geometry never is).
   */
  setPrograms(points: FeatureCollection, colourByType: Record<string, string>, label: ClusterLabel): void;
  /** Colour kabupaten by bivariate class 0–8 (`classes`, kode → class) with a 3×3 palette; `setChoropleth` switches back. */
  setBivariate(classes: ReadonlyMap<string, number>, colours: readonly string[], noData: string): void;
  onHover(cb: (hit: MapHit | null) => void): void;
  /** Called with the regions under a click or tap, one per level drawn there (coarsest first). */
  onClick(cb: (hits: MapHit[]) => void): void;
  onMoveEnd(cb: (view: [number, number, number], byUser: boolean) => void): void;
  /** Resolves when everything requested so far has been drawn. */
  whenIdle(): Promise<void>;
  /** Number of chunk sources loaded (for tests and the bench). */
  chunkCount(): number;
}

/** Create the map in `container`; resolves once the style is loaded and the map can take data. */
export async function createMapView(container: HTMLElement, options: Partial<MapViewOptions> = {}): Promise<MapView> {
  const o = { ...defaultMapOptions, ...options };
  const map = new MapLibreMap({
    container,
    style: baseStyle(),
    bounds: o.initialBounds,
    fitBoundsOptions: { padding: 10 },
    attributionControl: { compact: true, customAttribution: 'Batas: GADM 4.1 · Data: BPS' },
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.enable();
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  performance.mark('lokus:map-loaded');
  if (o.onlineStyleUrl) addOnlineBasemap(map, o.onlineStyleUrl);
  // Neighbouring land is context: fetched once the first choropleth has been drawn so it never
  // delays it; without it the map still works (the page stays quiet).
  const loadNeighbours = () =>
    fetch(new URL(o.countriesUrl, document.baseURI))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${o.countriesUrl}: HTTP ${r.status}`))))
      .then((topo: Topology) => {
        const fc = feature(topo, topo.objects.countries as GeometryCollection);
        // Indonesia is drawn from its own regions; Natural Earth's outline would show through gaps.
        fc.features = fc.features.filter((f) => String(f.id) !== '360');
        return (map.getSource('neighbours') as GeoJSONSource).setData(fc);
      })
      .catch(() => undefined);
  let neighboursRequested = false;

  const chunkLevel = new Map<string, Level>();
  const chunkCodes = new Map<string, string[]>();
  const fillLayers = () => ['kabupaten-fill', ...[...chunkLevel.keys()].filter((s) => map.getLayoutProperty(`${s}-fill`, 'visibility') !== 'none').map((s) => `${s}-fill`)];
  const sourceOf = (kode: string): string =>
    kode.length === 2 ? 'provinsi' : kode.length === 4 ? 'kabupaten' : kode.length === 7 ? `kecamatan-${kode.slice(0, 2)}` : `desa-${kode.slice(0, 4)}`;
  const hitsAt = (x: number, y: number): MapHit[] => {
    const features: MapGeoJSONFeature[] = map.queryRenderedFeatures([x, y], { layers: fillLayers() });
    const byLevel = new Map<Level, MapHit>();
    for (const f of features) {
      const kode = String(f.properties?.kode ?? '');
      const level: Level = f.source === 'kabupaten' ? 'kabupaten' : (chunkLevel.get(f.source) ?? 'kabupaten');
      if (!byLevel.has(level)) byLevel.set(level, { kode, level, x, y });
    }
    const kab = byLevel.get('kabupaten');
    if (kab) byLevel.set('provinsi', { kode: kab.kode.slice(0, 2), level: 'provinsi', x, y });
    return (['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const).flatMap((l) => (byLevel.has(l) ? [byLevel.get(l)!] : []));
  };

  const clickCallbacks: ((hits: MapHit[]) => void)[] = [];
  const programLayer = createProgramLayer(map, (lon, lat) => {
    const at = map.project([lon, lat]);
    const hits = hitsAt(at.x, at.y);
    for (const cb of clickCallbacks) cb(hits);
  });
  const programIdsAt = programLayer.idsAt;

  let national: NationalBoundaries | null = null;
  let provinsiSent = false;
  let hovered: { source: string; id: number } | null = null;
  let selected: { source: string; id: number } | null = null;
  const setHover = (hit: MapHit | null) => {
    const next = hit ? { source: sourceOf(hit.kode), id: Number(hit.kode) } : null;
    if (hovered && (!next || hovered.id !== next.id)) map.setFeatureState(hovered, { hover: false });
    if (next && (!hovered || hovered.id !== next.id) && map.getSource(next.source)) map.setFeatureState(next, { hover: true });
    hovered = next;
  };

  let labelMarkers: Marker[] = [];
  // Hide labels that would overlap one placed before them (labels come most important first).
  const declutter = () => {
    const placed: DOMRect[] = [];
    for (const m of labelMarkers) {
      const el = m.getElement();
      el.style.visibility = '';
      const r = el.getBoundingClientRect();
      const hit = placed.some((p) => r.left < p.right + 4 && r.right + 4 > p.left && r.top < p.bottom && r.bottom > p.top);
      if (hit) el.style.visibility = 'hidden';
      else placed.push(r);
    }
  };
  map.on('moveend', declutter);
  const view = (): [number, number, number] => {
    const c = map.getCenter();
    return [c.lng, c.lat, map.getZoom()];
  };

  return {
    setNational(n) {
      (map.getSource('kabupaten') as GeoJSONSource).setData(n.kabupaten);
      national = n;
      (map.getSource('provinsi-borders') as GeoJSONSource).setData({ type: 'FeatureCollection', features: [n.provinsiBorders] });
    },
    setChoropleth(values, bounds, colours, noData) {
      map.removeFeatureState({ source: 'kabupaten' });
      for (const [kode, v] of values) if (Number.isFinite(v)) map.setFeatureState({ source: 'kabupaten', id: Number(kode) }, { v });
      if (hovered?.source === 'kabupaten') map.setFeatureState(hovered, { hover: true });
      if (selected?.source === 'kabupaten') map.setFeatureState(selected, { selected: true });
      map.setPaintProperty('kabupaten-fill', 'fill-color', choroplethFill(bounds, colours, noData));
      if (!neighboursRequested) {
        neighboursRequested = true;
        map.once('idle', () => void loadNeighbours());
      }
    },
    addChunk(level, key, features, coastal) {
      const source = `${level}-${key}`;
      if (map.getSource(source)) return source;
      map.addSource(source, { type: 'geojson', data: features });
      for (const { layer, before } of chunkLayers(source, level, undefined)) map.addLayer(layer, before);
      for (const f of features.features) {
        const c = coastal(f.properties.kode);
        if (c !== undefined) map.setFeatureState({ source, id: Number(f.properties.kode) }, { coastal: c });
      }
      chunkLevel.set(source, level);
      chunkCodes.set(source, features.features.map((f) => f.properties.kode));
      if (selected?.source === source) map.setFeatureState(selected, { selected: true });
      return source;
    },
    setCoastal(source, coastal) {
      if (!map.getSource(source)) return;
      for (const kode of chunkCodes.get(source) ?? []) {
        const c = coastal(kode);
        if (c !== undefined) map.setFeatureState({ source, id: Number(kode) }, { coastal: c });
      }
    },
    showChunks(focus) {
      const wanted = new Map(focus.map((f) => [f.source, f]));
      const drilled = new Set<string>();
      for (const f of focus) {
        if (f.source.startsWith('desa-')) drilled.add(f.source.slice(5));
        else for (const p of f.parents ?? []) if (p.length === 4) drilled.add(p);
      }
      map.setFilter('kabupaten-drilled', drilledFilter([...drilled]));
      for (const source of chunkLevel.keys()) {
        const f = wanted.get(source);
        for (const suffix of ['fill', 'line', 'hover', 'selected']) {
          const id = `${source}-${suffix}`;
          map.setLayoutProperty(id, 'visibility', f ? 'visible' : 'none');
          if (f) map.setFilter(id, f.parents ? parentFilter(f.parents) : null);
        }
      }
    },
    setSelected(kode) {
      if (selected && map.getSource(selected.source)) map.setFeatureState(selected, { selected: false });
      selected = kode ? { source: sourceOf(kode), id: Number(kode) } : null;
      if (kode.length === 2 && national && !provinsiSent) {
        provinsiSent = true;
        (map.getSource('provinsi') as GeoJSONSource).setData(national.provinsi);
      }
      if (selected && map.getSource(selected.source)) map.setFeatureState(selected, { selected: true });
    },
    fitBounds(b, animate = true, inset = {}) {
      const padding = { top: 40, right: 40, left: 40 + (inset.left ?? 0), bottom: 40 + (inset.bottom ?? 0) };
      map.fitBounds(b, { padding, duration: animate ? 600 : 0, maxZoom: 13 });
    },
    jumpTo([lng, lat, zoom]) {
      map.jumpTo({ center: [lng, lat], zoom });
    },
    getView: view,
    setLabels(labels) {
      for (const m of labelMarkers) m.remove();
      labelMarkers = labels.map((l) => {
        const el = document.createElement('div');
        el.className = 'region-label';
        el.textContent = l.text;
        return new Marker({ element: el }).setLngLat([l.lon, l.lat]).addTo(map);
      });
      declutter();
    },
    setPrograms: programLayer.set,
    setBivariate(classes, colours, noData) {
      map.removeFeatureState({ source: 'kabupaten' });
      for (const [kode, c] of classes) map.setFeatureState({ source: 'kabupaten', id: Number(kode) }, { bv: c });
      if (hovered?.source === 'kabupaten') map.setFeatureState(hovered, { hover: true });
      if (selected?.source === 'kabupaten') map.setFeatureState(selected, { selected: true });
      map.setPaintProperty('kabupaten-fill', 'fill-color', bivariateFill(colours, noData));
    },
    onHover(cb) {
      let frame = 0;
      let last: { x: number; y: number } | null = null;
      map.on('mousemove', (e) => {
        last = e.point;
        if (frame) return;
        // One query per animation frame: mousemove fires far more often than the screen repaints.
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (!last) return;
          const hits = hitsAt(last.x, last.y);
          const top = hits[hits.length - 1] ?? null;
          if (top) top.programs = programIdsAt(last.x, last.y);
          setHover(top);
          map.getCanvas().style.cursor = top ? 'pointer' : '';
          cb(top);
        });
      });
      map.getCanvas().addEventListener('mouseleave', () => {
        last = null;
        setHover(null);
        cb(null);
      });
      map.on('click', (e) => {
        const hits = hitsAt(e.point.x, e.point.y);
        const top = hits[hits.length - 1] ?? null;
        if (top) top.programs = programIdsAt(e.point.x, e.point.y);
        setHover(top);
        cb(top);
      });
    },
    onClick(cb) {
      clickCallbacks.push(cb);
      map.on('click', (e) => cb(hitsAt(e.point.x, e.point.y)));
    },
    onMoveEnd(cb) {
      map.on('moveend', (e) => cb(view(), 'originalEvent' in e && e.originalEvent !== undefined));
    },
    whenIdle() {
      return new Promise((resolve) => {
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      });
    },
    chunkCount: () => chunkLevel.size,
  };
}

/** Put an online style's layers under Lokus' own (only when configured; off by default). */
function addOnlineBasemap(map: MapLibreMap, url: string): void {
  fetch(url)
    .then((r) => r.json())
    .then((style: { sources: Record<string, never>; layers: { id: string; source?: string }[] }) => {
      for (const [id, s] of Object.entries(style.sources)) map.addSource(`online-${id}`, s);
      for (const l of style.layers as { id: string; source?: string; type?: string }[]) {
        // Symbol layers need the style's glyph server; Lokus labels are HTML overlays instead.
        if (!l.source || l.type === 'symbol') continue;
        map.addLayer({ ...l, id: `online-${l.id}`, source: `online-${l.source}` } as never, 'kabupaten-fill');
      }
    })
    .catch((e: Error) => console.warn(`online basemap ${url}: ${e.message}`));
}
