import type { MapView } from '../../map/map-view-interface.ts';
import type { Action } from '../store/actions.ts';
import type { MapCommand } from '../store/plan-map.ts';

/** Run `commands` (from `planMap`) on `map`, in order; what the map reports back arrives as actions. */
export function applyMapCommands(map: MapView, commands: readonly MapCommand[], dispatch: (a: Action) => void): void {
  for (const c of commands) {
    switch (c.kind) {
      case 'addChunk':
        map.addChunk(c.chunk.id, c.chunk.level, c.chunk.features);
        break;
      case 'showChunks':
        map.showChunks(c.focus, c.drilled);
        break;
      case 'select':
        map.setSelected(c.kode);
        break;
      case 'jump':
        map.jumpTo(c.view);
        break;
      case 'fit': {
        // Where a fit lands is known at its start: the desa in view there load during the flight.
        const to = map.fitBounds(c.bbox, c.options);
        if (to) dispatch({ type: 'cameraHeading', camera: to });
        break;
      }
      case 'reportDrawn': {
        const region = c.region;
        void map.whenIdle().then(() => dispatch({ type: 'regionDrawn', region }));
        break;
      }
    }
  }
}
