import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/ui/store/actions.ts';
import type { PageState } from '../../../src/ui/store/page-state.ts';
import { mapScene } from '../../../src/ui/store/map-scene.ts';
import { planLoads } from '../../../src/ui/store/plan-loads.ts';
import { planMap } from '../../../src/ui/store/plan-map.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { requestKey } from '../../../src/ui/store/request.ts';
import { embedDefaults } from '../../../src/lib/embed/embed-options.ts';
import { kecamatan53, loadedPage } from '../map/map-fixture.ts';

// Synthetic national file: kabupaten 5303 [123, -10.5, 124, -9.5] and 5304 [120, -11, 122, -8].
const keys = (s: PageState) => planLoads(s).map(requestKey);
const run = (s: PageState, ...actions: Action[]) => actions.reduce(reducer, s);
const over5303 = (zoom: number): Action => ({ type: 'cameraSettled', camera: [123.5, -10, zoom] });

describe('desa wherever the map is', () => {
  it('asks for no desa chunk at the national view, nor below the desa zoom', () => {
    expect(keys(loadedPage()).filter((k) => k.startsWith('chunk'))).toEqual([]);
    expect(keys(run(loadedPage(), over5303(7.5))).filter((k) => k.startsWith('chunk'))).toEqual([]);
  });

  it('from the desa zoom asks for the chunks of the kabupaten in view, nothing selected, with the desa IDM status that colours them (under any figure)', () => {
    expect(keys(run(loadedPage(), over5303(9.5)))).toEqual(['chunk:desa-5303', 'indicator:p0', 'indicator:idm_status']);
  });

  it('around a selected kecamatan, under a poverty figure, colours desa coastal/inland: asks for the desa rows, not the IDM status', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '53.01.24' }, over5303(11));
    expect(keys(s)).toContain('level:desa');
    expect(keys(s)).not.toContain('indicator:idm_status');
  });

  it('with an IDM figure shown, asks for the desa IDM status instead of the rows, and the score once the desa are drawn', () => {
    const s = run(loadedPage({ indicator: 'idm_need_share' }), over5303(9.5));
    expect(keys(s)).toEqual(['chunk:desa-5303', 'indicator:idm_need_share', 'indicator:idm_status']);
    expect(keys(run(s, { type: 'desaDrawn', keys: 'desa-5303|idm' }))).toContain('indicator:idm');
  });

  it('a selected kabupaten keeps showing its kecamatan: its own desa chunk is not asked for by the view', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '5303' }, over5303(9.5));
    expect(keys(s).filter((k) => k.startsWith('chunk'))).toEqual(['chunk:kecamatan-53']);
  });

  it('around a selected kabupaten, under a poverty figure, the desa in view come coloured coastal/inland by their chunks: no desa rows (1.5 MB gzip) are asked for', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '5303' }, over5303(9.5));
    const moved = run(s, { type: 'cameraSettled', camera: [121.5, -9.5, 9.5] });
    expect(keys(moved).some((k) => k.startsWith('chunk:desa-'))).toBe(true);
    expect(keys(moved)).not.toContain('level:desa');
    // Once the kabupaten is drawn its desa are a click away: their rows load then.
    expect(keys(run(moved, { type: 'regionDrawn', region: '5303' }))).toContain('level:desa');
  });

  it('an embed that does not drill down never loads the desa rows for a kabupaten drawn (no desa to choose)', () => {
    const embed = run(loadedPage({ embed: true, embedOptions: { ...embedDefaults, drill: false } }), { type: 'selectRegion', kode: '5303' }, { type: 'regionDrawn', region: '5303' });
    expect(keys(embed)).not.toContain('level:desa');
    const drilling = run(loadedPage({ embed: true, embedOptions: { ...embedDefaults, drill: true } }), { type: 'selectRegion', kode: '5303' }, { type: 'regionDrawn', region: '5303' });
    expect(keys(drilling)).toContain('level:desa');
  });

  it("asks for the desa where a fit will land when it starts, not after the flight", () => {
    const s = run(loadedPage(), { type: 'cameraHeading', camera: [123.5, -10, 9.5] });
    expect(keys(s)).toContain('chunk:desa-5303');
  });

  it('a camera from the URL counts before the map has moved', () => {
    expect(keys(loadedPage({ view: [123.5, -10, 9.5] }))).toContain('chunk:desa-5303');
  });

  it('a loaded chunk is reused: not asked for again after the view leaves and comes back', () => {
    const loaded = run(loadedPage(), over5303(9.5), { type: 'chunkRequested', id: 'desa-5303' }, { type: 'chunkLoaded', id: 'desa-5303', features: kecamatan53 });
    const back = run(loaded, over5303(5), over5303(9.5));
    expect(keys(back).filter((k) => k.startsWith('chunk'))).toEqual([]);
  });

  it('the scene shows the chunk in view whole, over its kabupaten as plain land, and hides it when zoomed out', () => {
    const loaded = run(loadedPage(), over5303(9.5), { type: 'chunkLoaded', id: 'desa-5303', features: kecamatan53 });
    const scene = mapScene(loaded)!;
    expect(scene.chunks.map((c) => [c.id, c.whole])).toEqual([['desa-5303', true]]);
    expect(scene.drilled).toEqual(['5303']);
    const shown = planMap(null, scene, null).find((c) => c.kind === 'showChunks');
    expect(shown).toEqual({ kind: 'showChunks', focus: [{ id: 'desa-5303' }], drilled: ['5303'] });
    const out = mapScene(run(loaded, over5303(6)))!;
    expect(planMap(scene, out, null).find((c) => c.kind === 'showChunks')).toEqual({ kind: 'showChunks', focus: [], drilled: [] });
  });
});
