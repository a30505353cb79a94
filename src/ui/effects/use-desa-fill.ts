import { useLayoutEffect, useRef } from 'preact/hooks';
import { desaFillOf } from '../../lib/view/desa-fill-of.ts';
import { idmStatusLookup } from '../../lib/indicators/idm-status-lookup.ts';
import { KELURAHAN_STATE } from '../../map/desa-fill-colour.ts';
import type { MapView } from '../../map/map-view-interface.ts';
import type { Action } from '../store/actions.ts';
import type { MapScene } from '../store/map-scene.ts';
import type { PageState } from '../store/page-state.ts';

/**
 * The desa chunks of the scene drawn in their colours (called by use-map-sync.ts, the map's only caller):
 * by IDM status, or coastal/inland around a selected kabupaten, kecamatan or desa (`desaFillOf`; the
 * chunks say which desa are coastal); `desaDrawn` once the map is idle.
 */
export function useDesaFill(map: MapView | null, scene: MapScene | null, s: PageState, dispatch: (a: Action) => void): void {
  // Desa are coloured by IDM status, or coastal/inland around a selected kabupaten, kecamatan or desa (desaFillOf): every desa
  // chunk drawn gets its statuses once they are loaded; its coastal flags came with it.
  const desaFill = desaFillOf(s.url.indicator, s.url.region);
  const idmStatus = s.base?.bundle.values.idm_status;
  const desaRun = useRef(0);
  // A layout effect, after the scene's (use-map-sync.ts): the colours go with the chunks, in the same frame.
  useLayoutEffect(() => {
    if (!map || !scene) return;
    const run = ++desaRun.current;
    map.setDesaFill(desaFill);
    const desa = scene.chunks.filter((c) => c.level === 'desa');
    if (desaFill === 'idm' && idmStatus) {
      const status = idmStatusLookup(idmStatus, KELURAHAN_STATE);
      for (const c of desa) map.setDesaIdm(c.id, status);
    }
    const coloured = desaFill === 'coastal' || !!idmStatus;
    // Said drawn (`data-desa-drawn`) once the map is idle with the desa in view in their colours.
    const keys = desa.filter((c) => c.whole).map((c) => c.id).join(',');
    if (!keys || !coloured) return void dispatch({ type: 'desaDrawn', keys: '' });
    void map.whenIdle().then(() => run === desaRun.current && dispatch({ type: 'desaDrawn', keys: `${keys}|${desaFill}` }));
  }, [map, scene, desaFill, idmStatus]);
}
