import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Level } from '../lib/types.ts';

/** A gap-table row as the map shows it: its region outlined, its rank at its label point. */
export interface GapOutline {
  kode: string;
  level: Level;
  rank: number;
  lon: number | null;
  lat: number | null;
}

/** Colour and width of the outlines, and how many rank badges at most (all 176 desa of Kab. Kupang hid the map in a screenshot; every row stays outlined). */
export const gapLayerDefaults = {
  colour: '#c2185b',
  width: 2.5,
  maxBadges: 30,
  /** Circle radius (px) of a listed desa at zoom 4 and at zoom 10. */
  pointRadius: [2.5, 6] as const,
};

const POINTS = 'gap-points';

/**
 * Gap rows on `map`: a line layer over each source holding their level (the national kabupaten,
 * or the loaded kecamatan/desa chunks, `chunkSources`), filtered to the rows' codes, and an HTML
 * badge with the rank at each row's label point (no glyph server). `points` (a desa list, national
 * or not): a circle at each listed desa's label point, whether its chunk is loaded or not.
 * `set([])` clears all three. The container states `data-gap-outlines` and `data-gap-points`.
 */
export function createGapLayer(map: MapLibreMap, chunkSources: () => ReadonlyMap<string, Level>): (rows: GapOutline[], points?: readonly GapOutline[]) => void {
  let badges: Marker[] = [];
  const layers = new Set<string>();
  // The points last sent and how many were drawn: the outlines follow every chunk that arrives, the
  // points only change with the list (re-sending up to 20,000 of them re-tiled them each time).
  let sent: readonly GapOutline[] | undefined;
  let drawn = 0;
  return (rows, points = NO_POINTS) => {
    const byLevel = new Map<Level, string[]>();
    for (const r of rows) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r.kode]);
    const sources: [string, Level][] = [['kabupaten', 'kabupaten'], ...chunkSources()];
    for (const [source, level] of sources) {
      const id = `gap-outline-${source}`;
      const codes = byLevel.get(level) ?? [];
      // No layer until there is something to outline (one made at the first view cost it a frame).
      if (!map.getSource(source) || (!codes.length && !map.getLayer(id))) continue;
      if (!map.getLayer(id)) {
        map.addLayer({ id, type: 'line', source, paint: { 'line-color': gapLayerDefaults.colour, 'line-width': gapLayerDefaults.width } });
        layers.add(id);
      }
      map.setFilter(id, ['in', ['get', 'kode'], ['literal', codes]]);
      // A hidden chunk keeps its outlines hidden too.
      const fill = map.getLayer(`${source}-fill`) ? map.getLayoutProperty(`${source}-fill`, 'visibility') : 'visible';
      map.setLayoutProperty(id, 'visibility', codes.length && fill !== 'none' ? 'visible' : 'none');
    }
    for (const b of badges) b.remove();
    badges = rows.slice(0, gapLayerDefaults.maxBadges).flatMap((r) => {
      if (r.lon === null || r.lat === null) return [];
      const el = document.createElement('div');
      el.className = 'gap-rank';
      el.dataset.kode = r.kode;
      el.textContent = String(r.rank);
      return [new Marker({ element: el }).setLngLat([r.lon, r.lat]).addTo(map)];
    });
    if (points !== sent) {
      drawn = setPoints(map, points);
      sent = points;
    }
    map.getContainer().dataset.gapOutlines = String(rows.length);
    map.getContainer().dataset.gapPoints = String(drawn);
  };
}

/** No desa list: one array, so that "no points" twice is no change. */
const NO_POINTS: readonly GapOutline[] = [];

/** The listed desa as circles (one GeoJSON source and layer, made on first use); returns how many are drawn. */
function setPoints(map: MapLibreMap, points: readonly GapOutline[]): number {
  const features = points.flatMap((p) => (p.lon === null || p.lat === null ? [] : [{ type: 'Feature' as const, properties: { kode: p.kode, rank: p.rank }, geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] } }]));
  const data = { type: 'FeatureCollection' as const, features };
  const source = map.getSource<GeoJSONSource>(POINTS);
  if (source) void source.setData(data);
  else if (features.length) {
    map.addSource(POINTS, { type: 'geojson', data });
    const [r4, r10] = gapLayerDefaults.pointRadius;
    map.addLayer({
      id: POINTS, type: 'circle', source: POINTS,
      paint: { 'circle-color': gapLayerDefaults.colour, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, r4, 10, r10], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    });
  }
  return features.length;
}

/** Half the side (px) of the box a click searches for a listed desa's circle: the circle's radius and a finger's slack. */
const HIT_SLACK = 6;

/** Code of the listed desa whose circle is at (`x`, `y`) (CSS px in the map), nearest first; undefined when none is there. */
export function gapPointAt(map: MapLibreMap, x: number, y: number): string | undefined {
  if (!map.getLayer(POINTS)) return undefined;
  const near = map.queryRenderedFeatures([[x - HIT_SLACK, y - HIT_SLACK], [x + HIT_SLACK, y + HIT_SLACK]], { layers: [POINTS] });
  let best: string | undefined, bestD = Infinity;
  for (const f of near) {
    if (f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    const at = map.project([lon, lat]);
    const d = (at.x - x) ** 2 + (at.y - y) ** 2;
    if (d < bestD) [best, bestD] = [String(f.properties?.kode ?? ''), d];
  }
  return best || undefined;
}
