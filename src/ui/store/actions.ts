import type { IndicatorValues } from '../../lib/indicators/split-bundle.ts';
import type { DroppedTable } from '../../lib/indicators/dropped-table.ts';
import type { ProgramPoint } from '../../lib/programs/codec/program-points-file.ts';
import type { LocusRef } from '../../lib/programs/coverage/find-locus.ts';
import type { LociFilter } from '../../lib/programs/coverage/filter-loci.ts';
import type { GapOptions } from '../../lib/programs/gaps/find-gaps.ts';
import type { ProgramImport, ProgramLocus } from '../../lib/programs/types.ts';
import type { RegionColumns } from '../../lib/regions/region-columns.ts';
import type { DesaNoPolygon } from '../../lib/regions/desa-no-polygon.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import type { Level } from '../../lib/types.ts';
import type { ClassMethod } from '../../lib/colour/classify.ts';
import type { FillLevel } from '../../lib/view/year-coverage.ts';
import type { MapMode, UrlNotice, UrlState } from '../../lib/view/url-state.ts';
import type { RegionFeatures } from '../../load/data-source.ts';
import type { MapLayout } from '../../lib/view/fit-padding.ts';
import type { PageProblem } from '../../load/load-error.ts';
import type { BaseData, ProgramSet, SideTab } from './page-state.ts';
import type { ImportStage } from '../../protocol/program-import.ts';

/**
 * What can happen to the page: the user's intents first, then what the loader and the map report.
 * Every change of page state is one of these, handled in reducer.ts.
 */
export type Action =
  // The user's intents
  | { type: 'selectRegion'; kode: string; from?: 'search'; /** Said with the selection: a desa without a polygon opened at its kecamatan. */ notice?: UrlNotice }
  | { type: 'resetView' }
  /** A reader's tap in an embed without `drill=1` (null: the card closed). */
  | { type: 'pickRegion'; kode: string | null }
  /** A program point clicked, tapped or pressed (Enter): its card opens. */
  | { type: 'openLocus'; locus: LocusRef }
  /** The point card closed (×, Escape). */
  | { type: 'closeLocus' }
  | { type: 'setIndicator'; indicator: string }
  | { type: 'setYear'; year: number }
  | { type: 'setClasses'; classes: ClassMethod }
  | { type: 'setMode'; mode: MapMode }
  | { type: 'setFromYear'; year: number }
  | { type: 'setPooled'; pooled: boolean }
  | { type: 'setScope'; region: boolean }
  | { type: 'setLevel'; level: FillLevel }
  | { type: 'dismissLevelNotice' }
  | { type: 'dismissYearNotice' }
  | { type: 'tableStarted'; file: string }
  | { type: 'tableAdded'; table: DroppedTable; show: boolean }
  | { type: 'tableFailed'; file: string; problem: PageProblem }
  | { type: 'tableRemoved'; id: string }
  /** The language switched (the other language's words are loaded: TopBar waits for them). */
  | { type: 'toggleLang' }
  /** The English words could not be loaded: the page is, or goes back to, Bahasa Indonesia and says so. */
  | { type: 'langFailed'; problem: PageProblem }
  | { type: 'moveCamera'; view: [number, number, number] }
  /** The desa chunks in view are drawn with their colours (`keys`: ids and fill; '' when none are shown). */
  | { type: 'desaDrawn'; keys: string }
  /** The map's camera came to rest (after any move, the user's or not). */
  | { type: 'cameraSettled'; camera: [number, number, number] }
  /** A fit started: where the camera will come to rest (`camera` then names it before the flight ends). */
  | { type: 'cameraHeading'; camera: [number, number, number] }
  | { type: 'setTab'; tab: SideTab }
  | { type: 'setFilter'; filter: LociFilter }
  /** `national`: a list of all Indonesia (the national desa list's button): the map shows Indonesia with it. */
  | { type: 'setGapOptions'; options: Partial<GapOptions>; national?: true }
  | { type: 'dismissNotices' }
  | { type: 'dismissProblem'; index: number }
  | { type: 'retry' }
  | { type: 'importStarted'; file: string }
  | { type: 'importProgress'; file: string; stage: ImportStage }
  | {
      type: 'lociImported';
      file: string;
      result: ProgramImport;
      mode: 'merge' | 'replace';
      saved?: boolean;
      restored?: boolean;
      /** `mergeLoci` of the loci the loader saw (`from`, the state's `programs.loci`) with the result, made before dispatch; used while the state still holds `from`. */
      merged?: { from: readonly ProgramLocus[] | undefined; loci: ProgramLocus[]; replacedIds: string[] };
    }
  | { type: 'importFailed'; file: string; problem: PageProblem }
  | { type: 'programsReset'; set: ProgramSet }
  /** One imported list removed: its loci already filtered out (`loci`, prepared for the filters by the loader). */
  | { type: 'listRemoved'; file: string; loci: ProgramLocus[] }
  | { type: 'requestImage'; scale: 1 | 2 }
  // What the loader, the URL and the map report
  | { type: 'firstViewLoaded'; base: BaseData; regions: RegionLookup; url: UrlState; notices: UrlNotice[] }
  | { type: 'firstViewFailed'; problem: PageProblem }
  | { type: 'mapReady' }
  | { type: 'mapFailed'; problem: PageProblem }
  /** Back/forward: the URL's view, with the region rows loaded to read it (`readLink`; none when the page had them). */
  | { type: 'urlRestored'; url: UrlState; notices: UrlNotice[]; rows?: Partial<Record<Level, RegionColumns>> }
  | {
      type: 'levelLoaded';
      level: Level;
      columns: RegionColumns;
      /** The lookup with this level, made by the loader from `from` (the loci indexed against it in slices before): used when the state's lookup is still `from`. */
      prepared?: { from: RegionLookup; to: RegionLookup };
    }
  | { type: 'levelFailed'; level: Level; problem: PageProblem }
  | { type: 'indicatorLoaded'; id: string; values: IndicatorValues }
  | { type: 'indicatorFailed'; id: string; problem: PageProblem }
  | { type: 'noPolygonLoaded'; list: DesaNoPolygon }
  | { type: 'noPolygonFailed'; problem: PageProblem }
  /** A request (store/request.ts) started; its key in `PageState.requests`. */
  | { type: 'requestStarted'; key: string }
  | { type: 'loadFailed'; problem: PageProblem }
  | { type: 'chunkLoaded'; id: string; features: RegionFeatures }
  /** Boundary chunks asked for together, arrived together (effects/run-request.ts `runRequests`). */
  | { type: 'chunksLoaded'; chunks: readonly { id: string; features: RegionFeatures }[] }
  | { type: 'chunkRequested'; id: string }
  | { type: 'chunkFailed'; id: string; region: string; problem: PageProblem }
  | { type: 'unknownRegion'; kode: string }
  | { type: 'pointsLoaded'; points: ProgramPoint[] }
  | { type: 'programsLoaded'; set: ProgramSet; problem?: PageProblem }
  | { type: 'firstDrawn' }
  | { type: 'regionDrawn'; region: string }
  | { type: 'imageSaved' }
  | { type: 'imageFailed'; problem: PageProblem }
  | { type: 'layoutChanged'; layout: MapLayout };
