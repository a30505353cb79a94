/** The indicator stage (scripts/indicators.ts) on synthetic fixtures; its real-data checks are in test/data/indicators.test.ts. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndicators } from '../../scripts/indicators.ts';
import { DataError } from '../../src/lib/errors.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';

const fixtures = fileURLToPath(new URL('../fixtures/indicators/', import.meta.url));
const tmpDirs: string[] = [];
afterAll(async () => Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true }))));

async function run(regionsCsv: string, statsDir?: string): Promise<{ out: string; log: string[]; bundle: IndicatorBundle; csv: string }> {
  const out = await mkdtemp(join(tmpdir(), 'lokus-indicators-'));
  tmpDirs.push(out);
  const log: string[] = [];
  await buildIndicators({ regionsCsv, outDir: out, log: (m) => log.push(m), statsDir });
  return { out, log, bundle: JSON.parse(await readFile(join(out, 'indicators.json'), 'utf8')), csv: await readFile(join(out, 'indicators.csv'), 'utf8') };
}

describe('indicator pipeline on synthetic fixtures', () => {
  const synthetic = () => run(join(fixtures, 'synthetic-regions.csv'), join(fixtures, 'synthetic-stats'));

  it('writes indicators.csv as in the reviewed golden file', async () => {
    await expect((await synthetic()).csv).toMatchFileSnapshot(join(fixtures, 'golden/synthetic-indicators.csv'));
  });

  it('joins an imported BPS table, province row included', async () => {
    const { bundle } = await synthetic();
    expect(bundle.values.p0['2026']).toEqual({ '53': [18.1, 'SYN_BPS_2026'], '5303': [19, 'SYN_BPS_2026'], '5371': [7.9, 'SYN_BPS_2026'], '5316': [28.7, 'SYN_BPS_2026'] });
  });

  it('reports what it could not join, on both sides', async () => {
    const text = (await synthetic()).log.join('\n');
    expect(text).toMatch(/p0 2025: 6\/16 kabupaten\/kota joined/);
    expect(text).toMatch(/1206 Kabupaten Toba: no p0 2025 row for Kemendagri code 12\.12/);
    expect(text).toMatch(/not joined: poverty_kabupaten\.csv row 10 \(99\.01\): no kabupaten with Kemendagri code 99\.01/);
    expect(text).toMatch(/pre-2022 boundaries/);
    expect(text).toMatch(/synthetic-p0-2026\.csv: 3\/16 kabupaten\/kota matched, 3\/3 rows used/);
  });

  it('keeps both variants of a disputed priority entry', async () => {
    const { bundle } = await synthetic();
    expect(bundle.priority['5304'][0].status).toBe('disputed');
    expect(bundle.priority['5320'][0].status).toBe('disputed');
    expect(bundle.priority['5316'][0].status).toBe('listed');
  });

  it('stops on a bad number, naming file, row, column and value', async () => {
    const stats = await mkdtemp(join(tmpdir(), 'lokus-stats-'));
    tmpDirs.push(stats);
    await cp(join(fixtures, 'synthetic-stats'), stats, { recursive: true });
    await writeFile(join(stats, 'poverty_kabupaten.csv'), 'code,province_code,name,year,p0_percent,poor_thousands,p1,p2,source_id\n53.01,53,Kabupaten Kupang,2025,19;5,,,,SYN_KAB_2025(p0)\n');
    const err = run(join(fixtures, 'synthetic-regions.csv'), stats);
    await expect(err).rejects.toThrow(DataError);
    await expect(err).rejects.toThrow('poverty_kabupaten.csv row 2, column "p0_percent": "19;5" is not a number');
  });

  it('stops when a listed BPS table has an ambiguous name', async () => {
    const stats = await mkdtemp(join(tmpdir(), 'lokus-stats-'));
    tmpDirs.push(stats);
    await cp(join(fixtures, 'synthetic-stats'), stats, { recursive: true });
    await writeFile(join(stats, 'bps', 'synthetic-p0-2026.csv'), 'Kabupaten/Kota;2026\nKota Kupang;7,9\nBandung;6,0\n');
    await expect(run(join(fixtures, 'synthetic-regions.csv'), stats)).rejects.toThrow(/synthetic-p0-2026\.csv row 3: "Bandung" is ambiguous/);
  });
});
