import type { Strings } from '../../i18n/index.ts';
import { INTERVENTION_LABELS } from '../../lib/programs/intervention.ts';
import type { InterventionType } from '../../lib/programs/types.ts';
import { formatNumber, type Lang } from '../../lib/ui/format.ts';
import type { ClusterLabel } from '../../map/cluster-marker.ts';
import type { ProgramMapPoint } from '../../map/program-layer.ts';

/**
 * The active loci as map points: the loci themselves (the map reads id, place, type and how
 * located), without copying them: all of them when there is no mask or it keeps all, else those it keeps.
 */
export function programPoints(loci: readonly ProgramMapPoint[], mask: Uint8Array | undefined): readonly ProgramMapPoint[] {
  if (!mask || mask.every((b) => b === 1)) return loci;
  const kept: ProgramMapPoint[] = [];
  for (let k = 0; k < loci.length; k++) if (mask[k]) kept.push(loci[k]);
  return kept;
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
