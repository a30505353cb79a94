import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
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
};

/**
 * Gap rows on `map`: a line layer over each source holding their level (the national kabupaten,
 * or the loaded kecamatan/desa chunks, `chunkSources`), filtered to the rows' codes, and an HTML
 * badge with the rank at each row's label point (no glyph server). `set([])` clears both.
 */
export function createGapLayer(map: MapLibreMap, chunkSources: () => ReadonlyMap<string, Level>): (rows: GapOutline[]) => void {
  let badges: Marker[] = [];
  const layers = new Set<string>();
  return (rows) => {
    const byLevel = new Map<Level, string[]>();
    for (const r of rows) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r.kode]);
    const sources: [string, Level][] = [['kabupaten', 'kabupaten'], ...chunkSources()];
    for (const [source, level] of sources) {
      const id = `gap-outline-${source}`;
      const codes = byLevel.get(level) ?? [];
      if (!map.getSource(source)) continue;
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
    map.getContainer().dataset.gapOutlines = String(rows.length);
  };
}
