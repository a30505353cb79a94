import type { Polygon } from 'geojson';
import { buildRegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import type { RegionColumns } from '../../../src/lib/regions/region-columns.ts';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import { embedDefaults } from '../../../src/lib/embed/embed-options.ts';
import type { MapLayout } from '../../../src/lib/view/fit-padding.ts';
import type { UrlState } from '../../../src/lib/view/url-state.ts';
import type { NationalBoundaries, RegionFeatures } from '../../../src/load/data-source.ts';
import type { MapView } from '../../../src/map/map-view-interface.ts';
import { applyMapCommands } from '../../../src/ui/effects/apply-map-commands.ts';
import type { Action } from '../../../src/ui/store/actions.ts';
import { mapScene, type MapScene } from '../../../src/ui/store/map-scene.ts';
import { initialState, type PageState } from '../../../src/ui/store/page-state.ts';
import { planMap } from '../../../src/ui/store/plan-map.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';

/** A rectangle [w, s, e, n] as a polygon. */
const box = ([w, s, e, n]: [number, number, number, number]): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const features = (rows: [string, string, [number, number, number, number]][]): RegionFeatures => ({
  type: 'FeatureCollection',
  features: rows.map(([kode, parent, b]) => ({ type: 'Feature', properties: { kode, name: `R${kode}`, parent }, geometry: box(b) })),
});

/** Provinsi 53 with kabupaten 5303 (and 5304), drawn as rectangles. */
export const national: NationalBoundaries = {
  provinsi: features([['53', '', [120, -11, 125, -8]]]),
  kabupaten: features([['5303', '53', [123, -10.5, 124, -9.5]], ['5304', '53', [120, -11, 122, -8]]]),
  provinsiBorders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
};

/** The kecamatan chunk of provinsi 53 (`kecamatan-53`). */
export const kecamatan53 = features([['530301', '5303', [123, -10.5, 123.5, -10]], ['530302', '5303', [123.5, -10, 124, -9.5]]]);

export const layout = (width = 1000, height = 700): MapLayout => ({ width, height, overlays: [{ left: 0, top: 500, right: 300, bottom: 700 }] });

const cols = (kode: string[], parent: string[]): RegionColumns => ({
  kode, parent, kemendagri: kode.map(() => ''), name: kode.map((k) => `R${k}`), coastal: kode.map(() => 0), coastlineKm: kode.map(() => 0), areaKm2: kode.map(() => 1), lon: kode.map(() => 120), lat: kode.map(() => -9),
});

export const url = (patch: Partial<UrlState> = {}): UrlState => ({ indicator: 'p0', year: 2025, region: '', lang: 'id', classes: 'quantile', view: null, embed: false, embedOptions: embedDefaults, mode: 'choropleth', level: 'kabupaten', ...patch });

/** The first view's data arriving, with `u` from the URL. */
export function firstViewLoaded(u: Partial<UrlState> = {}): Action {
  const bundle: IndicatorBundle = { catalogue: [], sources: {}, values: {}, national: {}, priority: {} };
  const base = { bundle, national, years: new Map([['p0', [2025]]]), defaultYears: new Map([['p0', 2025]]), kabupatenCodes: ['5303', '5304'] };
  const regions = buildRegionLookup({ provinsi: cols(['53'], ['']), kabupaten: cols(['5303', '5304'], ['53', '53']) });
  return { type: 'firstViewLoaded', base, regions, url: url(u), notices: [] };
}

/** The page once its first view is loaded (with `u` from the URL) and the map measured. */
export function loadedPage(u: Partial<UrlState> = {}): PageState {
  const s = reducer(initialState('id', url()), firstViewLoaded(u));
  return reducer(s, { type: 'layoutChanged', layout: layout() });
}

/**
 * The page's map sync in Node, as effects/use-map-sync.ts runs it: each `dispatch` reduces the
 * state, plans from the scene drawn last and runs the plan on `map`.
 */
export function mapPage(map: MapView, start: PageState) {
  let state = start;
  let drawn: MapScene | null = null;
  const dispatch = (a: Action) => {
    // As the page: an action that changes nothing renders nothing (Preact's reducer bails out).
    const next = reducer(state, a);
    if (next === state) return;
    state = next;
    sync();
  };
  const sync = () => {
    const scene = mapScene(state);
    if (!scene) return;
    const prev = drawn;
    drawn = scene;
    applyMapCommands(map, planMap(prev, scene, state.regionDrawn), dispatch);
  };
  sync();
  return { dispatch, get state() { return state; } };
}
