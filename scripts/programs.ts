/**
 * Programs stage: data/programs/program_loci.csv (48 loci from news) and Kemnaker's register of
 * training institutions data/programs/blk_java_bali_2024.csv (placed by names) → validate
 * (strict) → place → merge duplicates → public/data/programs.geojson (with the coverage
 * `metadata`) + public/data/programs.csv, with a printed report; the register's name-matching
 * report is also written to data/programs/REPORT.md. Runs after the boundary stage (needs
 * public/data/regions/, basemap/ and, for coordinate rows, boundaries/desa/).
 * Standalone: `npx tsx scripts/programs.ts`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { lociToPointsFile } from '../src/lib/programs/codec/program-points-file.ts';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { DataError } from '../src/lib/errors.ts';
import { readDelimited } from '../src/lib/table/read-delimited.ts';
import { importPrograms } from '../src/lib/programs/ingest/import-programs.ts';
import { formatIssues } from '../src/lib/programs/ingest/issue.ts';
import { lociToCsv } from '../src/lib/programs/codec/loci-to-csv.ts';
import { lociToGeojson } from '../src/lib/programs/codec/loci-geojson.ts';
import { buildPolygonIndex, type CodedPolygon, type PolygonIndex } from '../src/lib/geo/polygon-index.ts';
import { makePointLocator } from '../src/lib/geo/point-locator.ts';
import { topologyPolygons } from '../src/lib/geo/topology-polygons.ts';
import { programText, readProgramTable } from '../src/lib/programs/ingest/import-programs.ts';
import { foreignLandIndex } from '../src/lib/geo/foreign-land.ts';
import { mergeDuplicates, type MergedDuplicate } from '../src/lib/programs/ingest/merge-duplicates.ts';
import { datasetCoverage, programsMetadata, type ProgramDatasetCoverage } from '../src/lib/programs/metadata.ts';
import type { PointLocator } from '../src/lib/geo/point-locator.ts';
import { KEMNAKER_REGISTER_SOURCE } from '../src/lib/programs/ingest/read-kemnaker-register.ts';
import { KNMP_SOURCE } from '../src/lib/programs/ingest/read-knmp.ts';
import { knmpReport } from './knmp-report.ts';
import { nameReport } from './register-report.ts';
export { nameReport };
import type { ProgramLocus } from '../src/lib/programs/types.ts';
import { buildRegionLookup, type RegionLookup } from '../src/lib/regions/region-lookup.ts';
import type { RegionColumns } from '../src/lib/regions/region-columns.ts';
import { readRegionColumns } from '../src/lib/regions/read-region-columns.ts';
import type { CodeScheme } from '../src/lib/programs/ingest/resolve-code.ts';
import { readOldCodes } from '../src/lib/regions/read-old-codes.ts';
import { LEVELS, type Level } from '../src/lib/types.ts';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';
import { isMain, runCli } from './cli.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Defaults of the programs stage. */
export const PROGRAM_STAGE_DEFAULTS = {
  /** The shipped program list (copied from ../shared/data with data/programs/README.md). */
  input: join(root, 'data/programs/program_loci.csv'),
  /**
   * Read codes as the page does (`auto`): its `admin_code` column writes Kemendagri codes with dots
   * (undotted for provinces: "53"), which makes it a Kemendagri file (see `preferredScheme`).
   */
  codeScheme: 'auto' as CodeScheme,
  /**
   * The GADM-era BPS kecamatan/desa keys with their Kemendagri codes: a program code that is such
   * an old key and no longer a key is read through it, with a warning on its row (`resolveOldBpsCode`).
   */
  // The path of scripts/old-codes.ts's OLD_CODES_CSV, written out: importing that stage would make its code this stage's input.
  oldCodes: join(root, 'data/boundaries/old-codes-gadm41.csv'),
  /** Kemnaker's register of training institutions, Java–Bali (copied with data/programs/README.md). */
  register: join(root, 'data/programs/blk_java_bali_2024.csv'),
  /** Where the register's name-matching report is written (committed). */
  reportFile: join(root, 'data/programs/REPORT.md'),
  /** KKP's 100 Kampung Nelayan Merah Putih (copied with data/programs/README.md), placed by names. */
  knmp: join(root, 'data/programs/knmp_2025.csv'),
  /** Where the KNMP placement report is written (committed). */
  knmpReportFile: join(root, 'data/programs/KNMP_REPORT.md'),
};

/** What each shipped dataset is, for the coverage metadata (`ProgramsMetadata`). */
const DATASETS: Record<string, Pick<ProgramDatasetCoverage, 'title' | 'source' | 'kind' | 'asOf' | 'note'>> = {
  'program_loci.csv': {
    title: { id: 'Contoh lokus program dari berita', en: 'Program loci from news reports' },
    source: 'NEWS_* (data/programs/README.md)',
    kind: 'examples',
    asOf: '2025',
    note: {
      id: 'Contoh yang diberitakan (2019–2025), bukan daftar lengkap: wilayah tanpa titik belum tentu tanpa program.',
      en: 'Examples reported in the news (2019–2025), not an inventory: a region without a point may still have programs.',
    },
  },
  'knmp_2025.csv': {
    title: { id: 'Kampung Nelayan Merah Putih (KKP)', en: 'Kampung Nelayan Merah Putih fishing villages (KKP)' },
    source: KNMP_SOURCE,
    // A complete list of one program, not of every program of its type ("other"): no coverage claim.
    kind: 'examples',
    asOf: '2025',
    note: {
      id: '100 desa pesisir Kampung Nelayan Merah Putih (KKP, 2025, tahap 1 dan 2): satu program pembangunan kampung nelayan, bukan semua program perikanan.',
      en: 'The 100 coastal villages of Kampung Nelayan Merah Putih (KKP, 2025, phases 1 and 2): one fishing-village development program, not every fisheries program.',
    },
  },
  'blk_java_bali_2024.csv': {
    title: { id: 'Daftar lembaga pelatihan Kemnaker (BLK)', en: 'Kemnaker register of training institutions (BLK)' },
    source: KEMNAKER_REGISTER_SOURCE,
    kind: 'register',
    asOf: '2024-10-31',
    note: {
      id: 'BLK Komunitas, BLK UPTD dan UPTP Kemnaker hanya untuk Jawa Barat, Jawa Timur, Banten, DI Yogyakarta dan Bali (Oktober 2024). Jawa Tengah dan provinsi lain tidak termasuk: tidak ada titik di sana bukan berarti tidak ada BLK.',
      en: 'BLK Komunitas, BLK UPTD and Kemnaker UPTP for Jawa Barat, Jawa Timur, Banten, DI Yogyakarta and Bali only (October 2024). Jawa Tengah and all other provinces are not in it: no point there does not mean no BLK.',
    },
  },
};

/** Build `programs.geojson` and `programs.csv` in `publicDataDir`; throws `DataError` on any bad row. */
export async function buildPrograms(opts: { publicDataDir: string; log: (msg: string) => void }): Promise<void> {
  await buildProgramsFrom({ ...PROGRAM_STAGE_DEFAULTS, ...opts });
}

/** Options of {@link buildProgramsFrom}. */
export interface ProgramStageOptions {
  /** The main program list (the shipped 48 loci, or a test fixture). */
  input: string;
  codeScheme: CodeScheme;
  /**
   * The boundary stage's list of units that did not pair (default `boundary-join.csv` of
   * `publicDataDir`). Its `kemendagri` rows are real codes without a polygon: a program there is
   * placed at the nearest registered ancestor with a warning rather than failing as an unknown code.
   */
  unmatched?: string;
  /** The old-code list (`data/boundaries/old-codes-gadm41.csv`), read strictly; none when absent from the options. */
  oldCodes?: string;
  /** A further list merged in after the main one (Kemnaker's register); duplicates merged by `mergeDuplicates`. */
  register?: string;
  /** Where to write the name-matching report of the register (Markdown); not written when absent. */
  reportFile?: string;
  /** KKP's KNMP list, added after the register (no duplicates to merge: one program of its own). */
  knmp?: string;
  /** Where to write the KNMP placement report (Markdown); not written when absent. */
  knmpReportFile?: string;
  publicDataDir: string;
  log: (msg: string) => void;
}

/** {@link buildPrograms} with the inputs given (tests use fixtures). */
export async function buildProgramsFrom(opts: ProgramStageOptions): Promise<void> {
  const { publicDataDir, log } = opts;
  const lookup = await readRegionLookup(publicDataDir);
  const unplacedCodes = await readUnplacedCodes(opts.unmatched ?? join(publicDataDir, DATA_LAYOUT.boundaryJoinCsv));
  const oldCodes = opts.oldCodes ? new Map(readOldCodes(await readFile(opts.oldCodes, 'utf8'), basename(opts.oldCodes)).map((r) => [r.kodeBps, r.kodeKemendagri])) : undefined;
  const abroad = await readForeignLand(publicDataDir);
  let locate: PointLocator | undefined;
  const locator = async () => {
    if (locate) return locate;
    const t = performance.now();
    const desa = await readDesaIndex(publicDataDir);
    log(`  programs: desa polygon index (${desa.codes.length} desa) built in ${Math.round(performance.now() - t)} ms`);
    return (locate = makePointLocator(lookup, [desa], undefined, abroad));
  };
  const load = async (input: string, codeScheme: CodeScheme) => {
    const file = basename(input);
    if (!existsSync(input)) throw new DataError(`${input}: program list not found`, { file });
    // Bytes, decoded by the importer as in the page (UTF-16 or Windows-1252 named in a warning).
    const bytes = new Uint8Array(await readFile(input));
    const { text } = programText(bytes, file);
    const hasPoints = readProgramTable(text, file).rows.some((r) => r.geometry || r.pointToCheck || (r.get('lat') && r.get('lon')));
    const t = performance.now();
    const result = importPrograms(bytes, file, lookup, { locate: hasPoints ? await locator() : undefined, codeScheme, unplacedCodes, ...(oldCodes ? { oldCodes } : {}), mode: 'strict' });
    if (result.rowsRead === 0) throw new DataError(`${file}: no program rows (only a header)`, { file });
    log(report(result.loci, result.rowsRead, file, Math.round(performance.now() - t)));
    return result;
  };
  const main = await load(opts.input, opts.codeScheme);
  if (main.issues.length) log(formatIssues(main.issues));
  const imports = [main];
  let loci = main.loci;
  let merged: MergedDuplicate[] = [];
  if (opts.register) {
    const reg = await load(opts.register, 'auto');
    imports.push(reg);
    ({ loci, merged } = mergeDuplicates(main.loci, reg.loci));
    const text = nameReport(reg, merged);
    // The counts and the section sizes; every name is listed in the report file.
    log(text.split('\n').filter((l) => /^\| (?!field|---|\d)/.test(l) && !/^\| [a-zA-Z]+Name |^\| (id|name|program|agency|intervention|year|source|note) \|/.test(l) || l.startsWith('## ') && !l.includes('Columns')).map((l) => `    ${l}`).join('\n'));
    if (opts.reportFile) {
      await writeFile(opts.reportFile, text);
      log(`  programs: name-matching report → ${opts.reportFile}`);
    }
  }
  if (opts.knmp) {
    const knmp = await load(opts.knmp, 'auto');
    imports.push(knmp);
    loci = [...loci, ...knmp.loci];
    const text = knmpReport(knmp);
    log(text.split('\n').filter((l) => l.startsWith('KNMP:')).map((l) => `    ${l}`).join('\n'));
    if (opts.knmpReportFile) {
      await writeFile(opts.knmpReportFile, text);
      log(`  programs: KNMP placement report → ${opts.knmpReportFile}`);
    }
  }
  const provinceName = (kode: string) => lookup.levels.provinsi.name[lookup.byBps.provinsi.get(kode) ?? -1] ?? kode;
  const datasets = imports.map((r) => datasetCoverage({ file: r.file, ...(DATASETS[r.file] ?? { title: { id: r.file, en: r.file }, source: r.file, kind: 'examples', asOf: '', note: { id: '', en: '' } }), ...(r.format === 'kemnaker-register' || Object.values(r.nameMethods).some((n) => n > 0) ? { nameMethods: r.nameMethods } : {}) }, loci, provinceName));
  await writeFile(join(publicDataDir, DATA_LAYOUT.programs), JSON.stringify(lociToGeojson(loci, programsMetadata(datasets, merged))));
  await writeFile(join(publicDataDir, DATA_LAYOUT.programsCsv), lociToCsv(loci));
  await writeFile(join(publicDataDir, DATA_LAYOUT.programPoints), JSON.stringify(lociToPointsFile(loci)));
  if (imports.length > 1) log(`  programs: ${loci.length} loci shipped (${merged.length} duplicate${merged.length === 1 ? '' : 's'} merged: ${merged.map((m) => `${m.dropped} → ${m.kept}`).join(', ') || 'none'})`);
}

/** Neighbouring countries' land from the basemap (boundary stage); undefined when the basemap is not built. */
export async function readForeignLand(publicDataDir: string): Promise<PolygonIndex | undefined> {
  const path = join(publicDataDir, DATA_LAYOUT.basemap);
  if (!existsSync(path)) return undefined;
  return foreignLandIndex(JSON.parse(await readFile(path, 'utf8')) as Topology, path);
}

function report(loci: ProgramLocus[], rows: number, file: string, ms: number): string {
  const byLevel = (keep: (p: ProgramLocus) => boolean) => LEVELS.map((l) => `${loci.filter((p) => keep(p) && p.level === l).length} ${l}`).join(', ');
  const byName = loci.filter((p) => p.nameMatch).length;
  const byCode = loci.filter((p) => p.locatedBy === 'region' && !p.nameMatch).length;
  const names = byName ? `, ${byName} by names (${byLevel((p) => !!p.nameMatch)})` : '';
  return `  programs: ${file}: ${loci.length}/${rows} rows valid; ${byCode} located by region code (${byLevel((p) => p.locatedBy === 'region' && !p.nameMatch)}), ${loci.length - byCode - byName} by coordinates (${byLevel((p) => p.locatedBy === 'coordinates')})${names} in ${ms} ms`;
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
    const path = join(publicDataDir, DATA_LAYOUT.regions(level));
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
  const dir = join(publicDataDir, DATA_LAYOUT.chunkFolder('desa'));
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
  await buildPrograms({ publicDataDir: join(root, DATA_LAYOUT.builtFolder), log: console.log });
  console.log(`▸ programs built in ${Date.now() - t} ms → public/data/programs.geojson, programs.csv`);
}

if (isMain(import.meta.url)) runCli(main);
