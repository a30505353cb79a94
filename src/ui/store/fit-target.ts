import { parentOf, type ParentLookup } from '../../lib/regions/ancestry.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { bboxOf, INDONESIA_BBOX, type BBox } from '../../lib/view/bbox.ts';
import type { NationalBoundaries, RegionFeatures } from '../../load/data-source.ts';

/** Bounds of a region from the national file or the chunks shown; Indonesia for ''. */
export function boundsOf(kode: string, national: NationalBoundaries, chunks: readonly RegionFeatures[]): BBox | undefined {
  if (!kode) return INDONESIA_BBOX;
  const level = levelOf(kode);
  const pool = level === 'provinsi' ? national.provinsi.features : level === 'kabupaten' ? national.kabupaten.features : chunks.flatMap((c) => c.features);
  return bboxOf(pool.filter((f) => f.properties.kode === kode).map((f) => f.geometry));
}

/** What to fit for `kode`: its bounds, or those of its nearest ancestor drawn (its own chunk failed to load); ancestors through `parents`. */
export function fitTarget(kode: string, national: NationalBoundaries, chunks: readonly RegionFeatures[], parents: ParentLookup): BBox | undefined {
  for (let k = kode; ; k = parentOf(k, parents)) {
    const b = boundsOf(k, national, chunks);
    if (b || !k) return b;
  }
}
