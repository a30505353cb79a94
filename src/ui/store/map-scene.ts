import { levelOf } from '../../lib/regions/level-of.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { chunkId, focusOf } from '../../lib/view/drill.ts';
import type { BBox } from '../../lib/view/bbox.ts';
import type { MapLayout } from '../../lib/view/fit-padding.ts';
import type { RegionFeatures } from '../../load/data-source.ts';
import { fitTarget } from './fit-target.ts';
import { desaView } from './desa-view.ts';
import type { PageState } from './page-state.ts';

/** A boundary chunk of the selected region that is loaded: its map source id, level, shapes and which children are shown. */
export interface SceneChunk {
  id: string;
  level: 'kecamatan' | 'desa';
  features: RegionFeatures;
  /** Only children of these are shown; undefined: preloaded, not shown (unless `whole`). */
  parents?: string[];
  /** A desa chunk of a kabupaten in view at the desa zoom: all its desa shown, whatever `parents` says. */
  whole?: boolean;
}

/**
 * What the map should show of the selected region, read from the page state: its chunks, the
 * selection and what the camera should do. Plain data; `planMap` compares two of them.
 */
export interface MapScene {
  /** The selected region ('' for Indonesia). */
  region: string;
  chunks: SceneChunk[];
  /** Kabupaten drawn as plain land under their shown chunks. */
  drilled: string[];
  /** The user's camera (from the URL or their last move), kept instead of a fit; null: fit. */
  view: [number, number, number] | null;
  /** True when `view` came from the URL (a link, back/forward): the camera jumps there. */
  viewFromUrl: boolean;
  /** What a fit shows: the region's bounds, or those of its nearest ancestor drawn. */
  fitBox: BBox | undefined;
  /** Bumped by "back to Indonesia": fit again even when nothing else changed. */
  fitRequest: number;
  /** The map's size and overlays the fit keeps clear of. */
  layout: MapLayout;
  /** Bumped by "retry": the region is drawn (and said drawn) again. */
  attempt: number;
}

/**
 * The scene the state asks for, or null while it cannot be drawn yet: no first view, no measured
 * layout, or a chunk of the selected region still loading (a failed chunk does not hold it back:
 * the map shows what it has, fitted to the nearest ancestor drawn).
 */
export function mapScene(s: PageState): MapScene | null {
  if (!s.base || !s.layout) return null;
  const parents = parentsIn(s.regions);
  const focus = focusOf(s.url.region, parents);
  // A kecamatan or desa whose chunks are not known until its ancestors' rows are loaded (a dotted key).
  if (focus.chunks.length === 0 && deep(s.url.region)) return null;
  if (!focus.chunks.every((c) => s.chunks.has(chunkId(c)) || s.failedChunks.has(chunkId(c)))) return null;
  // Desa of whatever is in view at the desa zoom (loaded ones; the others follow as they arrive).
  const inView = new Set(desaView(s).map((key) => chunkId({ level: 'desa', key })).filter((id) => s.chunks.has(id)));
  const focusChunks = focus.chunks.flatMap((c): SceneChunk[] => {
    const features = s.chunks.get(chunkId(c));
    return features ? [{ id: chunkId(c), level: c.level, features, ...(c.parents ? { parents: c.parents } : {}), ...(inView.has(chunkId(c)) ? { whole: true } : {}) }] : [];
  });
  const shown = focusChunks.filter((c) => c.parents).map((c) => c.features);
  const viewChunks = [...inView].filter((id) => !focusChunks.some((c) => c.id === id)).map((id): SceneChunk => ({ id, level: 'desa', features: s.chunks.get(id)!, whole: true }));
  const chunks = [...focusChunks, ...viewChunks];
  // Kabupaten under desa in view are plain land: their choropleth colour would show between the desa.
  const viewKabupaten = [...inView].map((id) => id.slice('desa-'.length));
  return {
    region: s.url.region,
    chunks,
    // Under a kabupaten whose kecamatan did not arrive, its own coloured shape stays.
    drilled: [...new Set([...(chunks.some((c) => c.level === 'kecamatan') ? focus.drilled : []), ...viewKabupaten])],
    view: s.url.view,
    viewFromUrl: s.urlFrom === 'url',
    fitBox: s.url.view ? undefined : fitTarget(s.url.region, s.base.national, shown, parents),
    fitRequest: s.fitRequest,
    layout: s.layout,
    attempt: s.attempt,
  };
}

const deep = (kode: string) => levelOf(kode) === 'kecamatan' || levelOf(kode) === 'desa';
