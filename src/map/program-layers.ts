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
 * The `programs` GeoJSON source: the loci drawn on their own at the current zoom (not clustered
 * by MapLibre: the clusters are computed in the page, `lib/view/cluster-points.ts`, and drawn as
 * HTML rings, so rings and points always add up to the loci shown).
 */
export function programSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data };
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
    paint: {
      'circle-radius': o.pointRadius,
      'circle-color': ['case', byRegion, '#ffffff', colour],
      'circle-stroke-color': ['case', byRegion, colour, '#ffffff'],
      'circle-stroke-width': ['case', byRegion, 3, 1.5],
    },
  };
}
