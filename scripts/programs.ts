/**
 * Programs stage: data/programs/program_loci.csv → validate (strict) → place →
 * public/data/programs.geojson + public/data/programs.csv, with a printed validation report.
 * Runs after the boundary stage (needs public/data/regions/ and, for coordinate rows,
 * public/data/boundaries/desa/). Standalone: `npx tsx scripts/programs.ts`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { DataError } from '../src/lib/errors.ts';
import { readDelimited } from '../src/lib/table/read-delimited.ts';
import { importPrograms } from '../src/lib/programs/import-programs.ts';
import { formatIssues } from '../src/lib/programs/issue.ts';
import { lociToCsv } from '../src/lib/programs/loci-to-csv.ts';
import { lociToGeojson } from '../src/lib/programs/loci-geojson.ts';
import { buildPolygonIndex, type CodedPolygon, type PolygonIndex } from '../src/lib/programs/polygon-index.ts';
import { makePointLocator } from '../src/lib/programs/point-locator.ts';
import { topologyPolygons } from '../src/lib/programs/topology-polygons.ts';
import { readProgramTable } from '../src/lib/programs/import-programs.ts';
import { buildRegionLookup, type RegionLookup } from '../src/lib/regions/region-lookup.ts';
import type { RegionColumns } from '../src/lib/regions/region-columns.ts';
import { readRegionColumns } from '../src/lib/regions/read-region-columns.ts';
import type { CodeScheme } from '../src/lib/programs/resolve-code.ts';
import { LEVELS, type Level } from '../src/lib/types.ts';
import { isMain, runCli } from './cli.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Defaults of the programs stage. */
export const PROGRAM_STAGE_DEFAULTS = {
  /** The shipped program list (copied from ../shared/data with data/programs/README.md). */
  input: join(root, 'data/programs/program_loci.csv'),
  /** Its `admin_code` column holds Kemendagri codes throughout (undotted for provinces: "53"). */
  codeScheme: 'kemendagri' as CodeScheme,
  /**
   * The crosswalk's list of regions it could not match (boundary stage). Its `kemendagri` rows are
   * real codes without a polygon: a program there is placed at the nearest registered ancestor
   * with a warning rather than failing as an unknown code.
   */
  unmatched: join(root, 'data/crosswalk/unmatched.csv'),
};

/** Build `programs.geojson` and `programs.csv` in `publicDataDir`; throws `DataError` on any bad row. */
export async function buildPrograms(opts: { publicDataDir: string; log: (msg: string) => void }): Promise<void> {
  await buildProgramsFrom({ ...PROGRAM_STAGE_DEFAULTS, ...opts });
}

/** {@link buildPrograms} with the input file and code scheme given (tests use fixtures). */
export async function buildProgramsFrom(opts: { input: string; codeScheme: CodeScheme; unmatched?: string; publicDataDir: string; log: (msg: string) => void }): Promise<void> {
  const { input, publicDataDir, log } = opts;
  const file = basename(input);
  if (!existsSync(input)) throw new DataError(`${input}: program list not found`, { file });
  const text = await readFile(input, 'utf8');
  const lookup = await readRegionLookup(publicDataDir);
  const hasPoints = readProgramTable(text, file).rows.some((r) => r.geometry || (r.get('lat') && r.get('lon')));
  let locate;
  if (hasPoints) {
    const t = performance.now();
    const desa = await readDesaIndex(publicDataDir);
    locate = makePointLocator(lookup, [desa]);
    log(`  programs: desa polygon index (${desa.codes.length} desa) built in ${Math.round(performance.now() - t)} ms`);
  }
  const unplacedCodes = await readUnplacedCodes(opts.unmatched);
  const result = importPrograms(text, file, lookup, { locate, codeScheme: opts.codeScheme, unplacedCodes, mode: 'strict' });
  if (result.rowsRead === 0) throw new DataError(`${file}: no program rows (only a header)`, { file });
  await writeFile(join(publicDataDir, 'programs.geojson'), JSON.stringify(lociToGeojson(result.loci)));
  await writeFile(join(publicDataDir, 'programs.csv'), lociToCsv(result.loci));
  log(report(result.loci, result.rowsRead, file));
  if (result.issues.length) log(formatIssues(result.issues));
}

function report(loci: { locatedBy: string; level?: Level }[], rows: number, file: string): string {
  const byLevel = (by: string) => LEVELS.map((l) => `${loci.filter((p) => p.locatedBy === by && p.level === l).length} ${l}`).join(', ');
  const byRegion = loci.filter((p) => p.locatedBy === 'region').length;
  return `  programs: ${file}: ${loci.length}/${rows} rows valid; ${byRegion} located by region code (${byLevel('region')}), ${loci.length - byRegion} by coordinates (${byLevel('coordinates')})`;
}

/** Kemendagri codes (digits) → name from the crosswalk's unmatched list; empty when the file is absent. */
export async function readUnplacedCodes(path: string | undefined): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!path || !existsSync(path)) return out;
  const { records } = readDelimited(await readFile(path, 'utf8'), basename(path));
  const h = records[0]?.cells ?? [];
  const side = h.indexOf('side'), code = h.indexOf('code'), name = h.indexOf('name');
  if (side < 0 || code < 0 || name < 0) throw new DataError(`${path}: expected columns side, code, name; found ${h.join(',')}`, { file: path });
  for (const { cells } of records.slice(1)) if (cells[side] === 'kemendagri') out.set(cells[code].replace(/\./g, ''), cells[name]);
  return out;
}

/** The region registry from `regions/{level}.json`; throws `DataError` when the boundary stage has not run. */
export async function readRegionLookup(publicDataDir: string): Promise<RegionLookup> {
  const levels = {} as Record<Level, RegionColumns>;
  for (const level of LEVELS) {
    const path = join(publicDataDir, 'regions', `${level}.json`);
    if (!existsSync(path)) throw new DataError(`${path}: region registry missing; run the boundary stage first (npm run data)`, { file: path });
    levels[level] = readRegionColumns(level, JSON.parse(await readFile(path, 'utf8')), path);
  }
  return buildRegionLookup(levels);
}

/**
 * All desa polygons from the simplified chunks `boundaries/desa/{kabupaten}.topo.json`. The chunks
 * are simplified for display, so a point within roughly the simplification tolerance (tens of
 * metres) of a desa boundary may be assigned to the neighbouring desa; kabupaten and provinsi
 * follow from the desa code and are unaffected except on their own boundaries.
 */
export async function readDesaIndex(publicDataDir: string): Promise<PolygonIndex> {
  const dir = join(publicDataDir, 'boundaries', 'desa');
  if (!existsSync(dir)) throw new DataError(`${dir}: desa boundary chunks missing; run the boundary stage first (npm run data)`, { file: dir });
  const features: CodedPolygon[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.topo.json')).sort()) {
    const topo = JSON.parse(await readFile(join(dir, name), 'utf8')) as Topology;
    features.push(...topologyPolygons(topo, 'desa', join(dir, name)));
  }
  return buildPolygonIndex('desa', features);
}

async function main() {
  const t = Date.now();
  await buildPrograms({ publicDataDir: join(root, 'public/data'), log: console.log });
  console.log(`▸ programs built in ${Date.now() - t} ms → public/data/programs.geojson, programs.csv`);
}

if (isMain(import.meta.url)) runCli(main);
