import { describe, expect, it } from 'vitest';
import type { MapView } from '../../../src/map/map-view-interface.ts';
import { startMap } from '../../../src/ui/effects/start-map.ts';
import type { Action } from '../../../src/ui/store/actions.ts';
import { initialState, type PageState } from '../../../src/ui/store/page-state.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { embedDefaults } from '../../../src/lib/embed/embed-options.ts';
import { createFakeMapView, type FakeMapView } from './fake-map-view.ts';
import { firstViewLoaded } from './map-fixture.ts';

const start = (): PageState => initialState('id', { indicator: 'p0', year: 2025, region: '', lang: 'id', classes: 'quantile', view: null, embed: false, embedOptions: embedDefaults, mode: 'choropleth', level: 'kabupaten' });
const noWebgl = { kind: 'network' as const, file: '', detail: 'WebGL is not available' };
const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * The page's map lifecycle as App runs it (effects/use-map-view.ts): a map is started whenever the
 * store's `map.attempt` changes while it says `creating`, and the one before is stopped.
 */
function page(create: () => Promise<MapView>) {
  let state = start();
  let stop: (() => void) | null = null;
  let started = -1;
  const maps: MapView[] = [];
  const dispatch = (a: Action) => {
    state = reducer(state, a);
    sync();
  };
  const sync = () => {
    if (state.map.attempt === started || state.map.status !== 'creating') return;
    started = state.map.attempt;
    stop?.();
    stop = startMap(create, dispatch, (m) => maps.push(m));
  };
  sync();
  return { dispatch, get state() { return state; }, maps, unmount: () => stop?.() };
}

describe('map lifecycle (store + startMap)', () => {
  it('starts one map and says it is ready', async () => {
    const fake = createFakeMapView();
    const p = page(async () => fake);
    await tick();
    expect(p.state.map).toEqual({ status: 'ready', attempt: 0 });
    expect(p.maps).toEqual([fake]);
  });

  it('after a map that failed to start, "retry" creates exactly one new map', async () => {
    const made: FakeMapView[] = [];
    let calls = 0;
    const p = page(async () => {
      if (calls++ === 0) throw new Error('Failed to initialize WebGL');
      const m = createFakeMapView();
      made.push(m);
      return m;
    });
    await tick();
    expect(p.state.map.status).toBe('failed');
    expect(p.state.fatal?.detail).toMatch(/WebGL/);
    p.dispatch({ type: 'retry' });
    await tick();
    p.dispatch({ type: 'retry' }); // a second retry (say, after a data failure) keeps the ready map
    await tick();
    expect([calls, made.length, p.maps.length, p.state.map.status]).toEqual([2, 1, 1, 'ready']);
  });

  it('a retry while the map is still starting (the data failed first) keeps that map: never two stacked', async () => {
    let release: (m: MapView) => void = () => {};
    let calls = 0;
    const p = page(() => {
      calls++;
      return new Promise<MapView>((r) => (release = r));
    });
    p.dispatch({ type: 'firstViewFailed', problem: { kind: 'network', file: 'indicators/index.json', detail: 'Failed to fetch' } });
    p.dispatch({ type: 'retry' });
    release(createFakeMapView());
    await tick();
    expect([calls, p.maps.length, p.state.map]).toEqual([1, 1, { status: 'ready', attempt: 0 }]);
  });

  it('keeps the map failure said when the data arrives after it', () => {
    const failed = reducer(start(), { type: 'mapFailed', problem: noWebgl });
    const s = reducer(failed, firstViewLoaded());
    expect(s.fatal).toEqual(noWebgl);
  });

  it('destroys the map when the page goes away, also one that arrives after', async () => {
    const fake = createFakeMapView();
    const p = page(async () => fake);
    await tick();
    p.unmount();
    expect(fake.destroyed).toBe(true);
    let release: (m: MapView) => void = () => {};
    const late = createFakeMapView();
    const q = page(() => new Promise<MapView>((r) => (release = r)));
    q.unmount();
    release(late);
    await tick();
    expect([late.destroyed, q.maps.length]).toEqual([true, 0]);
  });
});
