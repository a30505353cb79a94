/** The programs stage (scripts/programs.ts) on a synthetic registry; its real-data checks are in test/data/programs.test.ts. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/errors.ts';
import { lociFromGeojson } from '../../src/lib/programs/codec/loci-geojson.ts';
import { buildProgramsFrom, readRegionLookup } from '../../scripts/programs.ts';
import { square, syntheticLookup } from '../lib/programs/helpers.ts';

const fixture = (name: string) => new URL(`../fixtures/programs/${name}`, import.meta.url).pathname;

/** A public/data folder in a temp dir holding the synthetic registry and one desa chunk. */
function syntheticPublicData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lokus-programs-'));
  mkdirSync(join(dir, 'regions'));
  mkdirSync(join(dir, 'boundaries/desa'), { recursive: true });
  const lookup = syntheticLookup();
  for (const [level, cols] of Object.entries(lookup.levels)) writeFileSync(join(dir, 'regions', `${level}.json`), JSON.stringify(cols));
  const desa = [['5303121006', square(123.6, -10.3)], ['5303121005', square(123.7, -10.3)]] as const;
  const fc: FeatureCollection = { type: 'FeatureCollection', features: desa.map(([id, geometry]) => ({ type: 'Feature', id, properties: {}, geometry })) };
  const topo = topology({ desa: fc });
  writeFileSync(join(dir, 'boundaries/desa/5303.topo.json'), JSON.stringify(topo));
  return dir;
}

async function build(input: string) {
  const dir = syntheticPublicData();
  const log: string[] = [];
  await buildProgramsFrom({ input: fixture(input), codeScheme: 'auto', publicDataDir: dir, log: (m) => log.push(m) });
  return { dir, log };
}

describe('programs stage (synthetic registry)', () => {
  it('writes programs.geojson and programs.csv for a valid file and reports placement by level', async () => {
    const { dir, log } = await build('synthetic-programs-semicolon.csv');
    const loci = lociFromGeojson(JSON.parse(readFileSync(join(dir, 'programs.geojson'), 'utf8')));
    expect(loci.map((p) => [p.id, p.locatedBy, p.level])).toEqual([['S001', 'region', 'desa'], ['S002', 'region', 'desa'], ['S003', 'region', 'kabupaten'], ['S004', 'region', 'provinsi']]);
    const csv = readFileSync(join(dir, 'programs.csv'), 'utf8');
    expect(csv.startsWith('\ufeffid,name,program,ministry,intervention_type,years')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(6);
    expect(log[0]).toMatch(/4\/4 rows valid; 4 located by region code \(1 provinsi, 1 kabupaten, 0 kecamatan, 2 desa\), 0 by coordinates/);
  });

  it('assigns coordinate rows by point-in-polygon over the desa chunks, offshore ones to the nearest desa', async () => {
    const { dir, log } = await build('synthetic-programs-decimal-comma.csv');
    const loci = lociFromGeojson(JSON.parse(readFileSync(join(dir, 'programs.geojson'), 'utf8')));
    expect(loci.map((p) => [p.id, p.desa, p.offshoreKm !== undefined])).toEqual([['S001', '5303121006', false], ['S002', '5303121005', true]]);
    expect(log.join('\n')).toMatch(/warn .*row 3.*placed in the nearest region Tetangga/);
  });

  it('fails the build on a shipped file with a swapped row', async () => {
    await expect(build('programs-latlon-swapped.csv')).rejects.toThrow(DataError);
    await expect(build('programs-latlon-swapped.csv')).rejects.toThrow(/programs-latlon-swapped\.csv: 1 of 2 rows have errors:\n.*row 3, column "lat".*swapped/);
  });

  it('fails the build on an unknown code', async () => {
    await expect(build('synthetic-programs-unknown-code.csv')).rejects.toThrow(/row 3, column "admin_code": value "53\.01\.99\.9999" is not in the region registry/);
  });

  it('fails on a file with a header only', async () => {
    const dir = syntheticPublicData();
    const input = join(dir, 'empty.csv');
    writeFileSync(input, 'id,name,program,ministry,intervention_type,admin_code\n');
    await expect(buildProgramsFrom({ input, codeScheme: 'auto', publicDataDir: dir, log: () => {} })).rejects.toThrow(/empty\.csv: no program rows/);
  });

  it('fails with a clear message when the registry is missing', async () => {
    await expect(readRegionLookup(mkdtempSync(join(tmpdir(), 'lokus-empty-')))).rejects.toThrow(/region registry missing; run the boundary stage first/);
  });
});
