import { describe, expect, it } from 'vitest';
import type { ChunkRef } from '../../../src/lib/view/drill.ts';
import type { RegionFeatures } from '../../../src/load/data-source.ts';
import { runRequest, runRequests, type RequestRunner } from '../../../src/ui/effects/run-request.ts';
import type { Action } from '../../../src/ui/store/actions.ts';
import type { PageState } from '../../../src/ui/store/page-state.ts';
import { planLoads } from '../../../src/ui/store/plan-loads.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { kecamatan53, loadedPage } from '../map/map-fixture.ts';
import type { DesaNoPolygon } from '../../../src/lib/regions/desa-no-polygon.ts';
import { noPolygonIn } from '../../../src/lib/regions/desa-no-polygon.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The page's loads in Node: after each action (a render), plan and run, as effects/use-loads.ts does. */
function loadsPage(start: PageState, chunk: (ref: ChunkRef) => Promise<RegionFeatures>, noPolygon: () => Promise<DesaNoPolygon> = () => Promise.reject(new Error('not in this test'))) {
  let state = start;
  const asked: string[] = [];
  const runner: RequestRunner = {
    firstView: () => Promise.reject(new Error('not in this test')),
    chunk: (ref) => {
      asked.push(`chunk ${ref.level}-${ref.key}`);
      return chunk(ref);
    },
    loadLevel: (level) => {
      asked.push(`level ${level}`);
      dispatch({ type: 'requestStarted', key: `level:${level}` });
    },
    loadIndicator: (id) => {
      asked.push(`indicator ${id}`);
      dispatch({ type: 'requestStarted', key: `indicator:${id}` });
    },
    noPolygon: () => {
      asked.push('noPolygon');
      return noPolygon();
    },
  };
  const dispatch = (a: Action) => {
    state = reducer(state, a);
    queueMicrotask(render);
  };
  const render = () => planLoads(state).forEach((r) => runRequest(r, runner, dispatch));
  render();
  return { dispatch, asked, get state() { return state; } };
}

describe('runRequest with planLoads', () => {
  it('fetches a selected region’s chunk once, however often the page renders, and keeps it', async () => {
    const page = loadsPage(loadedPage(), async () => kecamatan53);
    page.dispatch({ type: 'selectRegion', kode: '5303' });
    page.dispatch({ type: 'setTab', tab: 'gaps' });
    await tick();
    page.dispatch({ type: 'selectRegion', kode: '53' });
    await tick();
    expect(page.asked.filter((a) => a.startsWith('chunk'))).toEqual(['chunk kecamatan-53']);
    expect(page.asked.filter((a) => a.startsWith('level'))).toEqual(['level kecamatan']);
    expect([page.state.chunks.get('kecamatan-53'), page.state.requests.get('chunk:kecamatan-53')]).toEqual([kecamatan53, 'done']);
  });

  it('a failed chunk is said, shown as failed, and fetched again on retry', async () => {
    let calls = 0;
    const page = loadsPage(loadedPage({ region: '5303' }), async () => {
      if (calls++ === 0) throw new Error('Failed to fetch');
      return kecamatan53;
    });
    await tick();
    expect([page.state.failedChunks.has('kecamatan-53'), page.state.requests.get('chunk:kecamatan-53'), page.state.problems.length]).toEqual([true, 'failed', 1]);
    page.dispatch({ type: 'retry' });
    await tick();
    expect([calls, page.state.failedChunks.size, page.state.requests.get('chunk:kecamatan-53')]).toEqual([2, 0, 'done']);
  });

  it('chunks planned together arrive together (one chunksLoaded, the map adds them in one go); a failed one is said on its own', async () => {
    const actions: Action[] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const runner: RequestRunner = {
      firstView: () => Promise.reject(new Error('not in this test')),
      chunk: async (ref) => {
        await gate;
        if (ref.key === '5304') throw new Error('Failed to fetch');
        return kecamatan53;
      },
      loadLevel: () => {},
      loadIndicator: () => {},
      noPolygon: () => Promise.reject(new Error('not in this test')),
    };
    const refs = ['5303', '5304', '5305'].map((key) => ({ kind: 'chunk' as const, chunk: { level: 'desa' as const, key }, region: '' }));
    runRequests(refs, runner, (a) => actions.push(a));
    expect(actions.map((a) => a.type)).toEqual(['chunkRequested', 'chunkRequested', 'chunkRequested']);
    release();
    await tick();
    expect(actions.slice(3).map((a) => (a.type === 'chunksLoaded' ? `loaded ${a.chunks.map((c) => c.id).join(',')}` : a.type === 'chunkFailed' ? `failed ${a.id}` : a.type))).toEqual(['failed desa-5304', 'loaded desa-5303,desa-5305']);
    const s = reducer(loadedPage(), actions[actions.length - 1]);
    expect([...s.chunks.keys()]).toEqual(['desa-5303', 'desa-5305']);
  });

  it('a selected kecamatan asks once for the desa without a polygon (its panel names its own); a failure is said and the panel goes without', async () => {
    // SYNTHETIC list: two desa of one kecamatan, one of another.
    const list: DesaNoPolygon = { kode: ['53.01.24.2990', '53.01.24.2991', '53.01.05.2990'], name: ['Uji B', 'Uji A', 'Uji C'], parent: ['53.01.24', '53.01.24', '53.01.05'] };
    const page = loadsPage(loadedPage(), async () => kecamatan53, async () => list);
    page.dispatch({ type: 'selectRegion', kode: '5303' });
    await tick();
    expect(page.asked).not.toContain('noPolygon');
    page.dispatch({ type: 'selectRegion', kode: '53.01.24' });
    await tick();
    page.dispatch({ type: 'selectRegion', kode: '53.01.05' });
    await tick();
    expect(page.asked.filter((a) => a === 'noPolygon')).toHaveLength(1);
    expect(page.state.requests.get('noPolygon')).toBe('done');
    expect(noPolygonIn(page.state.noPolygon!, '53.01.24').map((d) => `${d.name} ${d.kode}`)).toEqual(['Uji A 53.01.24.2991', 'Uji B 53.01.24.2990']);

    const failing = loadsPage(loadedPage(), async () => kecamatan53, () => Promise.reject(new Error('Failed to fetch')));
    failing.dispatch({ type: 'selectRegion', kode: '53.01.24' });
    await tick();
    expect([failing.state.noPolygon, failing.state.requests.get('noPolygon'), failing.state.problems.length]).toEqual([null, 'failed', 1]);
  });
});
