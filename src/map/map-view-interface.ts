import type { FeatureCollection } from 'geojson';
import type { BBox } from '../lib/view/bbox.ts';
import type { Padding } from '../lib/view/fit-padding.ts';
import type { Level } from '../lib/types.ts';
import type { NationalBoundaries, RegionFeatures } from '../load/data-source.ts';
import type { ClusterLabel } from './cluster-marker.ts';
import type { Fill } from './map-fill.ts';
import type { MapLabel } from './map-labels.ts';
import type { MapLocale } from './map-controls.ts';
import type { PointLabel, ProgramMapPoint } from './program-layer.ts';
import type { LocusRef } from '../lib/programs/coverage/find-locus.ts';
import type { MapSnapshot } from './map-snapshot.ts';
import type { FrameRequest } from './framed-snapshot.ts';
import type { GapOutline } from './gap-layer.ts';
import type { MapProgramArea } from '../lib/view/area-outlines.ts';
import type { DesaFill } from '../lib/view/desa-fill-of.ts';

/** How `fitBounds` fits: see each key. */
export interface FitOptions {
  /** Fly there (`FIT_MS`, lib/view/fit-padding.ts) rather than jump. */
  animate: boolean;
  /** Room to leave on each side (overlays plus margin; lib/view/fit-padding.ts). */
  padding: Padding;
  /**
   * Keep the camera when it already shows the bbox within the padded area (widened by this many
   * px) at no less than 0.25 zoom below the fit: a change of layout then moves the map only when
   * the region would be covered or could be shown much larger. Undefined: always fit.
   */
  keepWithin?: number;
}

/** A region under the pointer: its code, level and screen position (CSS pixels in the map). */
export interface MapHit {
  kode: string;
  level: Level;
  x: number;
  y: number;
  /** The region's name as its shape carries it (chunks do), for a tooltip before its rows are loaded. */
  name?: string;
  /** Whether it is coastal, as its chunk says (kecamatan and desa), for a tooltip before its rows are loaded. */
  coastal?: boolean;
  /** Ids of the program loci drawn under the pointer (unclustered points), if any. */
  programs?: string[];
}

/** A chunk to show: its id as given to `addChunk`, restricted to children of `parents`. */
export interface ChunkFocus {
  id: string;
  parents?: string[];
}

/**
 * The only module holding the MapLibre map. The page calls this small interface from one place
 * (ui/effects/use-map-sync.ts); the view never reads page state. Recolouring uses feature-state
 * plus a paint expression, never re-sending geometry. Subscriptions return an unsubscribe.
 */
export interface MapView {
  setNational(n: NationalBoundaries): void;
  /** Neighbouring countries drawn as context (optional: the map works without them). */
  setNeighbours(fc: FeatureCollection): void;
  /** Colour kabupaten by classes or bivariate classes (see `Fill`). */
  setFill(fill: Fill): void;
  /** Add a lazily loaded chunk once under `id` (idempotent), coloured coastal/inland by its features' `coastal` property. */
  addChunk(id: string, level: 'kecamatan' | 'desa', features: RegionFeatures): void;
  /** Colour every desa chunk (also those added later) by IDM status or coastal/inland. */
  setDesaFill(fill: DesaFill): void;
  /** Give a desa chunk's desa their IDM status (1–5; 0 for a kelurahan; undefined: unknown), once per chunk. */
  setDesaIdm(id: string, status: (kode: string) => number | undefined): void;
  /** Show exactly these chunks (others hidden, kept for a fast return); `drilled` kabupaten are drawn as plain land. */
  showChunks(focus: ChunkFocus[], drilled: string[]): void;
  setSelected(kode: string): void;
  /** Fit the camera to `bbox`, clear of the padding (overlays); see `FitOptions`. Returns where the camera flies or jumps to (`[lon, lat, zoom]`), null when it stays. */
  fitBounds(bbox: BBox, options: FitOptions): [number, number, number] | null;
  jumpTo(view: [number, number, number]): void;
  getView(): [number, number, number];
  setLabels(labels: MapLabel[]): void;
  /**
   * Program loci (points with `id`, `intervention`, `locatedBy`): clustered at low zoom, clusters
   * drawn as HTML rings showing their mix of types (`label` names it for screen readers).
   */
  setPrograms(points: readonly ProgramMapPoint[], colourByType: Record<string, string>, label: ClusterLabel, pointLabel?: PointLabel): void;
  /**
   * Area-wide programs (a whole kecamatan, kabupaten/kota or province): a dashed outline of each
   * covered region in its programs' type colour (dark grey for several types); `[]` clears.
   */
  setProgramAreas(areas: readonly MapProgramArea[], colourByType: Record<string, string>): void;
  /** Outline the gap table's rows (regions of the loaded sources) with their rank; `[]` clears. */
  /** Gap rows outlined with their rank; `points`: listed desa drawn at their label points. */
  setGapOutlines(rows: GapOutline[], points?: readonly GapOutline[]): void;
  onHover(cb: (hit: MapHit | null) => void): () => void;
  /** Called with the regions under a click or tap, one per level drawn there (coarsest first). */
  onClick(cb: (hits: MapHit[]) => void): () => void;
  /** Called when a single program point is clicked, tapped or its button pressed (Enter): the point, to open its card. */
  onPointClick(cb: (point: LocusRef) => void): () => void;
  /** Called when a listed desa's circle of the gap list is clicked or tapped: its code, to select it as a click on its polygon would. */
  onGapPointClick(cb: (kode: string) => void): () => void;
  onMoveEnd(cb: (view: [number, number, number], byUser: boolean) => void): () => void;
  /** Called when the user presses the map's "back to Indonesia" button. */
  onReset(cb: () => void): () => void;
  /** Control labels and the map's accessible name in another language. */
  setLocale(locale: MapLocale): void;
  /** Resolves when everything requested so far has been drawn. */
  whenIdle(): Promise<void>;
  /** Draw at the screen's pixel ratio (the map starts at `hiddenPixelRatio` while its canvas is hidden); resolves once that is drawn. */
  reveal(): Promise<void>;
  /** Draw the context the first view held back (province borders), once the first choropleth is on screen. */
  showContext(): void;
  /** The map as drawn now, at least at `pixelRatio`, with its HTML labels and clusters (image download, print). */
  snapshot(pixelRatio: number): MapSnapshot;
  /**
   * The map for an image whose map box has `request.aspect`: the region filling the box in its
   * limiting dimension, the box filled with map (framed-snapshot.ts); the user's camera is kept,
   * or moved away for the copy and back under a still picture.
   */
  framedSnapshot(request: FrameRequest): Promise<MapSnapshot>;
  /** Remove the map (MapLibre's `remove()`: canvas, controls, listeners); the view is not used after. */
  destroy(): void;
}
