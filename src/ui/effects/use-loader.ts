import { useEffect } from 'preact/hooks';
import { showsPrograms } from '../../lib/embed/embed-options.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { countImports } from '../../load/saved-imports.ts';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import type { Loader } from './loader.ts';
import { afterFrames } from './after-frames.ts';

/**
 * Loads started by what the page shows, besides the planned requests (first view, chunks, levels,
 * indicators: store/plan-loads.ts, effects/use-loads.ts): program points and records, kept
 * tables, and a URL region that turns out not to exist. Results and failures arrive as actions.
 */
export function useLoader(s: PageState, dispatch: (a: Action) => void, loader: Loader): void {
  const { base, url } = s;

  // Program points wait until the first choropleth is on screen (they are not on its critical path);
  // the full records load when something needs them: a region panel, the program or gap tab, the
  // bivariate view.
  useEffect(() => {
    if (base && s.firstDrawn && !s.points && showsPrograms(url)) return afterFrames(() => loader.loadPoints());
  }, [base, s.firstDrawn]);
  // Lists imported before and kept in this browser are shown from the start (not in an embed: its
  // readers would not see them): load the records.
  useEffect(() => {
    if (base && s.firstDrawn && !s.programs && !url.embed) countImports().then((n) => n > 0 && loader.loadPrograms(), () => undefined);
  }, [base, s.firstDrawn]);
  // An embed has no region panel or tabs: only its bivariate view (or a point's card) needs the records.
  // A point's card names its locus: the records load when one is opened.
  const needsPrograms = base !== null && (s.locus !== null || (url.embed ? url.mode === 'bivariate' : url.region !== '' || s.tab !== 'region' || url.mode === 'bivariate'));
  useEffect(() => {
    if (needsPrograms && !s.programs) loader.loadPrograms();
  }, [needsPrograms]);

  // A region from the URL that turns out not to exist once its level is loaded.
  useEffect(() => {
    const level = levelOf(url.region);
    if (level && s.regions.loaded.has(level) && !s.regions.byBps[level].has(url.region)) dispatch({ type: 'unknownRegion', kode: url.region });
  }, [s.regions, url.region]);

  // Tables the user dropped in an earlier visit, kept in this browser (after the first choropleth).
  useEffect(() => {
    if (base && s.firstDrawn) return afterFrames(() => loader.restoreTables());
  }, [base === null, s.firstDrawn]);
}
