import { chunkId, type ChunkRef } from '../../lib/view/drill.ts';
import type { RegionFeatures } from '../../load/data-source.ts';
import type { DesaNoPolygon } from '../../lib/regions/desa-no-polygon.ts';
import { toProblem } from '../../load/load-error.ts';
import type { Action } from '../store/actions.ts';
import type { Request } from '../store/request.ts';
import type { loadFirstView } from './first-view.ts';
import type { Loader } from './loader.ts';

/** What runs requests: the first view and chunks are fetched here, levels and indicators by the loader. */
export interface RequestRunner extends Pick<Loader, 'loadLevel' | 'loadIndicator'> {
  firstView(): ReturnType<typeof loadFirstView>;
  chunk(ref: ChunkRef): Promise<RegionFeatures>;
  noPolygon(): Promise<DesaNoPolygon>;
}

/**
 * Start one request planned by `planLoads`: the store is told it is loading, then its result or
 * failure arrives as an action.
 */
export function runRequest(r: Request, run: RequestRunner, dispatch: (a: Action) => void): void {
  switch (r.kind) {
    case 'firstView':
      dispatch({ type: 'requestStarted', key: 'firstView' });
      run.firstView().then(
        (first) => dispatch({ type: 'firstViewLoaded', ...first }),
        (e: unknown) => dispatch({ type: 'firstViewFailed', problem: toProblem(e) }),
      );
      return;
    case 'chunk': {
      const { chunk, region } = r;
      const id = chunkId(chunk);
      dispatch({ type: 'chunkRequested', id });
      run.chunk(chunk).then(
        (features) => dispatch({ type: 'chunkLoaded', id, features }),
        (e: unknown) => dispatch({ type: 'chunkFailed', id, region, problem: toProblem(e) }),
      );
      return;
    }
    case 'level':
      run.loadLevel(r.level);
      return;
    case 'indicator':
      run.loadIndicator(r.id);
      return;
    case 'noPolygon':
      dispatch({ type: 'requestStarted', key: 'noPolygon' });
      run.noPolygon().then(
        (list) => dispatch({ type: 'noPolygonLoaded', list }),
        (e: unknown) => dispatch({ type: 'noPolygonFailed', problem: toProblem(e) }),
      );
      return;
  }
}

/**
 * Start the requests of one plan (`planLoads`), as `runRequest` does, except that its boundary
 * chunks arrive together: one `chunksLoaded` once all of them are in (failures one by one), so the
 * map adds them in one go. Each chunk arriving on its own cost the map a frame and a re-tiling of
 * the plain land under them (with software WebGL, 300–500 ms a frame; issue 20's desa view).
 */
export function runRequests(rs: readonly Request[], run: RequestRunner, dispatch: (a: Action) => void): void {
  const chunks = rs.flatMap((r) => (r.kind === 'chunk' ? [r] : []));
  for (const r of rs) if (r.kind !== 'chunk' || chunks.length === 1) runRequest(r, run, dispatch);
  if (chunks.length < 2) return;
  const loads = chunks.map(({ chunk, region }) => {
    const id = chunkId(chunk);
    dispatch({ type: 'chunkRequested', id });
    return run.chunk(chunk).then(
      (features) => ({ id, features }),
      (e: unknown) => void dispatch({ type: 'chunkFailed', id, region, problem: toProblem(e) }),
    );
  });
  void Promise.all(loads).then((done) => {
    const loaded = done.filter((c) => c !== undefined);
    if (loaded.length) dispatch({ type: 'chunksLoaded', chunks: loaded });
  });
}
