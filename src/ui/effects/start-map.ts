import type { MapView } from '../../map/map-view.ts';
import { toProblem } from '../../load/load-error.ts';
import type { Action } from '../store/actions.ts';

/**
 * Start one map: `create` makes it, `take` gets it once it can take data (then `mapReady`), a
 * failure is said as `mapFailed` (the store then offers "retry", which starts another). Returns
 * `stop`: the map is destroyed, now if it was handed over, else as soon as it arrives.
 */
export function startMap(create: () => Promise<MapView>, dispatch: (a: Action) => void, take: (map: MapView) => void): () => void {
  let stopped = false;
  let view: MapView | null = null;
  create().then(
    (m) => {
      if (stopped) return m.destroy();
      view = m;
      take(m);
      dispatch({ type: 'mapReady' });
    },
    (e: unknown) => {
      if (!stopped) dispatch({ type: 'mapFailed', problem: toProblem(e) });
    },
  );
  return () => {
    stopped = true;
    view?.destroy();
    view = null;
  };
}
