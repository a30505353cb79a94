import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/errors.ts';
import { computeCoverage, typesOf } from '../../src/lib/programs/coverage.ts';
import { importPrograms } from '../../src/lib/programs/import-programs.ts';
import { indexLoci } from '../../src/lib/programs/index-loci.ts';
import { lociFromGeojson } from '../../src/lib/programs/loci-geojson.ts';
import { programsInRegion } from '../../src/lib/programs/programs-in-region.ts';
import { findGaps } from '../../src/lib/programs/find-gaps.ts';
import { prepareGapFlags } from '../../src/lib/programs/gap-flags.ts';
import { gapHotspotsFromBundle } from '../../src/lib/programs/gap-hotspots.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';
import { buildProgramsFrom, readRegionLookup, readUnplacedCodes } from '../../scripts/programs.ts';
import { square, syntheticLookup } from '../lib/programs/helpers.ts';

const fixture = (name: string) => new URL(`../fixtures/programs/${name}`, import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
const realData = join(root, 'public/data');
const hasRealData = existsSync(join(realData, 'regions/desa.json')) && existsSync(join(realData, 'boundaries/desa'));

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

describe.skipIf(!hasRealData)('programs on the real data (public/data from npm run data)', () => {
  async function realImport() {
    const lookup = await readRegionLookup(realData);
    const unplacedCodes = await readUnplacedCodes(join(root, 'data/crosswalk/unmatched.csv'));
    const text = readFileSync(join(root, 'data/programs/program_loci.csv'), 'utf8');
    return { lookup, result: importPrograms(text, 'program_loci.csv', lookup, { codeScheme: 'kemendagri', unplacedCodes, mode: 'strict' }) };
  }

  it('places all 48 shipped loci by region code, the Baumata four in Desa Baumata (BPS 5303121006)', async () => {
    const { result } = await realImport();
    expect(result.loci).toHaveLength(48);
    expect(result.loci.every((p) => p.locatedBy === 'region')).toBe(true);
    expect(result.loci.filter((p) => p.desa === '5303121006').map((p) => p.id)).toEqual(['PL001', 'PL002', 'PL003', 'PL004']);
  });

  it('gives Desa Baumata convergence 2: skills training and land reform', async () => {
    const { lookup, result } = await realImport();
    const c = computeCoverage(lookup, indexLoci(result.loci, lookup));
    const r = lookup.byBps.desa.get('5303121006')!;
    expect([c.desa.count[r], c.desa.convergence[r], typesOf(c.desa.types[r])]).toEqual([4, 2, ['skills_training', 'land_reform']]);
  });

  it('shows Kab. Kupang\'s BLK Komunitas and the two NTT-wide Kemnaker programs as area-wide for Baumata', async () => {
    const { lookup, result } = await realImport();
    const { areaWide } = programsInRegion(lookup, indexLoci(result.loci, lookup), result.loci, 'desa', '5303121006');
    expect(areaWide.map((p) => p.id).sort()).toEqual(['PL009', 'PL010', 'PL013']);
  });
});

const hasIndicators = hasRealData && existsSync(join(realData, 'indicators.json'));

describe.skipIf(!hasIndicators)('gap finder on the real data (2025)', () => {
  async function realGaps(options: Parameters<typeof findGaps>[3] = {}) {
    const lookup = await readRegionLookup(realData);
    const bundle = JSON.parse(readFileSync(join(realData, 'indicators.json'), 'utf8')) as IndicatorBundle;
    const text = readFileSync(join(root, 'data/programs/program_loci.csv'), 'utf8');
    const { loci } = importPrograms(text, 'program_loci.csv', lookup, { codeScheme: 'kemendagri', unplacedCodes: await readUnplacedCodes(join(root, 'data/crosswalk/unmatched.csv')) });
    const kab = lookup.levels.kabupaten;
    const regions = kab.kode.map((kode, i) => ({ kode, coastal: lookup.coastal.kabupaten[i] === 1 }));
    const flags = prepareGapFlags(lookup, gapHotspotsFromBundle(bundle, regions, 2025));
    return findGaps(lookup, computeCoverage(lookup, indexLoci(loci, lookup)), flags, options);
  }

  it('lists uncovered coastal or farming poverty hotspots with reasons, most poor first', async () => {
    const { rows, total } = await realGaps();
    expect(total).toBeGreaterThan(0);
    for (const g of rows) {
      expect(g.loci).toBe(0);
      expect(g.coastal || g.farming).toBe(true);
      expect(g.reasons.length).toBeGreaterThanOrEqual(3);
    }
    expect(rows.map((g) => g.poor ?? -1)).toEqual([...rows.map((g) => g.poor ?? -1)].sort((a, b) => b - a));
  });

  it('leaves Kab. Kupang out (its desa Baumata has programs) but lists uncovered NTT hotspots such as Sabu Raijua', async () => {
    const ntt = (await realGaps({ within: '53' })).rows.map((g) => g.name);
    expect(ntt).not.toContain('Kabupaten Kupang');
    expect(ntt).toContain('Kabupaten Sabu Raijua');
  });
});
