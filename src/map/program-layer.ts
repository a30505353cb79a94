import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { clusterMarker, type ClusterLabel } from './cluster-marker.ts';
import { programLayerDefaults, programPointLayer, programSource } from './program-layers.ts';

/** The program points on one map: the clustered source, the point layer and the HTML cluster rings. */
export interface ProgramLayer {
  /** Replace the points (only these points are sent to the worker). */
  set(points: FeatureCollection, colourByType: Record<string, string>, label: ClusterLabel): void;
  /** Ids of the single points within a few pixels of (x, y). */
  idsAt(x: number, y: number): string[];
}

/**
 * Program points on `map`. Clusters are HTML markers (no glyph server): one per cluster on screen,
 * rebuilt after each move and after new points; cluster ids are only stable for one data set,
 * hence the version in their key. Clicking a cluster zooms to where it splits; loci sharing one
 * point (a region's label point) never split, so that click goes to `selectAt` instead.
 */
export function createProgramLayer(map: MapLibreMap, selectAt: (lon: number, lat: number) => void): ProgramLayer {
  let markers = new Map<string, Marker>();
  let version = 0;
  let colours: Record<string, string> = {};
  let label: ClusterLabel = (_c, n) => String(n);

  const update = () => {
    const src = map.getSource('programs') as GeoJSONSource | undefined;
    if (!src || !map.isSourceLoaded('programs')) return;
    const next = new Map<string, Marker>();
    for (const f of map.querySourceFeatures('programs', { filter: ['has', 'point_count'] })) {
      const p = f.properties ?? {};
      const key = `${version}:${p.cluster_id}`;
      if (next.has(key)) continue;
      let m = markers.get(key);
      if (!m) {
        const [lon, lat] = (f.geometry as Point).coordinates;
        const el = clusterMarker(p, colours, label);
        el.addEventListener('click', (e) => {
          e.stopPropagation();
          src.getClusterExpansionZoom(Number(p.cluster_id)).then(
            (z) => (z <= programLayerDefaults.clusterMaxZoom ? map.easeTo({ center: [lon, lat], zoom: z }) : selectAt(lon, lat)),
            () => undefined,
          );
        });
        m = new Marker({ element: el }).setLngLat([lon, lat]).addTo(map);
      }
      next.set(key, m);
    }
    for (const [key, m] of markers) if (!next.has(key)) m.remove();
    markers = next;
  };
  map.on('moveend', update);
  map.on('sourcedata', (e) => {
    if (e.sourceId === 'programs' && e.isSourceLoaded) update();
  });

  return {
    set(points, colourByType, clusterLabel) {
      version++;
      colours = colourByType;
      label = clusterLabel;
      const src = map.getSource('programs') as GeoJSONSource | undefined;
      if (src) void src.setData(points);
      else {
        map.addSource('programs', programSource(points, Object.keys(colourByType)));
        map.addLayer(programPointLayer(colourByType));
      }
    },
    idsAt(x, y) {
      if (!map.getLayer('programs-points')) return [];
      const r = 4;
      const fs = map.queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers: ['programs-points'] });
      return [...new Set(fs.map((f) => String(f.properties?.id ?? '')))].filter(Boolean);
    },
  };
}
