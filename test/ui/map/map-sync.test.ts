import { describe, expect, it } from 'vitest';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { createFakeMapView } from './fake-map-view.ts';
import { kecamatan53, layout, loadedPage, mapPage } from './map-fixture.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('map sync on a recording fake map', () => {
  it('fits Indonesia once on the first view and says it drawn', async () => {
    const map = createFakeMapView();
    const page = mapPage(map, loadedPage());
    await tick();
    expect(map.callsTo('fitBounds').map(([b]) => b)).toEqual([[94.5, -11.2, 141.2, 6.3]]);
    expect(page.state.regionDrawn).toBe('national');
  });

  it('selecting a region fits it once, when its chunk arrives (not again as other data arrives)', async () => {
    const map = createFakeMapView();
    const page = mapPage(map, loadedPage());
    map.clear();
    page.dispatch({ type: 'selectRegion', kode: '5303' });
    expect(map.callsTo('fitBounds')).toEqual([]);
    page.dispatch({ type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 });
    page.dispatch({ type: 'setTab', tab: 'gaps' });
    page.dispatch({ type: 'setYear', year: 2025 });
    await tick();
    const fits = map.callsTo('fitBounds');
    expect(fits.map(([b]) => b)).toEqual([[123, -10.5, 124, -9.5]]);
    expect(map.callsTo('addChunk').map(([id]) => id)).toEqual(['kecamatan-53']);
    expect(map.callsTo('setSelected')).toEqual([['5303']]);
    expect(page.state.regionDrawn).toBe('5303');
  });

  it('a camera the user moved is not refitted when the layout changes', () => {
    const map = createFakeMapView();
    const page = mapPage(map, loadedPage({ region: '53' }));
    page.dispatch({ type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 });
    map.moveEnd([122, -9, 9], true);
    page.dispatch({ type: 'moveCamera', view: [122, -9, 9] });
    map.clear();
    page.dispatch({ type: 'layoutChanged', layout: layout(800, 600) });
    expect([map.callsTo('fitBounds'), map.callsTo('jumpTo')]).toEqual([[], []]);
  });

  it('a layout change without a user camera refits, keeping the camera if the region stays clear', () => {
    const map = createFakeMapView();
    const page = mapPage(map, loadedPage());
    map.clear();
    page.dispatch({ type: 'layoutChanged', layout: layout(800, 600) });
    const [[, options]] = map.callsTo('fitBounds') as [[unknown, { keepWithin?: number }]];
    expect(options.keepWithin).toBeGreaterThan(0);
  });

  it('back and forward: a restored camera is jumped to, a restored region without one is fitted', () => {
    const map = createFakeMapView();
    const page = mapPage(map, loadedPage());
    page.dispatch({ type: 'moveCamera', view: [121, -9, 7] });
    map.clear();
    // Back to a link with a camera: jump there.
    page.dispatch({ type: 'urlRestored', url: { ...page.state.url, region: '', view: [110, -7, 6] }, notices: [] });
    expect(map.callsTo('jumpTo')).toEqual([[[110, -7, 6]]]);
    // Forward to a province without a camera: drawn once its chunk is in, flown to.
    page.dispatch({ type: 'urlRestored', url: { ...page.state.url, region: '53', view: null }, notices: [] });
    page.dispatch({ type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 });
    const fits = map.callsTo('fitBounds') as [unknown, { animate: boolean }][];
    expect(fits.map(([b, o]) => [b, o.animate])).toEqual([[[120, -11, 125, -8], true]]);
  });

  it('opens on the URL’s camera without fitting', () => {
    const map = createFakeMapView();
    mapPage(map, loadedPage({ region: '5303', view: [123.5, -10, 10] }));
    expect(map.calls.map((c) => c.method)).toEqual([]);
    const page = mapPage(map, reducer(loadedPage({ region: '5303', view: [123.5, -10, 10] }), { type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 }));
    expect([map.callsTo('jumpTo'), map.callsTo('fitBounds')]).toEqual([[[[123.5, -10, 10]]], []]);
    expect(page.state.url.view).toEqual([123.5, -10, 10]);
  });

  it('back from a drill step still loading says the region drawn again (it stayed drawn: the same scene)', async () => {
    const map = createFakeMapView();
    const page = mapPage(map, reducer(loadedPage({ region: '5303' }), { type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 }));
    await tick();
    expect(page.state.regionDrawn).toBe('5303');
    const at5303 = page.state.url;
    // A kecamatan whose desa are not loaded yet: nothing to draw meanwhile.
    page.dispatch({ type: 'selectRegion', kode: '53.03.01' });
    expect(page.state.regionDrawn).toBeNull();
    // Back before it is drawn: the map still shows 5303, and the page must say so (it stayed "loading").
    page.dispatch({ type: 'urlRestored', url: at5303, notices: [] });
    await tick();
    expect(page.state.regionDrawn).toBe('5303');
  });
});
