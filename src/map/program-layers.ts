import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

/** Defaults of the program points (clustering and size); the README repeats them. */
export const programLayerDefaults = {
  /** Clusters up to this zoom; loci at one region's label point stay one cluster until then. */
  clusterMaxZoom: 14,
  /** Cluster radius, screen pixels. */
  clusterRadius: 40,
  /** Radius of a single point, pixels. */
  pointRadius: 6,
};

/** Property of a cluster counting its loci of intervention type `type` (or located by region: `region`). */
export const clusterCountKey = (type: string) => `n_${type}`;

/**
 * The `programs` GeoJSON source: clustered, each cluster carrying a count per intervention type
 * (`n_jobs`, `n_land_reform`, …) and of region-located loci (`n_region`), so a cluster can show
 * its mix without asking the worker for its leaves.
 */
export function programSource(data: FeatureCollection, types: readonly string[], o = programLayerDefaults): GeoJSONSourceSpecification {
  const clusterProperties: Record<string, unknown> = {};
  for (const t of types) clusterProperties[clusterCountKey(t)] = ['+', ['case', ['==', ['get', 'intervention'], t], 1, 0]];
  clusterProperties[clusterCountKey('region')] = ['+', ['case', ['==', ['get', 'locatedBy'], 'region'], 1, 0]];
  return { type: 'geojson', data, cluster: true, clusterMaxZoom: o.clusterMaxZoom, clusterRadius: o.clusterRadius, clusterProperties } as GeoJSONSourceSpecification;
}

/**
 * Single (unclustered) program loci, coloured by intervention type. A locus placed at a region's
 * label point (`locatedBy: 'region'`) is a hollow ring — "located by region, not coordinates";
 * a locus with its own coordinates is a filled dot. Clusters are HTML markers (map-view.ts).
 */
export function programPointLayer(colourByType: Record<string, string>, fallback = '#444', o = programLayerDefaults): LayerSpecification {
  const match: unknown[] = ['match', ['get', 'intervention']];
  for (const [type, colour] of Object.entries(colourByType)) match.push(type, colour);
  match.push(fallback);
  const colour = match as ExpressionSpecification;
  const byRegion: ExpressionSpecification = ['==', ['get', 'locatedBy'], 'region'];
  return {
    id: 'programs-points',
    type: 'circle',
    source: 'programs',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-radius': o.pointRadius,
      'circle-color': ['case', byRegion, '#ffffff', colour],
      'circle-stroke-color': ['case', byRegion, colour, '#ffffff'],
      'circle-stroke-width': ['case', byRegion, 3, 1.5],
    },
  };
}
