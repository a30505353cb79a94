import type { Strings } from '../../i18n/index.ts';
import { INTERVENTION_LABELS } from '../../lib/programs/intervention.ts';
import type { InterventionType } from '../../lib/programs/types.ts';
import { formatNumber, type Lang } from '../../lib/format/format.ts';
import type { ClusterLabel } from '../../map/cluster-marker.ts';
import type { PointLabel, ProgramMapPoint } from '../../map/program-layer.ts';
import { areaOf, type AreaFields } from '../../lib/programs/coverage/program-area.ts';
import type { MapProgramArea } from '../../lib/view/area-outlines.ts';

/** The active loci as the map draws them: places as points, area-wide programs as areas. */
export interface MapPrograms {
  /** Loci that are places (`isPlaceLocus`): the loci themselves, not copied (all of them when every one is a place and the mask keeps all). */
  points: readonly ProgramMapPoint[];
  /** Programs for a whole kecamatan, kabupaten/kota or province (`areaOf`): outlined, never drawn as points. */
  areas: MapProgramArea[];
}

/**
 * Split the active loci (kept by `mask`, all when undefined) into points and areas. A program for
 * a whole region is not drawn or counted as a point at its label point: it is that region.
 */
export function programPoints(loci: readonly (ProgramMapPoint & AreaFields)[], mask: Uint8Array | undefined): MapPrograms {
  const points: ProgramMapPoint[] = [];
  const areas: MapProgramArea[] = [];
  for (let k = 0; k < loci.length; k++) {
    if (mask && !mask[k]) continue;
    const p = loci[k];
    const area = areaOf(p);
    if (area) areas.push({ ...area, intervention: p.intervention });
    else points.push(p);
  }
  return { points: points.length === loci.length ? loci : points, areas };
}

/** How many of the active loci (kept by `mask`) the map draws as points and as areas (the legend's counts). */
export function countPointsAndAreas(loci: readonly AreaFields[], mask: Uint8Array | undefined): { points: number; areas: number } {
  let areas = 0, kept = 0;
  for (let k = 0; k < loci.length; k++) {
    if (mask && !mask[k]) continue;
    kept++;
    if (areaOf(loci[k])) areas++;
  }
  return { points: kept - areas, areas };
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

/** Words for a single point's button (its accessible name): type, how it was located, and that Enter opens its card. */
export function pointLabeller(t: Strings, lang: Lang): PointLabel {
  return (p) => t.pointLabel(INTERVENTION_LABELS[p.intervention as InterventionType]?.[lang] ?? p.intervention, p.locatedBy === 'region' ? t.legendByRegion : t.legendByCoords);
}
