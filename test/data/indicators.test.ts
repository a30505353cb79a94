/**
 * The indicator stage (scripts/indicators.ts) on the real tables in data/stats, joined to the region
 * registry public/data/regions.csv (`npm run data`; LOKUS_REGIONS_CSV=<file> reads another registry).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndicators } from '../../scripts/indicators.ts';
import { coverage } from '../../src/lib/indicators/coverage.ts';
import { parseRegionsCsv } from '../../src/lib/regions/regions-csv.ts';
import type { Region } from '../../src/lib/regions/region.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const registry = process.env.LOKUS_REGIONS_CSV ?? join(root, 'public/data/regions.csv');
let out: string | undefined;
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

/** Runs the stage into a temp folder (public/data is left as built). */
async function run(): Promise<{ bundle: IndicatorBundle; log: string[] }> {
  out = await mkdtemp(join(tmpdir(), 'lokus-indicators-'));
  const log: string[] = [];
  await buildIndicators({ regionsCsv: registry, outDir: out, log: (m) => log.push(m) });
  return { log, bundle: JSON.parse(await readFile(join(out, 'indicators.json'), 'utf8')) };
}

describe('indicator pipeline on the real tables', () => {
  let cached: Promise<{ bundle: IndicatorBundle; regions: Region[]; log: string[] }> | undefined;
  const real = () => (cached ??= (async () => {
    const r = await run();
    return { ...r, regions: parseRegionsCsv(await readFile(registry, 'utf8')) };
  })());
  const kabupaten = async () => (await real()).regions.filter((r) => r.level === 'kabupaten');
  const topP0 = async (year: number, province?: string) => {
    const { bundle } = await real();
    return (await kabupaten())
      .filter((k) => !province || k.parent === province)
      .flatMap((k) => (bundle.values.p0[String(year)]?.[k.kode] ? [{ kode: k.kode, p0: bundle.values.p0[String(year)][k.kode][0] }] : []))
      .sort((a, b) => b.p0 - a.p0)
      .slice(0, 5);
  };

  it('has 514 kabupaten/kota in the registry', async () => expect(await kabupaten()).toHaveLength(514));

  for (const year of [2025, 2021]) {
    it(`joins P0 ${year} to every kabupaten/kota that has a Kemendagri code, and gives a reason for any other`, async () => {
      const { bundle, regions } = await real();
      const c = coverage(bundle, regions, 'p0', year);
      expect(c.joined + c.missing.length).toBe(514);
      expect(c.missing.filter((m) => !m.reason.startsWith('no Kemendagri code'))).toEqual([]);
    });
  }

  it('gives a national P0 2025, weighted by population from real poor counts, within 0.2 points of BPS 8.47%', async () => {
    const { bundle } = await real();
    let poor = 0, population = 0;
    for (const [kode, [p0]] of Object.entries(bundle.values.p0['2025'])) {
      const count = bundle.values.poor_thousands['2025'][kode]?.[0];
      if (kode.length !== 4 || count === undefined) continue;
      poor += count;
      population += (count / p0) * 100; // thousand people; BPS publishes poor and P0, population follows
    }
    expect(Math.abs((poor / population) * 100 - 8.47)).toBeLessThan(0.2);
  });

  it('finds the five highest P0 of 2025 nationally, all in Papua', async () => {
    // Supiori, Intan Jaya, Deiyai, Puncak, Paniai (BPS 2020 codes).
    expect((await topP0(2025)).map((t) => `${t.kode} ${t.p0}`)).toEqual(['9427 42.56', '9435 39.21', '9436 37.29', '9433 36.94', '9410 36.31']);
  });

  it('finds the five highest P0 of 2025 in Nusa Tenggara Timur', async () => {
    // Sumba Tengah, Sabu Raijua, Sumba Barat, Sumba Barat Daya, Sumba Timur.
    expect((await topP0(2025, '53')).map((t) => `${t.kode} ${t.p0}`)).toEqual(['5316 29.23', '5320 27.18', '5301 26.47', '5317 25.66', '5302 25.64']);
  });

  it('confirms the issue: Sumba Tengah and Sabu Raijua are the two poorest NTT kabupaten in 2021', async () => {
    // Then Sumba Timur 29.68, Sumba Barat 28.39, Sumba Barat Daya 28.18.
    expect((await topP0(2021, '53')).slice(0, 2)).toEqual([{ kode: '5316', p0: 34.27 }, { kode: '5320', p0: 30.13 }]);
  });

  it('shows no province P0, since none is published in data/stats', async () => {
    const { bundle } = await real();
    expect(Object.values(bundle.values.p0).flatMap((y) => Object.keys(y)).filter((k) => k.length === 2)).toEqual([]);
  });

  it('flags 35 priority kabupaten of 2021 plus the disputed variant', async () => {
    const entries = Object.values((await real()).bundle.priority).flat().filter((p) => p.year === 2021);
    expect([entries.length, entries.filter((p) => p.status === 'disputed').length]).toEqual([36, 2]);
  });
});
