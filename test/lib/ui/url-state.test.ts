import { describe, expect, it } from 'vitest';
import { parseUrlState, sameExceptView, serialiseUrlState, type UrlContext } from '../../../src/lib/ui/url-state.ts';

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

  it('gives the change view the earliest other year when from= is missing or wrong, and names a wrong one', () => {
    expect(parseUrlState('?mode=change', context()).state.from).toBe(2019);
    const { state, notices } = parseUrlState('?mode=change&from=2025', context());
    expect(state.from).toBe(2019);
    expect(notices).toEqual([{ param: 'from', value: '2025' }]);
    expect(parseUrlState('?from=2019', context()).notices).toEqual([{ param: 'from', value: '2019' }]);
  });
});
