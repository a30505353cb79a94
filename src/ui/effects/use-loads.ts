import { useEffect, useMemo } from 'preact/hooks';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import { planLoads } from '../store/plan-loads.ts';
import { loadFirstView } from './first-view.ts';
import type { Loader } from './loader.ts';
import { runRequest, type RequestRunner } from './run-request.ts';

/**
 * Starts what the page state needs and has not asked for (store/plan-loads.ts), after each render:
 * each request is marked loading in the store before it goes out, so it is never made twice.
 */
export function useLoads(s: PageState, dispatch: (a: Action) => void, loader: Loader): void {
  const runner = useMemo((): RequestRunner => ({
    firstView: () => loadFirstView(loader.source, location.search),
    chunk: (ref) => loader.source.chunk(ref),
    loadLevel: loader.loadLevel,
    loadIndicator: loader.loadIndicator,
  }), [loader]);
  useEffect(() => {
    for (const r of planLoads(s)) runRequest(r, runner, dispatch);
  });
}
