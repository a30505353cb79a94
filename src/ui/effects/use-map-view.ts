import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MapLocale, MapView } from '../../map/map-view.ts';
import type { Action } from '../store/actions.ts';
import type { MapLifecycle } from '../store/page-state.ts';
import { startMap } from './start-map.ts';

/**
 * The page's one map, made when the store's map lifecycle says `creating` (at the start, and on
 * "retry" after a map that failed to start), destroyed when the page goes away.
 */
export function useMapView(mapEl: RefObject<HTMLElement | null>, lifecycle: MapLifecycle, create: (el: HTMLElement, locale: MapLocale) => Promise<MapView>, locale: MapLocale, dispatch: (a: Action) => void): MapView | null {
  const [map, setMap] = useState<MapView | null>(null);
  useEffect(() => {
    if (lifecycle.status !== 'creating') return;
    const stop = startMap(() => create(mapEl.current!, locale), dispatch, setMap);
    return () => {
      stop();
      setMap(null);
    };
  }, [lifecycle.attempt]);
  return map;
}
