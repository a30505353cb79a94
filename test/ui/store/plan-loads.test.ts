import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/ui/store/actions.ts';
import { initialState, type PageState } from '../../../src/ui/store/page-state.ts';
import { planLoads } from '../../../src/ui/store/plan-loads.ts';
import { reducer } from '../../../src/ui/store/reducer.ts';
import { requestKey } from '../../../src/ui/store/request.ts';
import { kecamatan53, loadedPage, url } from '../map/map-fixture.ts';
import { syntheticDottedColumns } from '../../lib/regions/synthetic-dotted.ts';

const keys = (s: PageState) => planLoads(s).map(requestKey);
const run = (s: PageState, ...actions: Action[]) => actions.reduce(reducer, s);
const failure = { kind: 'network' as const, file: 'x', detail: 'Failed to fetch' };

describe('planLoads', () => {
  it('asks for the first view once: not again while it loads, again after a failure only on retry', () => {
    const s = initialState('id', url());
    expect(keys(s)).toEqual(['firstView']);
    const loading = run(s, { type: 'requestStarted', key: 'firstView' });
    expect(keys(loading)).toEqual([]);
    const failed = run(loading, { type: 'firstViewFailed', problem: failure });
    expect([keys(failed), keys(run(failed, { type: 'retry' }))]).toEqual([[], ['firstView']]);
  });

  it('asks for nothing more on the national view than the shown indicator’s values', () => {
    expect(keys(loadedPage())).toEqual(['indicator:p0']);
  });

  it('asks for a selected kabupaten’s chunk, its kecamatan rows and every indicator, each once', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '5303' });
    expect(keys(s)).toEqual(['chunk:kecamatan-53', 'level:kecamatan', 'indicator:p0']);
    const asked = run(s, { type: 'chunkRequested', id: 'kecamatan-53' }, { type: 'requestStarted', key: 'level:kecamatan' }, { type: 'requestStarted', key: 'indicator:p0' });
    expect(keys(asked)).toEqual([]);
    expect(keys(run(asked, { type: 'chunkLoaded', id: 'kecamatan-53', features: kecamatan53 }))).toEqual([]);
  });

  it('asks for a desa’s chunks and both lower levels', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '5303010001' });
    expect(keys(s)).toEqual(['chunk:kecamatan-53', 'chunk:desa-5303', 'level:kecamatan', 'level:desa', 'indicator:p0']);
  });

  it('asks for a dotted desa’s rows first, then its chunks named by its kabupaten’s BPS code (synthetic table)', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '53.01.24.2002' });
    // Its kabupaten is in the kecamatan rows (53.01.24 lies in 5303): no chunk can be named yet.
    expect(keys(s)).toEqual(['level:kecamatan', 'level:desa', 'indicator:p0']);
    const cols = syntheticDottedColumns();
    const loaded = run(s, { type: 'levelLoaded', level: 'kecamatan', columns: cols.kecamatan }, { type: 'levelLoaded', level: 'desa', columns: cols.desa });
    expect(keys(loaded)).toEqual(['chunk:kecamatan-53', 'chunk:desa-5303', 'indicator:p0']);
  });

  it('asks for kecamatan and desa rows when the gap table goes below kabupaten', () => {
    const s = run(loadedPage(), { type: 'setGapOptions', options: { level: 'desa' } }, { type: 'requestStarted', key: 'indicator:p0' });
    expect(keys(s)).toEqual(['level:kecamatan', 'level:desa']);
  });

  it('asks for the desa IDM score and status (desa-only figures) only while the gap tab lists desa', () => {
    // Synthetic catalogue entries: IDM is desa-only.
    const page = loadedPage();
    const desaOnly = (id: string) => ({ id, label: { id, en: id }, unit: { id: '', en: '' }, definition: { id: '', en: '' }, publisher: 'x', direction: 'higher-is-better' as const, decimals: 2, levels: ['desa' as const] });
    const withIdm: PageState = { ...page, base: { ...page.base!, bundle: { ...page.base!.bundle, catalogue: ['idm', 'idm_status', 'idm_iks'].map(desaOnly) }, years: new Map([['p0', [2025]], ['idm', [2024]], ['idm_status', [2024]], ['idm_iks', [2024]]]) } };
    const gapsTab = run(withIdm, { type: 'setTab', tab: 'gaps' }, { type: 'requestStarted', key: 'indicator:p0' });
    expect(keys(gapsTab)).toEqual([]);
    expect(keys(run(gapsTab, { type: 'setGapOptions', options: { level: 'desa' } }))).toEqual(['level:kecamatan', 'level:desa', 'indicator:idm', 'indicator:idm_status']);
  });

  it('a failed chunk is asked for again after retry, or once the user picks another region', () => {
    const s = run(loadedPage(), { type: 'selectRegion', kode: '53' }, { type: 'chunkRequested', id: 'kecamatan-53' }, { type: 'chunkFailed', id: 'kecamatan-53', region: '53', problem: failure });
    expect(keys(s).filter((k) => k.startsWith('chunk'))).toEqual([]);
    expect(keys(run(s, { type: 'retry' })).filter((k) => k.startsWith('chunk'))).toEqual(['chunk:kecamatan-53']);
    expect(keys(run(s, { type: 'selectRegion', kode: '5303' })).filter((k) => k.startsWith('chunk'))).toEqual(['chunk:kecamatan-53']);
  });

  it('keeps each request’s status in the store: loading, done, failed', () => {
    const s = run(loadedPage(), { type: 'requestStarted', key: 'indicator:p0' });
    expect(s.requests.get('indicator:p0')).toBe('loading');
    const failed = run(s, { type: 'indicatorFailed', id: 'p0', problem: failure });
    expect([failed.requests.get('indicator:p0'), failed.problems]).toEqual(['failed', [failure]]);
    expect(run(s, { type: 'indicatorLoaded', id: 'p0', values: {} }).requests.get('indicator:p0')).toBe('done');
  });
});
