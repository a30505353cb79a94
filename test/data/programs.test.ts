/**
 * Program loci and the gap finder on the real data: data/programs/program_loci.csv placed in the
 * region registry of public/data (`npm run data`), with public/data/indicators.json for the gaps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage, typesOf } from '../../src/lib/programs/coverage.ts';
import { importPrograms } from '../../src/lib/programs/import-programs.ts';
import { indexLoci } from '../../src/lib/programs/index-loci.ts';
import { programsInRegion } from '../../src/lib/programs/programs-in-region.ts';
import { findGaps } from '../../src/lib/programs/find-gaps.ts';
import { prepareGapFlags } from '../../src/lib/programs/gap-flags.ts';
import { gapHotspotsFromBundle } from '../../src/lib/programs/gap-hotspots.ts';
import type { IndicatorBundle } from '../../src/lib/indicators/types.ts';
import { readRegionLookup, readUnplacedCodes } from '../../scripts/programs.ts';

const root = new URL('../..', import.meta.url).pathname;
const realData = join(root, 'public/data');

describe('programs on the real data (public/data from npm run data)', () => {
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

describe('gap finder on the real data (2025)', () => {
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
