import { describe, expect, it } from 'vitest';
import { withLevel } from '../../../src/lib/regions/region-lookup.ts';
import type { RegionColumns } from '../../../src/lib/regions/region-columns.ts';
import type { BaseData, PageState } from '../../../src/ui/store/page-state.ts';
import { initialState } from '../../../src/ui/store/page-state.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { buildRegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import type { UrlState } from '../../../src/lib/view/url-state.ts';
import { embedDefaults } from '../../../src/lib/embed/embed-options.ts';
import type { IndicatorBundle } from '../../../src/lib/indicators/types.ts';
import type { NationalBoundaries } from '../../../src/load/data-source.ts';

const url = (patch: Partial<UrlState> = {}): UrlState => ({ indicator: 'p0', year: 2025, region: '', lang: 'id', classes: 'quantile', view: null, embed: false, embedOptions: embedDefaults, mode: 'choropleth', level: 'kabupaten', ...patch });
const cols = (kode: string[], parent: string[]): RegionColumns => ({
  kode, parent, kemendagri: kode.map(() => ''), name: kode.map((k) => `R${k}`), coastal: kode.map(() => 0), coastlineKm: kode.map(() => 0), areaKm2: kode.map(() => 1), lon: kode.map(() => 120), lat: kode.map(() => -9),
});
const base = (): BaseData => ({
  bundle: { catalogue: [], sources: {}, values: {}, national: {}, priority: {} } as IndicatorBundle,
  national: {} as NationalBoundaries,
  years: new Map([['p0', [2019, 2021, 2025]], ['stunting', [2018]]]),
  defaultYears: new Map([['p0', 2025], ['stunting', 2018]]),
  kabupatenCodes: ['5303'],
});
const loaded = (u: Partial<UrlState> = {}): PageState =>
  reducer(initialState('id', url()), { type: 'firstViewLoaded', base: base(), regions: buildRegionLookup({ provinsi: cols(['53'], ['']), kabupaten: cols(['5303'], ['53']) }), url: url(u), notices: [] });

describe('reducer', () => {
  it('takes the first view with its region rows and the URL as given (no history entry)', () => {
    const s = loaded({ region: '5303' });
    expect(s.regions.loaded).toEqual(new Set(['provinsi', 'kabupaten']));
    expect([s.url.region, s.urlFrom]).toEqual(['5303', 'url']);
  });

  it('takes back/forward with the region rows loaded to read its URL, keeping the levels it had', () => {
    const s = loaded({ region: '53' });
    const kecamatan = cols(['53.01.24'], ['5303']);
    const next = reducer(s, { type: 'urlRestored', url: url({ region: '53.01.24' }), notices: [], rows: { kecamatan, kabupaten: cols(['9999'], ['99']) } });
    expect(next.regions.loaded).toEqual(new Set(['provinsi', 'kabupaten', 'kecamatan']));
    expect(next.regions.levels.kecamatan).toBe(kecamatan);
    expect(next.regions.levels.kabupaten).toBe(s.regions.levels.kabupaten);
    expect([next.url.region, next.urlFrom, next.regionDrawn]).toEqual(['53.01.24', 'url', null]);
    expect(reducer(s, { type: 'urlRestored', url: url({ region: '53' }), notices: [] }).regions).toBe(s.regions);
  });

  it('goes back to Bahasa Indonesia when the English words cannot be loaded, saying so, without a new history entry', () => {
    const s = reducer(loaded({ lang: 'en', region: '53' }), { type: 'langFailed', problem: { kind: 'lang', detail: 'Failed to fetch dynamically imported module' } });
    expect([s.url.lang, s.url.region, s.urlFrom]).toEqual(['id', '53', 'url']);
    expect(s.problems).toEqual([{ kind: 'lang', detail: 'Failed to fetch dynamically imported module' }]);
  });

  it('selects a region as a user navigation, dropping the URL camera', () => {
    const s = reducer(loaded({ view: [120, -9, 7] }), { type: 'selectRegion', kode: '53' });
    expect([s.url.region, s.url.view, s.urlFrom, s.regionDrawn]).toEqual(['53', null, 'user', null]);
  });

  it('shows Indonesia with the national desa gap list, in the gap tab; other gap options leave the selected region', () => {
    const gaps = reducer(loaded({ region: '5303' }), { type: 'setTab', tab: 'gaps' });
    const within = reducer(gaps, { type: 'setGapOptions', options: { level: 'desa', within: '5303' } });
    expect([within.url.region, within.gapOptions.within]).toEqual(['5303', '5303']);
    const national = reducer(within, { type: 'setGapOptions', options: { level: 'desa', idm: 'sangat', within: '' }, national: true });
    expect([national.url.region, national.url.view, national.urlFrom, national.regionDrawn, national.tab, national.gapOptions]).toEqual(['', null, 'user', null, 'gaps', { level: 'desa', idm: 'sangat', within: '' }]);
  });

  it('opens the region tab for a region found by search, from any tab, even when it is already selected', () => {
    const programs = reducer(loaded(), { type: 'setTab', tab: 'programs' });
    expect(reducer(programs, { type: 'selectRegion', kode: '5303' }).tab).toBe('programs');
    const s = reducer(programs, { type: 'selectRegion', kode: '5303', from: 'search' });
    expect([s.url.region, s.tab]).toEqual(['5303', 'region']);
    const again = reducer({ ...s, tab: 'gaps' }, { type: 'selectRegion', kode: '5303', from: 'search' });
    expect([again.url.region, again.tab]).toEqual(['5303', 'region']);
  });

  it('says a desa without a polygon was opened at its kecamatan (SYNTHETIC), and drops that sentence on the next selection', () => {
    const notice = { param: 'regionNoPolygon', value: '53.01.24.2099', name: 'Hilang Jaya' };
    const s = reducer(loaded(), { type: 'selectRegion', kode: '5303', from: 'search', notice });
    expect([s.url.region, s.notices]).toEqual(['5303', [notice]]);
    expect(reducer(s, { type: 'selectRegion', kode: '53' }).notices).toEqual([]);
    // The same kecamatan chosen again through another such desa says that one.
    const other = { ...notice, value: '53.01.24.2098', name: 'Hilang Lagi' };
    expect(reducer(s, { type: 'selectRegion', kode: '5303', from: 'search', notice: other }).notices).toEqual([other]);
  });

  it('opens a program point\'s card and closes it; the region stays, and selecting another region closes it', () => {
    const locus = { id: 'PL001', lon: 123.7, lat: -10.2, intervention: 'skills_training' };
    const open = reducer(loaded({ region: '53' }), { type: 'openLocus', locus });
    expect([open.locus, open.url.region]).toEqual([locus, '53']);
    const closed = reducer(open, { type: 'closeLocus' });
    expect(closed.locus).toBeNull();
    expect(reducer(closed, { type: 'closeLocus' })).toBe(closed);
    expect(reducer(open, { type: 'selectRegion', kode: '5303' }).locus).toBeNull();
  });

  it('goes back to Indonesia and asks the map to fit it again, even when nothing else changes', () => {
    const s = reducer(loaded({ region: '5303', view: [124, -10, 9] }), { type: 'resetView' });
    expect([s.url.region, s.url.view, s.urlFrom, s.regionDrawn, s.fitRequest]).toEqual(['', null, 'user', null, 1]);
    expect(reducer(s, { type: 'resetView' }).fitRequest).toBe(2);
  });

  it('in an embed without drill=1, a tap names the region and keeps the view; "back" returns to the embed\'s region, not to Indonesia', () => {
    const embed = loaded({ region: '53', embed: true });
    expect(embed.embedHome).toBe('53');
    const tapped = reducer(embed, { type: 'pickRegion', kode: '5303' });
    expect([tapped.picked, tapped.url.region]).toEqual(['5303', '53']);
    expect(reducer(tapped, { type: 'pickRegion', kode: null }).picked).toBeNull();
    // With drill=1 the reader went down to the kabupaten; back goes to NTT and refits it.
    const down = reducer(tapped, { type: 'selectRegion', kode: '5303' });
    expect([down.url.region, down.picked]).toEqual(['5303', null]);
    const back = reducer(down, { type: 'resetView' });
    expect([back.url.region, back.fitRequest]).toEqual(['53', 1]);
    // The full app still goes back to Indonesia.
    expect(reducer(loaded({ region: '5303' }), { type: 'resetView' }).url.region).toBe('');
  });

  it('moves to an indicator’s default year when the shown year has no data for it', () => {
    const s = reducer(loaded(), { type: 'setIndicator', indicator: 'stunting' });
    expect([s.url.indicator, s.url.year]).toEqual(['stunting', 2018]);
    expect(reducer(loaded({ year: 2021 }), { type: 'setIndicator', indicator: 'p0' }).url.year).toBe(2021);
  });

  it('replaces the region lookup when a level arrives and leaves the old snapshot unchanged', () => {
    const before = loaded();
    const after = reducer(before, { type: 'levelLoaded', level: 'kecamatan', columns: cols(['5303121'], ['5303']) });
    expect(after.regions).not.toBe(before.regions);
    expect(before.regions.loaded.has('kecamatan')).toBe(false);
    expect(after.regions.parentIndex.kecamatan[0]).toBe(0);
  });

  it('takes the lookup the loader prepared for a level only while the state still has the one it was made from', () => {
    const before = loaded();
    const columns = cols(['5303121'], ['5303']);
    const to = withLevel(before.regions, 'kecamatan', columns);
    expect(reducer(before, { type: 'levelLoaded', level: 'kecamatan', columns, prepared: { from: before.regions, to } }).regions).toBe(to);
    const stale = reducer(before, { type: 'levelLoaded', level: 'kecamatan', columns, prepared: { from: withLevel(before.regions, 'desa', cols([], [])), to } });
    expect(stale.regions).not.toBe(to);
    expect(stale.regions.loaded.has('kecamatan')).toBe(true);
  });

  it('falls back to the kecamatan of a desa that does not exist, with a notice', () => {
    const s = reducer(loaded({ region: '5303121999' }), { type: 'unknownRegion', kode: '5303121999' });
    expect(s.url.region).toBe('5303121');
    expect(s.notices).toEqual([{ param: 'region', value: '5303121999' }]);
  });

  it('falls back from a dotted kecamatan that does not exist to the kabupaten with its Kemendagri code (synthetic)', () => {
    const start = reducer(initialState('id', url()), { type: 'firstViewLoaded', base: base(), regions: buildRegionLookup({ provinsi: cols(['53'], ['']), kabupaten: { ...cols(['5303'], ['53']), kemendagri: ['53.01'] } }), url: url({ region: '53.01.99' }), notices: [] });
    expect(reducer(start, { type: 'unknownRegion', kode: '53.01.99' }).url.region).toBe('5303');
  });

  it('falls back from a dotted desa that does not exist to its dotted kecamatan (synthetic)', () => {
    expect(reducer(loaded({ region: '53.01.24.2999' }), { type: 'unknownRegion', kode: '53.01.24.2999' }).url.region).toBe('53.01.24');
  });

  it('ignores a drawn or failed region that is no longer selected', () => {
    const s = reducer(loaded({ region: '53' }), { type: 'regionDrawn', region: '5303' });
    expect(s.regionDrawn).toBeNull();
    const problem = { kind: 'http' as const, file: 'boundaries/desa/5303.topo.json', status: 404, detail: 'HTTP 404' };
    expect(reducer(loaded({ region: '53' }), { type: 'chunkFailed', id: 'desa-5303', region: '5303', problem }).problems).toEqual([]);
  });

  it('keeps a failed chunk of the selected region (said once) until it is requested again, loaded or retried', () => {
    const problem = { kind: 'network' as const, file: 'boundaries/desa/5303.topo.json', detail: 'Failed to fetch' };
    const failed = { type: 'chunkFailed' as const, id: 'desa-5303', region: '5303121', problem };
    let s = reducer(reducer(loaded({ region: '5303121' }), failed), failed);
    expect([...s.failedChunks]).toEqual(['desa-5303']);
    expect(s.problems).toEqual([problem]);
    expect(reducer(s, { type: 'chunkRequested', id: 'desa-5303' }).failedChunks.size).toBe(0);
    expect(reducer(s, { type: 'retry' }).failedChunks.size).toBe(0);
    s = reducer(s, { type: 'chunkLoaded', id: 'desa-5303', features: { type: 'FeatureCollection', features: [] } });
    expect(s.failedChunks.size).toBe(0);
    expect(s.chunks.has('desa-5303')).toBe(true);
  });

  it('keeps the measured map layout', () => {
    const layout = { width: 900, height: 741, overlays: [{ left: 11, top: 434, right: 311, bottom: 715 }] };
    expect(reducer(loaded(), { type: 'layoutChanged', layout }).layout).toBe(layout);
  });

  it('merges an imported list into the shipped one and says which ids it replaced', () => {
    const locus = (id: string) => ({ id }) as unknown as PageState['programs'] extends infer P ? (P extends { loci: (infer L)[] } ? L : never) : never;
    const s0 = reducer(loaded(), { type: 'programsLoaded', set: { loci: [locus('A'), locus('B')], files: ['programs.geojson'], includesDefault: true } });
    const result = { loci: [locus('B'), locus('C')] } as never;
    const s = reducer(s0, { type: 'lociImported', file: 'mine.csv', result, mode: 'merge' });
    expect(s.programs?.loci.map((l) => l.id)).toEqual(['A', 'B', 'C']);
    expect(s.programs?.files).toEqual(['programs.geojson', 'mine.csv']);
    expect(s.importStatus).toMatchObject({ kind: 'done', replacedIds: ['B'] });
  });

  it('starts again on retry with the problems cleared', () => {
    const failed = reducer(initialState('en', url()), { type: 'firstViewFailed', problem: { kind: 'network', file: 'indicators.json', detail: 'Failed to fetch' } });
    const s = reducer(failed, { type: 'retry' });
    expect([s.fatal, s.attempt]).toEqual([null, 1]);
  });

  it('colours provinces in the national view only for years with province figures, moving to the nearest with a notice', () => {
    const withValues = (s: PageState): PageState => ({ ...s, base: { ...s.base!, bundle: { ...s.base!.bundle, values: { p0: { '2019': { '53': [23, 's'], '5303': [24, 's'] }, '2021': { '53': [20, 's'] }, '2025': { '5303': [20, 's'] } }, stunting: { '2018': { '5303': [40, 's'] } } } } } });
    const s = reducer(withValues(loaded()), { type: 'setLevel', level: 'provinsi' });
    expect([s.url.level, s.url.year, s.urlFrom]).toEqual(['provinsi', 2021, 'user']);
    expect(s.yearNotice).toEqual({ indicator: 'p0', from: 2025, to: 2021, level: 'provinsi' });
    // A selected region shows its kabupaten/kota: any year, the level kept for the way back.
    const region = reducer(reducer(s, { type: 'selectRegion', kode: '53' }), { type: 'setYear', year: 2025 });
    expect([region.url.level, region.url.year]).toEqual(['provinsi', 2025]);
    expect(reducer(region, { type: 'resetView' }).url.year).toBe(2021);
    // An indicator without province figures goes back to kabupaten/kota, and says so.
    const stunting = reducer(s, { type: 'setIndicator', indicator: 'stunting' });
    expect([stunting.url.level, stunting.levelNotice]).toEqual(['kabupaten', 'stunting']);
    // The change view between province years only.
    const ch = reducer(s, { type: 'setMode', mode: 'change' });
    expect([ch.url.mode, ch.url.from, ch.url.year]).toEqual(['change', 2019, 2021]);
  });

  it('colours kabupaten/kota only in years with their figures: a province-only year (P0 2015) moves to the nearest with a notice, also as the change view\'s first year', () => {
    const withValues = (s: PageState): PageState => ({ ...s, base: { ...s.base!, years: new Map([['p0', [2015, 2019, 2025]]]), bundle: { ...s.base!.bundle, values: { p0: { '2015': { '53': [22.61, 's'] }, '2019': { '53': [21.09, 's'], '5303': [23.03, 's'] }, '2025': { '53': [18.6, 's'], '5303': [20.32, 's'] } } } } } });
    const s = reducer(withValues(loaded({ region: '53' })), { type: 'setYear', year: 2015 });
    expect([s.url.level, s.url.year]).toEqual(['kabupaten', 2019]);
    expect(s.yearNotice).toEqual({ indicator: 'p0', from: 2015, to: 2019, level: 'kabupaten' });
    const ch = reducer(withValues(loaded()), { type: 'setMode', mode: 'change' });
    expect([ch.url.from, ch.url.year]).toEqual([2019, 2025]);
  });

  it('moves to the nearest year of an indicator without the shown year, with a notice', () => {
    const s = reducer(loaded({ indicator: 'stunting', year: 2018 }), { type: 'setIndicator', indicator: 'p0' });
    expect(s.url.year).toBe(2019);
    expect(s.yearNotice).toEqual({ indicator: 'p0', from: 2018, to: 2019 });
    expect(reducer(s, { type: 'dismissYearNotice' }).yearNotice).toBeNull();
    expect(reducer(loaded({ year: 2021 }), { type: 'setIndicator', indicator: 'p0' }).yearNotice).toBeNull();
  });

  it('turns "same classes for all years" on when the user moves between years, unless turned off', () => {
    const s = reducer(loaded({ year: 2021 }), { type: 'setYear', year: 2025 });
    expect(s.url.pooled).toBe(true);
    const off = reducer(loaded({ year: 2021 }), { type: 'setPooled', pooled: false });
    expect(reducer(off, { type: 'setYear', year: 2025 }).url.pooled).toBe(false);
  });

  it('opens the change view from the earliest year, and keeps from ≠ to', () => {
    const s = reducer(loaded({ year: 2025 }), { type: 'setMode', mode: 'change' });
    expect([s.url.mode, s.url.from, s.url.year]).toEqual(['change', 2019, 2025]);
    const swapped = reducer(s, { type: 'setYear', year: 2019 });
    expect([swapped.url.from, swapped.url.year]).toEqual([2025, 2019]);
    const back = reducer(s, { type: 'setMode', mode: 'choropleth' });
    expect([back.url.mode, back.url.from]).toEqual(['choropleth', undefined]);
    // An indicator with one year cannot show a change: back to the choropleth.
    const single = reducer(s, { type: 'setIndicator', indicator: 'stunting' });
    expect([single.url.mode, single.url.year]).toEqual(['choropleth', 2018]);
  });
});
