import type { ChunkFocus } from '../../map/map-view-interface.ts';
import { fitDecision, type CameraMove } from './fit-decision.ts';
import type { MapScene, SceneChunk } from './map-scene.ts';

/** One thing to do on the map (effects/apply-map-commands.ts runs them on a MapView, in order). */
export type MapCommand =
  | { kind: 'addChunk'; chunk: SceneChunk }
  | { kind: 'showChunks'; focus: ChunkFocus[]; drilled: string[] }
  | { kind: 'select'; kode: string }
  | CameraMove
  /** Once everything asked so far is drawn, say the region drawn ('national' for Indonesia). */
  | { kind: 'reportDrawn'; region: string };

/** True when the two scenes draw the same: same region, chunks, camera wish, layout and attempt. */
function sameScene(a: MapScene, b: MapScene): boolean {
  return a.region === b.region && a.view === b.view && a.fitRequest === b.fitRequest && a.layout === b.layout && a.attempt === b.attempt && a.chunks.length === b.chunks.length && a.chunks.every((c, i) => c.id === b.chunks[i].id && c.features === b.chunks[i].features && c.whole === b.chunks[i].whole);
}

/**
 * What to do on the map to go from the scene drawn last (`prev`; null: nothing drawn yet) to
 * `next` (null: not drawable yet, nothing to do). `saidDrawn`: the region the page says is drawn
 * (`PageState.regionDrawn`). Pure: the executor holds the map.
 */
export function planMap(prev: MapScene | null, next: MapScene | null, saidDrawn: string | null): MapCommand[] {
  if (!next) return [];
  const region = next.region || 'national';
  // The same scene is drawn already: nothing to do, unless the page stopped saying so, as after
  // "back" from a drill step still loading (the map never left this scene; the page stayed "loading").
  if (prev && sameScene(prev, next)) return saidDrawn === region ? [] : [{ kind: 'reportDrawn', region }];
  const commands: MapCommand[] = next.chunks.map((chunk) => ({ kind: 'addChunk', chunk }));
  commands.push({ kind: 'showChunks', focus: next.chunks.flatMap((c) => (c.whole ? [{ id: c.id }] : c.parents ? [{ id: c.id, parents: c.parents }] : [])), drilled: next.drilled });
  commands.push({ kind: 'select', kode: next.region });
  const move = fitDecision(prev, next);
  if (move) commands.push(move);
  commands.push({ kind: 'reportDrawn', region });
  return commands;
}
