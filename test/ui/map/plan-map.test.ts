import { describe, expect, it } from 'vitest';
import { mapScene } from '../../../src/ui/store/map-scene.ts';
import { planMap } from '../../../src/ui/store/plan-map.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { kecamatan53, loadedPage } from './map-fixture.ts';

const kinds = (cmds: { kind: string }[]) => cmds.map((c) => c.kind);

describe('mapScene', () => {
  it('is null until the layout is measured', () => {
    const s = loadedPage();
    expect(mapScene({ ...s, layout: null })).toBeNull();
    expect(mapScene(s)?.region).toBe('');
  });

  it('waits for the selected region’s chunks, but not for one that failed', () => {
    const s = reducer(loadedPage(), { type: 'selectRegion', kode: '5303' });
    expect(mapScene(s)).toBeNull();
    const failed = reducer(s, { type: 'chunkFailed', id: 'kecamatan-53', region: '5303', problem: { kind: 'network', file: 'boundaries/kecamatan/53.topo.json', detail: 'Failed to fetch' } });
    // Drawn without the chunk: the kabupaten's own shape stays (not drilled), fitted from the national file.
    expect([mapScene(failed)?.chunks, mapScene(failed)?.drilled, mapScene(failed)?.fitBox]).toEqual([[], [], [123, -10.5, 124, -9.5]]);
  });

  it('shows a kabupaten’s kecamatan over its plain shape once the chunk is loaded', () => {
    const s = reducer(reducer(loadedPage(), { type: 'selectRegion', kode: '5303' }), { type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 });
    const scene = mapScene(s)!;
    expect([scene.chunks.map((c) => [c.id, c.parents]), scene.drilled]).toEqual([[['kecamatan-53', ['5303']]], ['5303']]);
  });
});

describe('planMap', () => {
  it('draws the first scene: chunks, selection, camera, then says it is drawn', () => {
    expect(kinds(planMap(null, mapScene(loadedPage()), null))).toEqual(['showChunks', 'select', 'fit', 'reportDrawn']);
  });

  it('plans nothing for a scene not drawable yet, or the same scene again (only that it is drawn, if the page stopped saying so)', () => {
    const s = loadedPage();
    const scene = mapScene(s);
    expect(planMap(scene, null, null)).toEqual([]);
    // Another tab (or an indicator arriving) makes a new state, not a new scene.
    expect(planMap(scene, mapScene(reducer(s, { type: 'setTab', tab: 'gaps' })), 'national')).toEqual([]);
    expect(planMap(scene, mapScene(s), null)).toEqual([{ kind: 'reportDrawn', region: 'national' }]);
  });

  it('adds and shows the chunk of a selected kabupaten and flies there', () => {
    const before = mapScene(loadedPage());
    const s = reducer(reducer(loadedPage(), { type: 'selectRegion', kode: '5303' }), { type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 });
    const cmds = planMap(before, mapScene(s), null);
    expect(kinds(cmds)).toEqual(['addChunk', 'showChunks', 'select', 'fit', 'reportDrawn']);
    expect(cmds[1]).toEqual({ kind: 'showChunks', focus: [{ id: 'kecamatan-53', parents: ['5303'] }], drilled: ['5303'] });
    expect(cmds.at(-1)).toEqual({ kind: 'reportDrawn', region: '5303' });
  });

  it('draws the region again after "retry" (said drawn again), without moving the camera', () => {
    const s = loadedPage();
    expect(kinds(planMap(mapScene(s), mapScene(reducer(s, { type: 'retry' })), null))).toEqual(['showChunks', 'select', 'reportDrawn']);
  });
});
