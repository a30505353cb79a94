import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { clusterPoints, groupPoints, projectAndGroup, type ClusterInput, type Clustering, type PointGroups } from '../lib/view/cluster-points.ts';
import { leavesAtOnePoint, leavesExtent } from '../lib/view/leaves-extent.ts';
import { nextTask, pacedYield } from '../lib/view/paced-yield.ts';
import { clusterMarker, type ClusterAction, type ClusterLabel } from './cluster-marker.ts';
import { createPointButtons } from './point-buttons.ts';
import { clusterCountKey, programLayerDefaults, programPointLayer, programSource } from './program-layers.ts';

/**
 * A point to draw: where, its intervention type, how it was located and the locus id (empty for
 * the shipped points file). Program loci are such points as they are: no copy per locus is made.
 */
export interface ProgramMapPoint extends ClusterInput {
  id: string;
}

/** Accessible name of a single program point (its button), in the page's language. */
export type PointLabel = (point: ProgramMapPoint) => string;

/** The program points on one map: clusters as HTML rings, single loci in a circle layer. */
export interface ProgramLayer {
  /** Replace the points. */
  set(points: readonly ProgramMapPoint[], colourByType: Record<string, string>, label: ClusterLabel, pointLabel?: PointLabel): void;
  /** Ids of the single points within a few pixels of (x, y). */
  idsAt(x: number, y: number): string[];
  /** The single point drawn nearest (x, y), within a few pixels, or null. */
  pointAt(x: number, y: number): ProgramMapPoint | null;
}

/** A ring's click: open the region at (lon, lat), or zoom to its leaves (indices into `xy`, the positions of the set they came from). */
interface RingTarget {
  lon: number;
  lat: number;
  leaves: number[];
  xy: Float64Array;
  action: ClusterAction;
}

/** Gap (CSS px) between a region's label point and the bottom of a ring of loci placed by that region. */
const RING_ABOVE_LABEL_PX = 12;

/** Screen margin (fraction of the view) around the view within which rings are kept in the DOM. */
const RING_MARGIN = 0.5;

/**
 * Program points on `map`. The page clusters the points itself for the map's whole zoom
 * (`clusterPoints`: every locus in exactly one ring or single), so the rings and the single points
 * always add up to the loci given — whatever the sequence of moves, new point sets and tiles still
 * loading (MapLibre's clustered source, read back by `querySourceFeatures`, mixed rings of two
 * zooms). Rings are HTML markers (no glyph server), kept for the clusters in and near the view.
 * Clicking a ring zooms to its loci; loci sharing one point (a region's label point) never split,
 * so that click goes to `selectAt` instead. The container's `data-program-*` attributes state the
 * sums for tests: points given, loci in rings + singles, and those of the rings in the DOM.
 */
export function createProgramLayer(map: MapLibreMap, selectAt: (lon: number, lat: number) => void, openPoint: (point: ProgramMapPoint) => void): ProgramLayer {
  let markers = new Map<string, Marker>();
  // What each ring in `markers` does when clicked, from the clustering that last drew it.
  let ringTargets = new Map<string, RingTarget>();
  const pointButtons = createPointButtons(map, openPoint);
  let pointLabel: PointLabel = (p) => p.intervention;
  let colours: Record<string, string> = {};
  let label: ClusterLabel = (_c, n) => String(n);
  let inputs: readonly ProgramMapPoint[] = [];
  // GeoJSON of a point, made when it is first drawn on its own (at most zooms most points are in
  // rings: making 100,000 features up front took the page 100 ms).
  let features: (Feature<Point> | undefined)[] = [];
  const featureOf = (i: number): Feature<Point> => {
    const p = inputs[i];
    return (features[i] ??= { type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id, intervention: p.intervention, locatedBy: p.locatedBy, k: i } });
  };
  let xy: Float64Array = new Float64Array(0);
  let groups: PointGroups = groupPoints([], xy);
  let clustering: Clustering | null = null;
  const o = programLayerDefaults;
  const container = map.getContainer();

  const zoomNow = () => Math.floor(map.getZoom());
  const recluster = () => {
    clustering = clusterPoints(inputs, xy, zoomNow(), o.clusterRadius, o.clusterMaxZoom, groups);
    const singles: FeatureCollection = { type: 'FeatureCollection', features: clustering.singles.map(featureOf) };
    const src = map.getSource('programs') as GeoJSONSource | undefined;
    if (src) void src.setData(singles);
    else {
      map.addSource('programs', programSource(singles));
      map.addLayer(programPointLayer(colours));
    }
    container.dataset.programPoints = String(inputs.length);
    container.dataset.programClustered = String(clustering.singles.length + clustering.clusters.reduce((n, c) => n + c.leaves.length, 0));
    container.dataset.programSingles = String(clustering.singles.length);
    container.dataset.programZoom = String(clustering.zoom);
  };

  const drawRings = () => {
    if (!clustering) return;
    const b = map.getBounds();
    const w = b.getEast() - b.getWest(), h = b.getNorth() - b.getSouth();
    const west = b.getWest() - w * RING_MARGIN, east = b.getEast() + w * RING_MARGIN, south = b.getSouth() - h * RING_MARGIN, north = b.getNorth() + h * RING_MARGIN;
    const next = new Map<string, Marker>();
    const nextTargets = new Map<string, RingTarget>();
    let inDom = 0;
    for (const c of clustering.clusters) {
      if (c.lon < west || c.lon > east || c.lat < south || c.lat > north) continue;
      const props: Record<string, unknown> = { point_count: c.leaves.length, [clusterCountKey('region')]: c.byRegion };
      for (const [t, n] of Object.entries(c.counts)) props[clusterCountKey(t)] = n;
      // The same content at the same place, in the same words, draws the same ring: reuse it, never
      // keep another — across new point sets too (the shipped points, then the same loci from the
      // records), so a ring under the pointer is not swapped between a press and its release.
      const action = actionOf(c.leaves);
      const base = `${c.lon.toFixed(6)},${c.lat.toFixed(6)}:${c.leaves.length}:${c.byRegion}:${Object.entries(c.counts).join(';')}:${action}:${label(c.counts, c.leaves.length, c.byRegion, action)}`;
      let key = base;
      for (let k = 1; next.has(key); k++) key = `${base}#${k}`;
      let m = markers.get(key);
      if (!m) {
        const el = clusterMarker(props, colours, label, action);
        const ringKey = key;
        el.addEventListener('click', (e) => {
          e.stopPropagation();
          const target = ringTargets.get(ringKey);
          if (!target) return;
          if (target.action === 'select') selectAt(target.lon, target.lat);
          else zoomTo(target.xy, target.leaves);
        });
        // Loci all placed by their region sit at its label point: the ring stands just above it, so the
        // region's name stays readable (it covered "Baumata" when drawn on the point).
        const aboveLabel = c.byRegion === c.leaves.length ? { anchor: 'bottom' as const, offset: [0, -RING_ABOVE_LABEL_PX] as [number, number] } : {};
        m = new Marker({ element: el, ...aboveLabel }).setLngLat([c.lon, c.lat]).addTo(map);
      }
      next.set(key, m);
      nextTargets.set(key, { lon: c.lon, lat: c.lat, leaves: c.leaves, xy, action });
      inDom += c.leaves.length;
    }
    for (const [key, m] of markers) if (next.get(key) !== m) m.remove();
    markers = next;
    ringTargets = nextTargets;
    container.dataset.programRings = String(next.size);
    container.dataset.programRingLoci = String(inDom);
    pointButtons.draw(inputs, clustering.singles, pointLabel);
  };

  /** A ring zooms to its loci; loci all at one point (a region's label point), or at the deepest zoom, open the region there. */
  const actionOf = (leaves: number[]): ClusterAction => (zoomNow() >= o.clusterMaxZoom || leavesAtOnePoint(xy, leaves) ? 'select' : 'zoom');
  const zoomTo = (at: Float64Array, leaves: number[]) => {
    const { w, s, e, n } = leavesExtent(at, leaves);
    map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: o.clusterMaxZoom + 1, duration: 500 });
  };

  let shownZoom = -1;
  let setCount = 0;
  map.on('moveend', () => {
    if (!inputs.length && !clustering) return;
    if (zoomNow() !== shownZoom) {
      shownZoom = zoomNow();
      recluster();
    }
    drawRings();
  });

  return {
    set(points, colourByType, clusterLabel, labelOfPoint) {
      // Projected and grouped in slices of 1,000 paced by the clock (`pacedYield`), then clustered, then drawn, each in a task of its own (in one
      // they blocked the page for 0.3 s with 100,000 points); the old set stays whole until then.
      const token = ++setCount;
      const pace = pacedYield();
      const goOn = async () => {
        await pace();
        return token === setCount;
      };
      void projectAndGroup(points, goOn, 1_000).then(async (next) => {
        if (!next) return;
        await nextTask();
        if (token !== setCount) return;
        colours = colourByType;
        label = clusterLabel;
        if (labelOfPoint) pointLabel = labelOfPoint;
        inputs = points;
        features = [];
        xy = next.xy;
        groups = next.groups;
        // Rings stay until `drawRings` (below): those whose content is unchanged are kept, the rest go.
        // Point buttons go with the old set (keyed by index, they would name other points).
        pointButtons.clear();
        shownZoom = zoomNow();
        recluster();
        // The rings' markers in a task of their own (with the clustering, 20–40 ms under load).
        await nextTask();
        if (token === setCount) drawRings();
      });
    },
    idsAt(x, y) {
      if (!map.getLayer('programs-points')) return [];
      const r = 4;
      const fs = map.queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers: ['programs-points'] });
      return [...new Set(fs.map((f) => String(f.properties?.id ?? '')))].filter(Boolean);
    },
    pointAt(x, y) {
      if (!map.getLayer('programs-points')) return null;
      const r = 4;
      const fs = map.queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers: ['programs-points'] });
      const k = fs.map((f) => Number(f.properties?.k)).find((i) => Number.isInteger(i) && i < inputs.length);
      return k === undefined ? null : inputs[k];
    },
  };
}
