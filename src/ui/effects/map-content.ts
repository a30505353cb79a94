import { childrenOf } from '../../lib/regions/region-views.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import type { Focus } from '../../lib/view/drill.ts';
import type { MapLabel } from '../../map/map-view.ts';

/** Labels of the focused region's children: largest first (they keep their label when labels would overlap), at most 120. */
export function labelsOf(lookup: RegionLookup, focus: Focus): MapLabel[] {
  if (!focus.labelChildrenOf) return [];
  return childrenOf(lookup, focus.labelChildrenOf)
    .sort((x, y) => y.areaKm2 - x.areaKm2)
    .slice(0, 120)
    .flatMap((r) => (r.lon !== null && r.lat !== null ? [{ lon: r.lon, lat: r.lat, text: shortName(r.name) }] : []));
}

/** Map label text: "Kabupaten Kupang" → "Kupang" ("Kota Kupang" keeps "Kota" to tell them apart). */
function shortName(name: string): string {
  return name.replace(/^Kabupaten\s+/, '');
}
