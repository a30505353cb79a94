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
import { buildOldCodes, OLD_CODES_CSV } from './old-codes.ts';
import { buildSearchIndexFiles } from './search-index.ts';
import { runStages, type Stage } from './stage.ts';
import { isMain, runCli } from './cli.ts';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, DATA_LAYOUT.builtFolder);

/**
 * The pipeline's stages, in order. Each stage's code is its `entry` and everything it imports,
 * found by scripts/import-closure.ts; `inputs` lists only the data it reads (files and folders
 * under data/, and the package.json of npm packages whose data files it reads).
 */
export function stages(log: (m: string) => void): Stage[] {
  return [
    {
      name: 'boundaries',
      entry: 'scripts/boundaries.ts',
      inputs: ['scripts/clean-worker.mjs', 'data/boundaries/big-rbi-2023/desa', 'data/boundaries/big-rbi-2023/kabupaten_recode.csv', 'node_modules/idn-area-data/package.json', 'node_modules/world-atlas/package.json', 'data/crosswalk/crosswalk_provinsi.csv', 'data/crosswalk/crosswalk_kabupaten.csv'],
      outputs: [DATA_LAYOUT.regionsCsv, DATA_LAYOUT.national, DATA_LAYOUT.regions('desa'), DATA_LAYOUT.basemap, DATA_LAYOUT.boundaryJoinCsv],
      run: async () => void (await buildBoundaries({ root, outDir, log })),
    },
    {
      name: 'indicators',
      entry: 'scripts/indicators.ts',
      inputs: ['data/stats'],
      // The stage writes data/stats/CONFLICTS.md (committed for review); it is an output, not an input.
      exclude: ['data/stats/CONFLICTS.md'],
      outputs: [DATA_LAYOUT.indicatorsJson, DATA_LAYOUT.indicatorsCsv, DATA_LAYOUT.indicatorIndex, DATA_LAYOUT.indicatorSources, DATA_LAYOUT.idmJoinCsv],
      run: () => buildIndicators({ regionsCsv: join(outDir, DATA_LAYOUT.regionsCsv), outDir, log, conflictsReport: join(root, 'data/stats/CONFLICTS.md') }),
    },
    {
      name: 'programs',
      // The data files, not data/programs/REPORT.md or KNMP_REPORT.md, which this stage writes.
      entry: 'scripts/programs.ts',
      inputs: ['data/programs/program_loci.csv', 'data/programs/blk_java_bali_2024.csv', 'data/programs/knmp_2025.csv', OLD_CODES_CSV],
      outputs: [DATA_LAYOUT.programs, DATA_LAYOUT.programsCsv, DATA_LAYOUT.programPoints],
      run: () => buildPrograms({ publicDataDir: outDir, log }),
    },
    {
      // Last: it reads only regions/*.json, so a change to search reruns nothing else.
      name: 'search',
      entry: 'scripts/search-index.ts',
      inputs: [],
      outputs: [DATA_LAYOUT.searchCore],
      run: async () => void (await buildSearchIndexFiles({ outDir, log })),
    },
    {
      // Reads only the frozen CSV and writes only its own folder: after every stage, so that adding it reruns none of them.
      name: 'old-codes',
      entry: 'scripts/old-codes.ts',
      inputs: [OLD_CODES_CSV],
      outputs: [DATA_LAYOUT.oldCodesIndex],
      run: async () => void (await buildOldCodes({ root, outDir, log })),
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
