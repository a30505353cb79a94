import type { IndicatorBundle } from '../../lib/indicators/types.ts';
import type { DroppedTable } from '../../lib/indicators/dropped-table.ts';
import type { LocusRef } from '../../lib/programs/coverage/find-locus.ts';
import type { LociFilter } from '../../lib/programs/coverage/filter-loci.ts';
import type { GapOptions } from '../../lib/programs/gaps/find-gaps.ts';
import type { ProgramImport, ProgramLocus } from '../../lib/programs/types.ts';
import type { ProgramPoint } from '../../lib/programs/codec/program-points-file.ts';
import type { ProgramsMetadata } from '../../lib/programs/metadata.ts';
import { emptyLookup, type RegionLookup } from '../../lib/regions/region-lookup.ts';
import type { DesaNoPolygon } from '../../lib/regions/desa-no-polygon.ts';
import type { Lang } from '../../lib/format/format.ts';
import type { UrlNotice, UrlState } from '../../lib/view/url-state.ts';
import type { MapLayout } from '../../lib/view/fit-padding.ts';
import type { NationalBoundaries, RegionFeatures } from '../../load/data-source.ts';
import type { PageProblem } from '../../load/load-error.ts';
import type { ImportStage } from '../../protocol/program-import.ts';
import type { RequestStatus } from './request.ts';

export type SideTab = 'region' | 'programs' | 'gaps';

/**
 * The map's lifecycle: one map per page, 'creating' until it can take data, then 'ready'; 'failed'
 * when it could not start (no WebGL), and only then made again on "retry" (`attempt` counts the
 * starts; a map still starting when the data failed is kept, never stacked on).
 */
export interface MapLifecycle {
  status: 'creating' | 'ready' | 'failed';
  attempt: number;
}

/** The first view's data; fixed once loaded. */
export interface BaseData {
  bundle: IndicatorBundle;
  national: NationalBoundaries;
  /** Indicator id → years with data, ascending. */
  years: ReadonlyMap<string, readonly number[]>;
  /** Indicator id → default year. */
  defaultYears: ReadonlyMap<string, number>;
  /** Kabupaten features drawn (the legend's no-data count is taken over these). */
  kabupatenCodes: readonly string[];
}

/** The program loci in use and where they came from (shown in the page). */
export interface ProgramSet {
  loci: ProgramLocus[];
  /** Files the loci came from, in order (`programs.geojson` for the shipped set). */
  files: string[];
  /** True while the shipped set is (part of) what is shown. */
  includesDefault: boolean;
  /** What the shipped data covers (the `metadata` of programs.geojson), while it is shown. */
  metadata?: ProgramsMetadata;
}

/** What the importer reports to the page: work in progress, a finished import, or a file that could not be read. */
export type ImportStatus = { kind: 'checking'; file: string; stage?: ImportStage } | { kind: 'done'; result: ProgramImport; replacedIds: string[]; saved?: boolean; restored?: boolean } | { kind: 'failed'; file: string; problem: PageProblem } | null;

/**
 * Everything the page shows, in one place. The reducer (reducer.ts) is the only code that makes a
 * new one; map, URL and components read it. Region rows are an immutable lookup replaced when a
 * level arrives; boundary chunks are kept by chunk id.
 */
export interface PageState {
  /** The view the URL mirrors (indicator, year, region, language, classes, camera, mode, embed). */
  url: UrlState;
  /** Where the last change of `url` came from: the URL itself (replace, never push) or the user. */
  urlFrom: 'url' | 'user';
  /** URL parameters that were ignored, shown until dismissed. */
  notices: UrlNotice[];
  /** A fatal problem of the first view (nothing to show without it), or null. */
  fatal: PageProblem | null;
  /** Problems that leave the page usable (a chunk, a lazy level, the program list), shown once each. */
  problems: PageProblem[];
  /** Bumped by "retry": the loader starts again. */
  attempt: number;
  map: MapLifecycle;
  base: BaseData | null;
  regions: RegionLookup;
  /** Boundary chunks loaded so far, by chunk id (`chunkId` in lib/view/drill.ts). */
  chunks: ReadonlyMap<string, RegionFeatures>;
  /** True once the first choropleth has been drawn (`data-ready`). */
  firstDrawn: boolean;
  /** The region whose view has been drawn ('national' for Indonesia), or null while drawing. */
  regionDrawn: string | null;
  /** The desa chunks in view drawn with their colours (`desa-5318,…` and the fill, `|idm`), '' while none (`data-desa-drawn`). */
  desaDrawn: string;
  tab: SideTab;
  /** The shipped loci as map points (the first view's clusters), before the full records are needed. */
  points: ProgramPoint[] | null;
  /** Bumped by "back to Indonesia": the map fits the national view again even when nothing else changed. */
  fitRequest: number;
  /** The map's size and what covers it (legend, bottom sheet, controls); the selected region is fitted into the rest. Null until measured. */
  layout: MapLayout | null;
  /** Where the camera came to rest last (any move: the user's, a fit, a jump) or where a fit under way will land, `[lon, lat, zoom]`; null before the first move ends. Picks the desa chunks in view (store/desa-view.ts). */
  camera: [number, number, number] | null;
  /** Downloads the page made, by `requestKey` (first view, chunks, levels, indicators): loading, done or failed (store/plan-loads.ts). */
  requests: ReadonlyMap<string, RequestStatus>;
  /** Kemendagri's desa without a polygon (BIG has none; `search/desa-no-polygon.json`), once a kecamatan panel asked for them; null before. */
  noPolygon: DesaNoPolygon | null;
  /** Chunks of the selected region whose download failed (by chunk id); the map shows what it has, the page offers a retry. */
  failedChunks: ReadonlySet<string>;
  programs: ProgramSet | null;
  programsError: PageProblem | null;
  filter: LociFilter;
  gapOptions: Partial<GapOptions>;
  importStatus: ImportStatus;
  /** An image download asked for (its scale: 1× or 2×), until it is saved or fails; one at a time. */
  imageRequest: { scale: 1 | 2 } | null;
  /** Tables the user dropped into the page (kept in IndexedDB), as indicators; and the one being read. */
  tables: DroppedTable[];
  tableStatus: { kind: 'checking'; file: string } | { kind: 'failed'; file: string; problem: PageProblem } | null;
  /** Set when switching indicator moved the year to the indicator's nearest one (shown until dismissed). */
  /** `level: 'provinsi'` when the national provinsi view moved to the nearest year with province figures. */
  yearNotice: { indicator: string; from: number; to: number; level?: 'provinsi' | 'kabupaten' } | null;
  /** Indicator without any province figure, set when the provinsi view went back to kabupaten/kota for it (shown until dismissed). */
  levelNotice: string | null;
  /** In an embed without `drill=1`: the region a reader tapped, shown in a card; the view stays. */
  picked: string | null;
  /** The program point whose card is open (its id, or for a shipped point before the records load, its place and type), or null. */
  locus: LocusRef | null;
  /** The region an embed opened on: its "back" control returns there, never to all of Indonesia. */
  embedHome: string;
}

export function initialState(lang: Lang, url: UrlState): PageState {
  return {
    url: { ...url, lang },
    urlFrom: 'url',
    picked: null,
    locus: null,
    embedHome: url.embed ? url.region : '',
    notices: [],
    fatal: null,
    problems: [],
    attempt: 0,
    map: { status: 'creating', attempt: 0 },
    base: null,
    regions: emptyLookup(),
    chunks: new Map(),
    firstDrawn: false,
    regionDrawn: null,
    desaDrawn: '',
    tab: 'region',
    points: null,
    fitRequest: 0,
    layout: null,
    camera: null,
    failedChunks: new Set(),
    requests: new Map(),
    noPolygon: null,
    programs: null,
    programsError: null,
    filter: {},
    gapOptions: {},
    importStatus: null,
    imageRequest: null,
    yearNotice: null,
    levelNotice: null,
    tables: [],
    tableStatus: null,
  };
}
