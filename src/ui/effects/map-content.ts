import { childrenOf } from '../../lib/regions/region-views.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { levelOf, parentOf } from '../../lib/regions/level-of.ts';
import { bboxOf, INDONESIA_BBOX, type BBox } from '../../lib/ui/bbox.ts';
import type { Focus } from '../../lib/ui/drill.ts';
import type { NationalBoundaries, RegionFeatures } from '../../load/data-source.ts';
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

/** Coastal status by BPS code from the lookup (undefined while the region's level is not loaded). */
export function coastalLookup(lookup: RegionLookup): (kode: string) => boolean | undefined {
  return (kode) => {
    const level = levelOf(kode);
    const i = level ? lookup.byBps[level].get(kode) : undefined;
    return level && i !== undefined ? lookup.coastal[level][i] === 1 : undefined;
  };
}

/** Bounds of a region from the national file or the chunks shown; Indonesia for ''. */
export function boundsOf(kode: string, national: NationalBoundaries, chunks: readonly RegionFeatures[]): BBox | undefined {
  if (!kode) return INDONESIA_BBOX;
  const level = levelOf(kode);
  const pool = level === 'provinsi' ? national.provinsi.features : level === 'kabupaten' ? national.kabupaten.features : chunks.flatMap((c) => c.features);
  return bboxOf(pool.filter((f) => f.properties.kode === kode).map((f) => f.geometry));
}

/** What to fit for `kode`: its bounds, or those of its nearest ancestor drawn (its own chunk failed to load). */
export function fitTarget(kode: string, national: NationalBoundaries, chunks: readonly RegionFeatures[]): BBox | undefined {
  for (let k = kode; ; k = parentOf(k)) {
    const b = boundsOf(k, national, chunks);
    if (b || !k) return b;
  }
}
