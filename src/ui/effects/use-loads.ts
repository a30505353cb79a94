import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import { planLoads } from '../store/plan-loads.ts';
import { loadFirstView } from './first-view.ts';
import type { Loader } from './loader.ts';
import { runRequests, type RequestRunner } from './run-request.ts';

/**
 * Starts what the page state needs and has not asked for (store/plan-loads.ts), after each render:
 * each request is marked loading in the store before it goes out, so it is never made twice; the
 * chunks of one plan arrive together (`runRequests`). A
 * layout effect: requests go out with the render that needs them, not after the next frame (with
 * software WebGL a frame of the map can take 300 ms; the desa in view waited for one, issue 20).
 */
export function useLoads(s: PageState, dispatch: (a: Action) => void, loader: Loader): void {
  const runner = useMemo((): RequestRunner => ({
    firstView: () => loadFirstView(loader.source, location.search),
    chunk: (ref) => loader.source.chunk(ref),
    noPolygon: () => loader.source.desaNoPolygon(),
    loadLevel: loader.loadLevel,
    loadIndicator: loader.loadIndicator,
  }), [loader]);
  useLayoutEffect(() => {
    runRequests(planLoads(s), runner, dispatch);
  });
}
