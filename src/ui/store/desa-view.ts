import { bboxOf, type BBox } from '../../lib/view/bbox.ts';
import { desaInView } from '../../lib/view/desa-in-view.ts';
import type { NationalBoundaries } from '../../load/data-source.ts';
import type { PageState } from './page-state.ts';
import { levelOf } from '../../lib/regions/level-of.ts';

const boxes = new WeakMap<NationalBoundaries, ReadonlyMap<string, BBox>>();

/** Bounding box of each kabupaten of the national file, by BPS code (made once per file). */
function kabupatenBoxes(national: NationalBoundaries): ReadonlyMap<string, BBox> {
  let out = boxes.get(national);
  if (!out) {
    const made = new Map<string, BBox>();
    for (const f of national.kabupaten.features) {
      const b = bboxOf([f.geometry]);
      if (b) made.set(f.properties.kode, b);
    }
    boxes.set(national, (out = made));
  }
  return out;
}

/**
 * The kabupaten whose desa the map shows for whatever is in view, nearest first (`desaInView`):
 * from the camera where it last came to rest (or the URL's, before the first move ends) and the
 * map's size. Empty before the first view and the layout are in, and below the desa zoom. A selected
 * kabupaten is left out: it shows its kecamatan (its desa come with a kecamatan chosen in it).
 */
export function desaView(s: Pick<PageState, 'base' | 'layout' | 'camera' | 'url'>): string[] {
  const camera = s.camera ?? s.url.view;
  if (!s.base || !s.layout || !camera) return [];
  const selected = levelOf(s.url.region) === 'kabupaten' ? s.url.region : '';
  return desaInView(camera, s.layout.width, s.layout.height, kabupatenBoxes(s.base.national)).filter((k) => k !== selected);
}
