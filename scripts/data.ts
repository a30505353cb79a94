/**
 * `npm run data`: build everything under public/data from the sources, skipping stages whose
 * inputs did not change. Flags: `--force` rebuilds all, `--quiet` prints only stage lines.
 * A DataError (bad input) prints its message without a stack and exits 1.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBoundaries } from './boundaries.ts';
import { buildIndicators } from './indicators.ts';
import { buildPrograms } from './programs.ts';
import { buildSearchIndexFiles } from './search-index.ts';
import { runStages, type Stage } from './stage.ts';
import { isMain, runCli } from './cli.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'public/data');

const LIB = ['src/lib/boundary', 'src/lib/crosswalk', 'src/lib/geo', 'src/lib/regions', 'src/lib/table', 'src/lib/names.ts', 'src/lib/types.ts'];

/** The pipeline's stages, in order. */
export function stages(log: (m: string) => void): Stage[] {
  return [
    {
      name: 'boundaries',
      inputs: ['node_modules/geojson-indonesia/package.json', 'node_modules/idn-area-data/package.json', 'node_modules/world-atlas/package.json', 'data/crosswalk/aliases.csv', 'data/crosswalk/provinsi_bps.csv', 'data/crosswalk/kabupaten_codes_bps_kemendagri.csv', 'scripts/boundaries.ts', 'scripts/crosswalk-files.ts', 'scripts/sources', ...LIB],
      outputs: ['regions.csv', 'boundaries/national.topo.json', 'regions/desa.json', 'basemap/countries.topo.json'],
      run: async () => void (await buildBoundaries({ root, outDir, log })),
    },
    {
      name: 'indicators',
      inputs: ['data/stats', 'scripts/indicators.ts', 'src/lib/indicators', 'src/lib/hotspot', 'src/lib/table', 'src/lib/names.ts'],
      // The stage writes data/stats/CONFLICTS.md (committed for review); it is an output, not an input.
      exclude: ['data/stats/CONFLICTS.md'],
      outputs: ['indicators.json', 'indicators.csv', 'indicators/index.json', 'indicators/sources.json'],
      run: () => buildIndicators({ regionsCsv: join(outDir, 'regions.csv'), outDir, log, conflictsReport: join(root, 'data/stats/CONFLICTS.md') }),
    },
    {
      name: 'programs',
      // The data files, not data/programs/REPORT.md or KNMP_REPORT.md, which this stage writes.
      inputs: ['data/programs/program_loci.csv', 'data/programs/blk_java_bali_2024.csv', 'data/programs/knmp_2025.csv', 'scripts/knmp-report.ts', 'scripts/register-report.ts', 'data/crosswalk/unmatched.csv', 'scripts/programs.ts', 'src/lib/programs', 'src/lib/table', 'src/lib/regions', 'src/lib/names.ts', 'src/lib/crosswalk'],
      outputs: ['programs.geojson', 'programs.csv', 'programs-points.json'],
      run: () => buildPrograms({ publicDataDir: outDir, log }),
    },
    {
      // Last: it reads only regions/*.json, so a change to search reruns nothing else.
      name: 'search',
      inputs: ['scripts/search-index.ts', 'src/lib/search', 'src/lib/names.ts', 'src/lib/regions', 'src/lib/errors.ts'],
      outputs: ['search/core.json'],
      run: async () => void (await buildSearchIndexFiles({ outDir, log })),
    },
  ];
}

/** Build whatever in public/data is missing or stale. */
export async function buildData(opts: { force?: boolean; log: (m: string) => void }): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await runStages(root, outDir, stages(opts.log), opts.log, opts.force);
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const quiet = args.has('--quiet');
  const log = (m: string) => (!quiet || m.startsWith('▸') ? console.log(m) : undefined);
  const t = Date.now();
  await buildData({ force: args.has('--force'), log });
  const peakMb = process.resourceUsage().maxRSS / 1024;
  log(`▸ data ready in ${((Date.now() - t) / 1000).toFixed(1)} s → public/data (peak memory ${peakMb.toFixed(0)} MB)`);
}

if (isMain(import.meta.url)) runCli(main);
