import { DataError } from '../../lib/errors.ts';
import { columnarLoci } from '../../lib/programs/codec/loci-codec.ts';
import { lociFromGeojson } from '../../lib/programs/codec/loci-geojson.ts';
import { DATA_FILES } from '../../load/data-source.ts';
import { metadataFromGeojson } from '../../lib/programs/metadata.ts';
import { mergeLociInSlices } from '../../lib/programs/ingest/merge-loci.ts';
import type { ProgramImport } from '../../lib/programs/types.ts';
import type { Level } from '../../lib/types.ts';
import type { RegionColumns } from '../../lib/regions/region-columns.ts';
import { withLevel } from '../../lib/regions/region-lookup.ts';
import type { DataSource } from '../../load/data-source.ts';
import { toProblem } from '../../load/load-error.ts';
import { clearImports, countImports, deleteImportsOf } from '../../load/saved-imports.ts';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import { lociCache } from '../programs/loci-cache.ts';
import { pacedYield } from '../../lib/view/paced-yield.ts';

/** Fetches that components and effects start; every result arrives as an action. */
export interface Loader {
  readonly source: DataSource;
  /** Load one level's region rows (the store says it is loading: `requestStarted`); the rows or the failure arrive as actions. */
  loadLevel(level: Level): void;
  /** Load one indicator's values (the store says it is loading); the values or the failure arrive as actions. */
  loadIndicator(id: string): void;
  /** Read, check and place a user's program file in the page (nothing is uploaded). */
  importFile(file: File, mode: 'merge' | 'replace'): void;
  /** Read a user's BPS table (CSV or .xlsx), join it to the kabupaten/kota and show it as an indicator; kept in IndexedDB. */
  importTable(file: File, fallbackYear: number): void;
  /** Add the tables kept from earlier visits (once). */
  restoreTables(): void;
  /** Remove a dropped table from the page and from the browser's storage. */
  removeTable(id: string): void;
  /** Load the shipped program list (when first needed, and when the user goes back to it). */
  loadPrograms(reset?: boolean): void;
  /** Remove one imported list (its loci and its kept copy); the shipped list and the other lists stay. */
  removeList(file: string): void;
  /** Load the shipped loci as map points (after the first choropleth); a failure leaves the map without clusters, said in the page. */
  loadPoints(): void;
}

/** Loci from which a new region level is indexed in slices before it is dispatched (fewer take a few ms in the render). */
const PREPARE_FROM = 10_000;

export function createLoader(source: DataSource, dispatch: (a: Action) => void, getState: () => PageState): Loader {
  // A level arriving with many loci in the page (a kept 100,000-row list) re-indexes them against
  // the new lookup: in slices before the dispatch (`lociCache.prepare`), not in one piece in the render.
  // One level at a time, so that each is prepared from the lookup the one before it left.
  let levelQueue = Promise.resolve();
  const takeLevel = (level: Level, columns: RegionColumns) =>
    (levelQueue = levelQueue.catch(() => undefined).then(async () => {
      const s = getState(), loci = s.programs?.loci;
      if (!loci || loci.length < PREPARE_FROM) return dispatch({ type: 'levelLoaded', level, columns });
      const to = withLevel(s.regions, level, columns);
      await lociCache.prepare(loci, to, getState().filter);
      dispatch({ type: 'levelLoaded', level, columns, prepared: { from: s.regions, to } });
    }));
  // Merged, indexed and listed for the filters before the dispatch, the index in slices: taking
  // 100,000 loci in the render blocked the page for a second.
  const takeLoci = async (file: string, result: ProgramImport, mode: 'merge' | 'replace', saved: boolean, restored: boolean) => {
    const from = getState().programs?.loci;
    const merged = await mergeLociInSlices(from ?? [], result.loci, mode, pacedYield(), 1_000);
    await lociCache.prepare(merged.loci, getState().regions, getState().filter);
    dispatch({ type: 'lociImported', file, result, mode, saved, ...(restored ? { restored } : {}), merged: { from, ...merged } });
  };
  const restoreKept = async () => {
    if (!((await countImports().catch(() => 0)) > 0)) return;
    const { restoreImports } = await import('./import-program-file.ts');
    let file: string | undefined;
    const kept = await restoreImports((f) => {
      file = f;
      dispatch({ type: 'importStarted', file: f });
      dispatch({ type: 'importProgress', file: f, stage: 'restore' });
    }, (problem) => {
      // A kept list that could not be read back: said in the page, by its file name; the others are restored.
      dispatch({ type: 'importFailed', file: problem.file ?? file ?? '', problem });
      dispatch({ type: 'loadFailed', problem });
    }).catch((e: unknown) => {
      // The worker did not load, or a reply could not be read: said in the page (its language), the shipped list stays in use.
      const problem = toProblem(e);
      if (file) dispatch({ type: 'importFailed', file, problem });
      dispatch({ type: 'loadFailed', problem });
      return [];
    });
    // One kept list that the page cannot take is said and skipped; the others still come back.
    for (const k of kept)
      await takeLoci(k.file, k.result, k.mode, true, true).catch((e: unknown) => {
        const problem = toProblem(e, k.file);
        dispatch({ type: 'importFailed', file: k.file, problem });
        dispatch({ type: 'loadFailed', problem });
      });
  };
  let tablesRestored = false;
  let programsLoading: Promise<void> | undefined;
  return {
    source,
    loadLevel(level) {
      dispatch({ type: 'requestStarted', key: `level:${level}` });
      source
        .regions(level)
        .then((columns) => takeLevel(level, columns))
        .catch((e: unknown) => dispatch({ type: 'levelFailed', level, problem: toProblem(e) }));
    },
    loadIndicator(id) {
      dispatch({ type: 'requestStarted', key: `indicator:${id}` });
      source.indicatorValues(id).then(
        (values) => dispatch({ type: 'indicatorLoaded', id, values }),
        (e: unknown) => dispatch({ type: 'indicatorFailed', id, problem: toProblem(e) }),
      );
    },
    importFile(file, mode) {
      dispatch({ type: 'importStarted', file: file.name });
      // The importer runs in a worker, loaded on first use, not with the first view.
      import('./import-program-file.ts')
        .then(({ importProgramFile }) => importProgramFile(file, mode, source.baseUrl, (stage) => dispatch({ type: 'importProgress', file: file.name, stage })))
        .then(({ result, saved }) => takeLoci(file.name, result, mode, saved, false))
        .catch((e: unknown) => dispatch({ type: 'importFailed', file: file.name, problem: toProblem(e, file.name) }));
    },
    importTable(file, fallbackYear) {
      dispatch({ type: 'tableStarted', file: file.name });
      // The importer's worker (with exceljs and papaparse) loads on first use, not with the first view.
      Promise.all([import('./import-table-file.ts'), import('./table-store.ts')])
        .then(async ([{ importTableFile }, store]) => {
          const s = getState();
          if (!s.base) throw new DataError('the page has not loaded its indicators yet');
          const table = await importTableFile(file, s.regions, fallbackYear, new Set(s.base.bundle.catalogue.map((d) => d.id)));
          // Kept for the next visit; a browser without storage (private mode) still shows it now.
          await store.saveTable(table).catch((e: Error) => console.warn(`${file.name} is shown but not kept: ${e.message}`));
          dispatch({ type: 'tableAdded', table, show: true });
        })
        .catch((e: unknown) => dispatch({ type: 'tableFailed', file: file.name, problem: toProblem(e, file.name) }));
    },
    restoreTables() {
      if (tablesRestored) return;
      tablesRestored = true;
      void import('./table-store.ts')
        .then((store) => store.loadTables())
        .then((tables) => tables.forEach((table) => dispatch({ type: 'tableAdded', table, show: false })))
        .catch((e: Error) => console.warn(`kept tables could not be read: ${e.message}`));
    },
    removeTable(id) {
      // Forgotten first, then gone from the page: once the page no longer lists it, a reload cannot bring it back.
      void import('./table-store.ts')
        .then((store) => store.deleteTable(id))
        .catch((e: Error) => console.warn(`table ${id} could not be forgotten: ${e.message}`))
        .then(() => dispatch({ type: 'tableRemoved', id }));
    },
    loadPoints() {
      source.programPoints().then(
        (points) => dispatch({ type: 'pointsLoaded', points }),
        (e: unknown) => dispatch({ type: 'loadFailed', problem: toProblem(e) }),
      );
    },
    removeList(file) {
      // Forgotten first, then gone from the page: a reload cannot bring it back.
      void deleteImportsOf(file)
        .catch((e: Error) => console.warn(`${file} could not be forgotten: ${e.message}`))
        .then(async () => {
          const loci = (getState().programs?.loci ?? []).filter((p) => p.dataset !== file);
          await lociCache.prepare(loci, getState().regions, getState().filter);
          dispatch({ type: 'listRemoved', file, loci });
        });
    },
    loadPrograms(reset = false) {
      // One load at a time (several effects may ask); "back to the shipped list" forgets kept imports.
      if (programsLoading && !reset) return;
      const cleared = reset ? clearImports().catch(() => undefined) : Promise.resolve();
      programsLoading = source
        .programs()
        .then(async (doc) => {
          const metadata = metadataFromGeojson(doc);
          const bad: DataError[] = [];
          // Columnar like imported loci (`columnarLoci`): loops over shipped and imported loci together stay monomorphic.
          const set = { loci: columnarLoci(lociFromGeojson(doc, DATA_FILES.programs, (e) => bad.push(e))), files: ['programs.geojson'], includesDefault: true, ...(metadata ? { metadata } : {}) };
          await cleared;
          // Bad features are said in the page; the valid ones are shown.
          const problem = bad.length ? toProblem(new DataError(`${bad.length} feature(s) are not program loci and were left out (${bad.slice(0, 3).map((e) => e.message.replace(`${DATA_FILES.programs} `, '')).join('; ')}${bad.length > 3 ? '; …' : ''}); the other ${set.loci.length} are shown`, { file: DATA_FILES.programs }), DATA_FILES.programs) : undefined;
          dispatch(reset ? { type: 'programsReset', set } : { type: 'programsLoaded', set, ...(problem ? { problem } : {}) });
          // Lists imported before (kept in this browser) come back on top, in import order: read by
          // the import worker and taken in slices as an import is (only when there are any: the
          // count reads no records, and the worker is not started for nothing).
          if (!reset) await restoreKept().catch((e: Error) => console.warn(`kept program lists could not be read: ${e.message}`));
        })
        // The gap finder still works without the shipped list (every hotspot is then a gap).
        .catch((e: unknown) => dispatch({ type: 'programsLoaded', set: { loci: [], files: [], includesDefault: false }, problem: toProblem(e, 'programs.geojson') }))
        .finally(() => (programsLoading = undefined));
    },
  };
}
