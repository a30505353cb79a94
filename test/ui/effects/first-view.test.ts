// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_LAYOUT } from '../../../src/lib/data-layout.ts';
import { createDataSource } from '../../../src/load/data-source.ts';
import { loadFirstView } from '../../../src/ui/effects/first-view.ts';

// The data source resolves its base against document.baseURI; a minimal stand-in for Node.
(globalThis as { document?: { baseURI: string } }).document ??= { baseURI: 'http://lokus.test/app/' };
(globalThis as { performance: Performance }).performance.mark ??= () => undefined as never;

const SITE = join(import.meta.dirname, '../../fixtures/site/synthetic/data');

/** Region rows in the file shape of `regions/{level}.json`. */
const rows = (list: [kode: string, kemendagri: string, name: string, parent: string][]) => ({
  kode: list.map((r) => r[0]),
  kemendagri: list.map((r) => r[1]),
  name: list.map((r) => r[2]),
  parent: list.map((r) => r[3]),
  coastal: list.map(() => 0),
  coastlineKm: list.map(() => 0),
  areaKm2: list.map(() => 1000),
  lon: list.map(() => 124.5),
  lat: list.map(() => -10.2),
});

/**
 * The SYNTHETIC site (keyed as after the switch to BIG boundaries: kecamatan and desa by dotted
 * Kemendagri codes, kabupaten by BPS codes) with an alias shard for Kabupaten Kupang (5303) in
 * which Baumata's real pair sits next to a SYNTHETIC old desa without a match.
 */
const BIG: Record<string, unknown> = {
  [DATA_LAYOUT.regions('kecamatan')]: rows([['53.01.24', '53.01.24', 'Taebenu', '5303'], ['53.01.01', '53.01.01', 'Kupang Barat', '5303']]),
  [DATA_LAYOUT.regions('desa')]: rows([['53.01.24.2002', '53.01.24.2002', 'Baumata', '53.01.24'], ['53.01.24.2001', '53.01.24.2001', 'Oeltua', '53.01.24']]),
  [DATA_LAYOUT.oldCodes('5303')]: { '5303121': '53.01.24', '5303121006': '53.01.24.2002', '5303121098': '', '5303130': '' },
};

/** A data folder from before the BIG boundaries: kecamatan and desa keyed by their BPS codes. */
const PRE_BIG: Record<string, unknown> = {
  [DATA_LAYOUT.regions('kecamatan')]: rows([['5303121', '53.01.24', 'Taebenu', '5303'], ['5303010', '53.01.01', 'Kupang Barat', '5303']]),
  [DATA_LAYOUT.regions('desa')]: rows([['5303121006', '53.01.24.2002', 'Baumata', '5303121'], ['5303121005', '53.01.24.2001', 'Oeltua', '5303121']]),
};

/** Override values: a file missing (HTTP 404), or a download that fails. */
const MISSING = Symbol('404'), OFFLINE = Symbol('network');

/** The synthetic site's files, `overrides` replacing some; records every path asked for. */
function site(overrides: Record<string, unknown> = {}) {
  const asked: string[] = [];
  const source = createDataSource('./data/', async (input) => {
    const path = String(input).replace('http://lokus.test/app/data/', '');
    asked.push(path);
    if (overrides[path] === OFFLINE) throw new TypeError('Failed to fetch');
    if (overrides[path] === MISSING) return new Response('', { status: 404, statusText: 'Not Found' });
    if (path in overrides) return new Response(JSON.stringify(overrides[path]));
    const body = await readFile(join(SITE, path), 'utf8').catch(() => undefined);
    return body === undefined ? new Response('', { status: 404, statusText: 'Not Found' }) : new Response(body);
  });
  return { source, asked };
}

const oldShards = (asked: string[]) => asked.filter((p) => p.startsWith(`${DATA_LAYOUT.oldCodesFolder}/`));

describe('loadFirstView with kecamatan and desa keyed by Kemendagri codes (SYNTHETIC)', () => {
  it('opens an old BPS desa code at its new key, fetching only its kabupaten shard', async () => {
    const { source, asked } = site(BIG);
    const first = await loadFirstView(source, '?region=5303121006');
    expect(first.url.region).toBe('53.01.24.2002');
    expect(first.notices).toEqual([]);
    expect(oldShards(asked)).toEqual(['old-codes/5303.json']);
  });

  it('opens an old BPS kecamatan code at its new key', async () => {
    const first = await loadFirstView(site(BIG).source, '?region=5303121&lang=en');
    expect([first.url.region, first.url.lang, first.notices]).toEqual(['53.01.24', 'en', []]);
  });

  it('opens an old desa without a match at its kecamatan, and one whose kecamatan had none at its kabupaten, saying so', async () => {
    expect(await loadFirstView(site(BIG).source, '?region=5303121098')).toMatchObject({ url: { region: '53.01.24' }, notices: [{ param: 'regionParent', value: '5303121098' }] });
    expect(await loadFirstView(site(BIG).source, '?region=5303130001')).toMatchObject({ url: { region: '5303' }, notices: [{ param: 'regionParent', value: '5303130001' }] });
  });

  it('sends an old code of a kabupaten without a shard to that kabupaten, and one of no kabupaten nowhere', async () => {
    expect(await loadFirstView(site({ ...BIG, [DATA_LAYOUT.oldCodes('5371')]: MISSING }).source, '?region=5371010')).toMatchObject({ url: { region: '5371' }, notices: [{ param: 'regionParent', value: '5371010' }] });
    expect(await loadFirstView(site(BIG).source, '?region=9999010')).toMatchObject({ url: { region: '' }, notices: [{ param: 'region', value: '9999010' }] });
  });

  it('never reads the Kemendagri digits of a desa as its key: 5301242002 is an old BPS code, not Baumata', async () => {
    const { source, asked } = site(BIG);
    const first = await loadFirstView(source, '?region=5301242002');
    expect(first.url.region).not.toBe('53.01.24.2002');
    expect(oldShards(asked)).toEqual(['old-codes/5301.json']);
  });

  it('leaves an old link as it is when its shard cannot be downloaded (the drill step then checks it)', async () => {
    const { source } = site({ ...BIG, [DATA_LAYOUT.oldCodes('5303')]: OFFLINE });
    expect((await loadFirstView(source, '?region=5303121006')).url.region).toBe('5303121006');
  });
});

describe('loadFirstView on a data folder keyed by BPS codes, and on the SYNTHETIC site as it is', () => {
  it('opens a BPS desa or kecamatan key of a data folder from before BIG without asking for any alias shard', async () => {
    const { source, asked } = site(PRE_BIG);
    expect((await loadFirstView(source, '?region=5303121006')).url.region).toBe('5303121006');
    expect((await loadFirstView(source, '?region=5303121')).url.region).toBe('5303121');
    expect(oldShards(asked)).toEqual([]);
  });

  it('opens a desa of Kemendagri\'s list without a polygon (SYNTHETIC 53.01.24.2099) at its kecamatan, naming it; another unknown desa code is not read so', async () => {
    const list = { [DATA_LAYOUT.searchNoPolygon]: { kode: ['53.01.24.2099'], name: ['Hilang Jaya'], parent: ['53.01.24'] } };
    const { source, asked } = site({ ...BIG, ...list });
    expect(await loadFirstView(source, '?region=53.01.24.2099')).toMatchObject({ url: { region: '53.01.24' }, notices: [{ param: 'regionNoPolygon', value: '53.01.24.2099', name: 'Hilang Jaya' }] });
    expect(asked).toContain(DATA_LAYOUT.searchNoPolygon);
    expect((await loadFirstView(site({ ...BIG, ...list }).source, '?region=53.01.24.2098')).notices.some((n) => n.param === 'regionNoPolygon')).toBe(false);
    // A desa with a polygon never asks for the list.
    const drawn = site({ ...BIG, ...list });
    expect((await loadFirstView(drawn.source, '?region=53.01.24.2002')).url.region).toBe('53.01.24.2002');
    expect(drawn.asked).not.toContain(DATA_LAYOUT.searchNoPolygon);
  });

  it('opens a kecamatan code that is no key at its kabupaten, saying so', async () => {
    const { source, asked } = site();
    expect(await loadFirstView(source, '?region=5303999')).toMatchObject({ url: { region: '5303' }, notices: [{ param: 'regionParent', value: '5303999' }] });
    expect(oldShards(asked)).toEqual(['old-codes/5303.json']);
  });
});
