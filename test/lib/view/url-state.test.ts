import { describe, expect, it } from 'vitest';
import { parseUrlState, sameExceptView, serialiseUrlState, type UrlContext } from '../../../src/lib/view/url-state.ts';
import { embedDefaults, showsPrograms } from '../../../src/lib/embed/embed-options.ts';

const context = (): UrlContext => ({
  defaults: { indicator: 'p0', year: 2025, lang: 'id' },
  years: new Map([
    ['p0', [2019, 2021, 2025]],
    ['p1', [2019, 2024]],
  ]),
  kemendagriToBps: (k) => ({ '53.01': '5303' })[k],
  regionExists: (k) => ['53', '5303', '5303121006'].includes(k),
});

describe('parseUrlState', () => {
  it('gives the defaults for an empty query', () => {
    const { state, notices } = parseUrlState('', context());
    expect(state).toMatchObject({ indicator: 'p0', year: 2025, region: '', lang: 'id', embed: false, view: null });
    expect(notices).toEqual([]);
  });

  it('reads indicator, year, region and lang', () => {
    const { state } = parseUrlState('?indicator=p1&year=2019&region=5303&lang=en', context());
    expect(state).toMatchObject({ indicator: 'p1', year: 2019, region: '5303', lang: 'en' });
  });

  it('reads and writes the provinsi level of the national view (level=provinsi), naming a bad value', () => {
    expect(parseUrlState('', context()).state.level).toBe('kabupaten');
    const { state } = parseUrlState('?level=provinsi&year=2021', context());
    expect(state.level).toBe('provinsi');
    expect(serialiseUrlState(state, context().defaults)).toBe('?year=2021&level=provinsi');
    expect(parseUrlState('?level=desa', context()).notices).toEqual([{ param: 'level', value: 'desa' }]);
  });

  it('accepts a Kemendagri code with dots as region', () => {
    expect(parseUrlState('?region=53.01', context()).state.region).toBe('5303');
  });

  it('falls back to defaults for invalid values and names each one', () => {
    const { state, notices } = parseUrlState('?indicator=zz&year=1990&region=abc&lang=fr', context());
    expect(state).toMatchObject({ indicator: 'p0', year: 2025, region: '', lang: 'id' });
    expect(notices.map((n) => n.param).sort()).toEqual(['indicator', 'lang', 'region', 'year']);
  });

  it('uses the latest year of a non-default indicator when no year is given', () => {
    expect(parseUrlState('?indicator=p1', context()).state.year).toBe(2024);
  });

  it('opens an old shared region key at its new key, and at its parent with a notice when it had no match (synthetic alias table)', async () => {
    const { buildOldCodeAliases, resolveOldCode } = await import('../../../src/lib/regions/old-code-alias.ts');
    const aliases = buildOldCodeAliases([{ kodeBps: '5303121', kodeKemendagri: '53.01.24' }, { kodeBps: '5303121006', kodeKemendagri: '53.01.24.2002' }]);
    const ctx: UrlContext = { ...context(), regionExists: (k) => ['53', '5303', '53.01.24', '53.01.24.2002'].includes(k), oldRegion: (k) => resolveOldCode(k, aliases) };
    expect(parseUrlState('?region=5303121006', ctx)).toMatchObject({ state: { region: '53.01.24.2002' }, notices: [] });
    expect(parseUrlState('?region=5303121099', ctx)).toMatchObject({ state: { region: '53.01.24' }, notices: [{ param: 'regionParent', value: '5303121099' }] });
    expect(parseUrlState('?region=5399', ctx).notices).toEqual([{ param: 'region', value: '5399' }]);
  });

  it('opens the target of an old code through its Kemendagri alias while kecamatan and desa keep BPS keys (synthetic)', () => {
    const ctx: UrlContext = { ...context(), kemendagriToBps: (k) => ({ '53.01.24.2002': '5303121006' })[k], regionExists: (k) => ['53', '5303', '5303121006'].includes(k), oldRegion: (k) => (k === '5303129001' ? { code: '53.01.24.2002', how: 'alias' } : undefined) };
    expect(parseUrlState('?region=5303129001', ctx)).toMatchObject({ state: { region: '5303121006' }, notices: [] });
  });

  it('opens a dotted kecamatan or desa key, and never reads a BPS desa code as one (synthetic keys)', () => {
    const ctx: UrlContext = { ...context(), kemendagriToBps: (k) => ({ '53.01': '5303', '53.01.24.2002': '53.01.24.2002' })[k], regionExists: (k) => ['53', '5303', '53.01.24', '53.01.24.2002'].includes(k) };
    expect(parseUrlState('?region=53.01.24.2002', ctx)).toMatchObject({ state: { region: '53.01.24.2002' }, notices: [] });
    expect(parseUrlState('?region=53.01.24', ctx)).toMatchObject({ state: { region: '53.01.24' }, notices: [] });
    expect(parseUrlState('?region=53.01', ctx).state.region).toBe('5303');
    // The same digits without dots are a BPS code: not this desa.
    expect(parseUrlState('?region=5301242002', ctx)).toMatchObject({ state: { region: '' }, notices: [{ param: 'region', value: '5301242002' }] });
  });

  it('rejects a region code that does not exist', () => {
    expect(parseUrlState('?region=5399', context()).notices).toEqual([{ param: 'region', value: '5399' }]);
  });

  it('reads embed=1 as reserved embed mode', () => {
    expect(parseUrlState('?embed=1', context()).state.embed).toBe(true);
  });

  it('reads the bivariate mode and reports an unknown one', () => {
    expect(parseUrlState('?mode=bivariate', context()).state.mode).toBe('bivariate');
    const { state, notices } = parseUrlState('?mode=pie', context());
    expect(state.mode).toBe('choropleth');
    expect(notices).toEqual([{ param: 'mode', value: 'pie' }]);
  });
});

describe('serialiseUrlState', () => {
  it('writes nothing for the default view', () => {
    const { state } = parseUrlState('', context());
    expect(serialiseUrlState(state, context().defaults)).toBe('');
  });

  it('round-trips a non-default view', () => {
    const query = '?indicator=p1&year=2019&region=5303121006&lang=en&mode=bivariate';
    const { state } = parseUrlState(query, context());
    expect(parseUrlState(serialiseUrlState(state, context().defaults), context()).state).toEqual(state);
  });
});

describe('sameExceptView', () => {
  it('ignores the camera, wherever it sits in the query', () => {
    expect(sameExceptView('?view=1,2,3&region=5303', '?region=5303')).toBe(true);
  });

  it('sees a change of region', () => {
    expect(sameExceptView('?region=5303&view=1,2,3', '?region=5371&view=1,2,3')).toBe(false);
  });

  it('reads the change view (from=) and shared classes (pool=), and writes them back', () => {
    const { state, notices } = parseUrlState('?mode=change&from=2019&year=2025&pool=1', context());
    expect([state.mode, state.from, state.pooled, notices]).toEqual(['change', 2019, true, []]);
    expect(serialiseUrlState(state, context().defaults)).toBe('?mode=change&from=2019&pool=1');
    expect(parseUrlState('?pool=0', context()).state.pooled).toBe(false);
    expect(parseUrlState('', context()).state.pooled).toBeUndefined();
  });

  it('reads classes for the region shown (scope=region) and writes them back; names an unknown scope', () => {
    const { state, notices } = parseUrlState('?region=53&scope=region', context());
    expect([state.scope, notices]).toEqual(['region', []]);
    expect(serialiseUrlState(state, context().defaults)).toBe('?region=53&scope=region');
    expect(parseUrlState('?region=53', context()).state.scope).toBeUndefined();
    expect(parseUrlState('?region=53&scope=national', context()).state.scope).toBeUndefined();
    expect(parseUrlState('?scope=ntt', context()).notices).toEqual([{ param: 'scope', value: 'ntt' }]);
  });

  it('gives the change view the earliest other year when from= is missing or wrong, and names a wrong one', () => {
    expect(parseUrlState('?mode=change', context()).state.from).toBe(2019);
    const { state, notices } = parseUrlState('?mode=change&from=2025', context());
    expect(state.from).toBe(2019);
    expect(notices).toEqual([{ param: 'from', value: '2025' }]);
    expect(parseUrlState('?from=2019', context()).notices).toEqual([{ param: 'from', value: '2019' }]);
  });
});

describe('embed options', () => {
  it('are the defaults outside an embed, whatever the URL says', () => {
    const { state, notices } = parseUrlState('?title=x&theme=pink', context());
    expect(state.embedOptions).toEqual(embedDefaults);
    expect(notices).toEqual([]);
  });

  it('reads title, subtitle, controls, panel, programs, theme and ids', () => {
    const { state, notices } = parseUrlState('?embed=1&title=%3Cb%3EHi%3C%2Fb%3E&subtitle=Sub&controls=year,indicator&panel=1&programs=1&theme=dark&id=ntt-1&childId=c_2', context());
    expect(notices).toEqual([]);
    expect(state.embedOptions).toEqual({ title: '<b>Hi</b>', subtitle: 'Sub', controls: ['year', 'indicator'], panel: true, drill: false, programs: true, theme: 'dark', id: 'ntt-1', childId: 'c_2' });
  });

  it('reports unknown values and keeps the usable part', () => {
    const { state, notices } = parseUrlState('?embed=1&controls=year,search&panel=yes&theme=pink&id=a%20b', context());
    expect(state.embedOptions).toMatchObject({ controls: ['year'], panel: false, theme: 'light', id: '' });
    expect(notices.map((n) => n.param).sort()).toEqual(['controls', 'id', 'panel', 'theme']);
  });

  it('cuts a title longer than 200 characters and says so (to the page, which tells no embed reader)', () => {
    const { state, notices } = parseUrlState(`?embed=1&title=${'a'.repeat(250)}`, context());
    expect(state.embedOptions.title).toHaveLength(200);
    expect(state.embedOptions.title.endsWith('…')).toBe(true);
    expect(notices).toEqual([{ param: 'title', value: 'a'.repeat(250) }]);
  });

  it('cuts a long title at a word, with an ellipsis', () => {
    const words = Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' ');
    const { state } = parseUrlState(`?embed=1&title=${encodeURIComponent(words)}`, context());
    const title = state.embedOptions.title;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title).toMatch(/ kata\d+…$/);
    expect(words.startsWith(title.slice(0, -1))).toBe(true);
    expect(words[title.length - 1]).toBe(' ');
  });

  it('reads drill=1 (a tap goes one level down) and writes it back; without it a tap only names the region', () => {
    expect(parseUrlState('?embed=1', context()).state.embedOptions.drill).toBe(false);
    const { state, notices } = parseUrlState('?embed=1&region=53&drill=1', context());
    expect([state.embedOptions.drill, notices]).toEqual([true, []]);
    expect(serialiseUrlState(state, context().defaults)).toBe('?region=53&embed=1&drill=1');
    expect(parseUrlState('?embed=1&drill=yes', context()).notices.map((n) => n.param)).toEqual(['drill']);
  });

  it('shows program points in an embed only with programs=1; the full app always', () => {
    expect(showsPrograms(parseUrlState('?embed=1', context()).state)).toBe(false);
    expect(showsPrograms(parseUrlState('?embed=1&programs=1', context()).state)).toBe(true);
    expect(showsPrograms(parseUrlState('', context()).state)).toBe(true);
  });

  it('round-trips through serialiseUrlState, leaving defaults out', () => {
    const d = context().defaults;
    const { state } = parseUrlState('?embed=1&region=5303&controls=indicator&programs=1&childId=c1', context());
    const q = serialiseUrlState(state, d);
    expect(q).toBe('?region=5303&embed=1&controls=indicator&programs=1&childId=c1');
    expect(parseUrlState(q, context()).state).toEqual(state);
  });
});
