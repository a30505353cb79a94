import type { FeatureCollection, Point } from 'geojson';
import type { Strings } from '../../i18n/index.ts';
import { INTERVENTION_LABELS } from '../../lib/programs/intervention.ts';
import type { InterventionType, ProgramLocus } from '../../lib/programs/types.ts';
import { formatNumber, type Lang } from '../../lib/ui/format.ts';
import type { ClusterLabel } from '../../map/cluster-marker.ts';

/** The active loci as map points: only what the map draws (id, type, how located), not the whole record. */
export function programPoints(loci: readonly Pick<ProgramLocus, 'id' | 'lon' | 'lat' | 'intervention' | 'locatedBy'>[], mask: Uint8Array | undefined): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  loci.forEach((l, k) => {
    if (mask && !mask[k]) return;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [l.lon, l.lat] }, properties: { id: l.id, intervention: l.intervention, locatedBy: l.locatedBy } });
  });
  return { type: 'FeatureCollection', features };
}

/** Words for a cluster marker's accessible name, in the UI language. */
export function clusterLabeller(t: Strings, lang: Lang): ClusterLabel {
  const n = (v: number) => formatNumber(v, lang, 0);
  return (counts, total, byRegion, action) => {
    const parts = Object.entries(counts).map(([type, c]) => `${n(c)} ${INTERVENTION_LABELS[type as InterventionType]?.[lang] ?? type}`);
    if (byRegion) parts.push(t.clusterByRegion(n(byRegion)));
    return t.clusterLabel(n(total), parts.join(', '), action);
  };
}
