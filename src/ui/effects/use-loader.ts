import { useEffect } from 'preact/hooks';
import { showsPrograms } from '../../lib/ui/embed-options.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { chunkId, focusOf } from '../../lib/ui/drill.ts';
import { toProblem } from '../../load/load-error.ts';
import { countImports } from '../../load/saved-imports.ts';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import { loadFirstView } from './first-view.ts';
import type { Loader } from './loader.ts';

/**
 * What the page state needs loaded, loaded: the first view (again on "retry" if it failed), the
 * program list, the selected region's boundary chunks and region rows, and the region levels the
 * gap table asks for. Results and failures arrive as actions.
 */
export function useLoader(s: PageState, dispatch: (a: Action) => void, loader: Loader): void {
  const { base, url } = s;
  const { source } = loader;

  useEffect(() => {
    if (base) return;
    let cancelled = false;
    loadFirstView(source, location.search)
      .then((r) => !cancelled && dispatch({ type: 'firstViewLoaded', ...r }))
      .catch((e: unknown) => !cancelled && dispatch({ type: 'firstViewFailed', problem: toProblem(e) }));
    return () => {
      cancelled = true;
    };
  }, [s.attempt]);

  // Program points wait for the first choropleth (they are not on its critical path); the full
  // records load when something needs them: a region panel, the program or gap tab, the bivariate view.
  useEffect(() => {
    if (base && s.firstDrawn && !s.points && showsPrograms(url)) loader.loadPoints();
  }, [base, s.firstDrawn]);
  // Lists imported before and kept in this browser are shown from the start (not in an embed: its
  // readers would not see them): load the records.
  useEffect(() => {
    if (base && s.firstDrawn && !s.programs && !url.embed) countImports().then((n) => n > 0 && loader.loadPrograms(), () => undefined);
  }, [base, s.firstDrawn]);
  // An embed has no region panel or tabs: only its bivariate view needs the records.
  const needsPrograms = base !== null && (url.embed ? url.mode === 'bivariate' : url.region !== '' || s.tab !== 'region' || url.mode === 'bivariate');
  useEffect(() => {
    if (needsPrograms && !s.programs) loader.loadPrograms();
  }, [needsPrograms]);

  // The selected region's chunks, and the rows that label and colour them.
  useEffect(() => {
    if (!base) return;
    const region = url.region;
    const focus = focusOf(region);
    if (focus.chunks.length) void loader.ensureLevels(focus.chunks.some((c) => c.level === 'desa') ? ['kecamatan', 'desa'] : ['kecamatan']);
    for (const c of focus.chunks) {
      const id = chunkId(c);
      if (s.chunks.has(id)) continue;
      dispatch({ type: 'chunkRequested', id });
      source.chunk(c).then(
        (features) => dispatch({ type: 'chunkLoaded', id, features }),
        (e: unknown) => dispatch({ type: 'chunkFailed', id, region, problem: toProblem(e) }),
      );
    }
    // Not on every new `base` (each indicator loaded makes one): a failed chunk is fetched again on retry only.
  }, [base !== null, url.region, s.attempt]);

  // The shown indicator's values; every indicator once a region panel, the gap finder or the
  // bivariate view needs them (the panel lists them all; hotspots read P0, poor and farming).
  useEffect(() => {
    if (!base) return;
    const all = url.embed ? url.mode === 'bivariate' : url.region !== '' || s.tab === 'gaps' || url.mode === 'bivariate';
    loader.ensureIndicators(all ? [...base.years.keys()] : [url.indicator]);
  }, [base === null, url.indicator, url.region !== '', s.tab, url.mode]);

  // A region from the URL that turns out not to exist once its level is loaded.
  useEffect(() => {
    const level = levelOf(url.region);
    if (level && s.regions.loaded.has(level) && !s.regions.byBps[level].has(url.region)) dispatch({ type: 'unknownRegion', kode: url.region });
  }, [s.regions, url.region]);

  // Tables the user dropped in an earlier visit, kept in this browser (after the first choropleth).
  useEffect(() => {
    if (base && s.firstDrawn) loader.restoreTables();
  }, [base === null, s.firstDrawn]);

  // Gap rows below kabupaten need those levels.
  useEffect(() => {
    const level = s.gapOptions.level;
    if (base && level && level !== 'kabupaten') void loader.ensureLevels(['kecamatan', 'desa']);
  }, [base, s.gapOptions.level]);
}
