import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { indicatorValuesPath, splitBundle } from '../src/lib/indicators/split-bundle.ts';
import type { IndicatorBundle } from '../src/lib/indicators/types.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../src/lib/errors.ts';
import { buildBundle } from '../src/lib/indicators/build-bundle.ts';
import { coverage } from '../src/lib/indicators/coverage.ts';
import { COVARIATE_RANGES, covariateSeries, FARMING_RANGES } from '../src/lib/indicators/covariates.ts';
import { importedRecords } from '../src/lib/indicators/imported-records.ts';
import { readPriorityTable } from '../src/lib/indicators/read-priority.ts';
import { parseRegionsCsv,  } from '../src/lib/regions/regions-csv.ts';
import type { Region } from '../src/lib/regions/region.ts';
import { readSources } from '../src/lib/indicators/read-sources.ts';
import { csvRows, readExtremeTable, readLongTable, readNationalTable, readPovertyTable, yearCell } from '../src/lib/indicators/read-stats.ts';
import type { StatRecord } from '../src/lib/indicators/stat-record.ts';
import type { IndicatorValue } from '../src/lib/indicators/types.ts';
import { importBpsTable } from '../src/lib/table/import-bps-table.ts';
import { formatJoinReport, isCompleteJoin } from '../src/lib/table/join-report.ts';
import { writeCsv } from '../src/lib/table/write-csv.ts';
import { isMain, runCli } from './cli.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Options of {@link buildIndicators}; the data stage passes the first three. */
export interface BuildIndicatorsOptions {
  /** Path of the region registry (`public/data/regions.csv`). */
  regionsCsv: string;
  /** Where `indicators.csv` and `indicators.json` are written. */
  outDir: string;
  log: (msg: string) => void;
  /** Folder of the committed statistics tables. Default `data/stats`. */
  statsDir?: string;
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new DataError(`${file}: cannot read (${(e as Error).message})`, { file });
  }
}

/**
 * Build the indicator outputs from `data/stats/` and the region registry: read the compiled
 * tables and any BPS tables listed in `imports.csv`, join them to regions by Kemendagri code,
 * write `indicators.csv` (long, open data) and `indicators.json` (`IndicatorBundle`), and log the
 * join report. Throws `DataError` (file, row, column, value) on bad input.
 */
export async function buildIndicators(opts: BuildIndicatorsOptions): Promise<void> {
  const stats = opts.statsDir ?? join(ROOT, 'data/stats');
  const log = opts.log;
  const regions = parseRegionsCsv(await read(opts.regionsCsv), opts.regionsCsv);
  const records: StatRecord[] = [
    ...readPovertyTable(await read(join(stats, 'poverty_kabupaten.csv'))),
    ...readLongTable(await read(join(stats, 'farming_kabupaten.csv')), 'farming_kabupaten.csv', FARMING_RANGES),
    ...readLongTable(await read(join(stats, 'covariates_kabupaten.csv')), 'covariates_kabupaten.csv', COVARIATE_RANGES, covariateSeries),
    ...readNationalTable(await read(join(stats, 'national.csv'))),
  ];
  const extreme = readExtremeTable(await read(join(stats, 'extreme_poverty.csv')));
  records.push(...extreme.records, ...(await importListed(stats, regions, log)));
  const sources = readSources(await read(join(stats, 'sources.csv')));
  const priority = readPriorityTable(await read(join(stats, 'priority_regions.csv')));
  const { bundle, rows, unjoined } = buildBundle({ regions, records, priority, sources });

  await mkdir(opts.outDir, { recursive: true });
  await writeFile(join(opts.outDir, 'indicators.csv'), toCsv(rows));
  await writeFile(join(opts.outDir, 'indicators.json'), JSON.stringify(bundle));
  await writeSplitBundle(opts.outDir, bundle, regions.filter((r) => r.level === 'kabupaten').length);

  const kab = regions.filter((r) => r.level === 'kabupaten').length;
  log(`indicators: ${rows.length} values for ${kab} kabupaten/kota and ${regions.length - kab} provinces → indicators.csv, indicators.json`);
  for (const year of [2025, 2021, 2019]) {
    const c = coverage(bundle, regions, 'p0', year);
    log(`  p0 ${year}: ${c.joined}/${c.total} kabupaten/kota joined`);
    for (const m of c.missing) log(`    ${m.kodeBps} ${m.name}: ${m.reason}`);
  }
  const provP0 = Object.values(bundle.values.p0 ?? {}).flatMap((y) => Object.keys(y)).filter((k) => k.length === 2).length;
  log(`  provinsi p0: ${provP0 ? `${provP0} published values` : 'no published province P0 in data/stats, so provinces show no P0 (never averaged from kabupaten)'}`);
  for (const s of [...extreme.skipped, ...unjoined]) log(`  not joined: ${s.file} row ${s.line} (${s.code}): ${s.reason}`);
  const listed = Object.values(bundle.priority).flat();
  log(`  priority: ${listed.filter((p) => p.status === 'listed').length} listed, ${listed.filter((p) => p.status === 'disputed').length} disputed (${Object.keys(bundle.priority).length} kabupaten)`);
}

/** BPS tables dropped into data/stats/bps/ and listed in imports.csv, read with the shared importer. */
async function importListed(stats: string, regions: Region[], log: (msg: string) => void): Promise<StatRecord[]> {
  const out: StatRecord[] = [];
  for (const row of csvRows(await read(join(stats, 'imports.csv')), 'imports.csv', ['file', 'indicator', 'year', 'column', 'source_id'])) {
    const file = row.get('file');
    const result = importBpsTable(await read(join(stats, 'bps', file)), { regions, file });
    formatJoinReport(result.report).forEach((l) => log(`  ${l}`));
    const r = result.report;
    const problem = r.ambiguous[0] ? `row ${r.ambiguous[0].line}: "${r.ambiguous[0].name}" is ambiguous` : r.badCells[0] ? `row ${r.badCells[0].line}, column "${r.badCells[0].column}": "${r.badCells[0].value}" is not a number`
      : r.outOfRange[0] ? `row ${r.outOfRange[0].line}, column "${r.outOfRange[0].column}": ${r.outOfRange[0].value} is out of range` : r.duplicates[0] ? `row ${r.duplicates[0].line}: "${r.duplicates[0].key}" repeats ${r.duplicates[0].region}` : '';
    if (problem) throw new DataError(`data/stats/bps/${file} ${problem} (see the report above)`, { file });
    if (!isCompleteJoin(r)) log(`  warning: ${file} is a partial table; regions without a row show "no data"`);
    out.push(...importedRecords(result, { file, indicator: row.get('indicator'), year: yearCell(row, 'imports.csv'), column: row.get('column'), source: row.get('source_id') }));
  }
  return out;
}

function toCsv(rows: IndicatorValue[]): string {
  return writeCsv(['kode_bps', 'kode_kemendagri', 'level', 'indicator', 'year', 'value', 'unit', 'source'], rows.map((r) => [r.kodeBps, r.kodeKemendagri, r.level, r.indicator, r.year, r.value, r.unit, r.source]));
}

if (isMain(import.meta.url)) {
  const regionsCsv = process.argv[2] ?? join(ROOT, 'public/data/regions.csv');
  const outDir = process.argv[3] ?? join(ROOT, 'public/data');
  runCli(() => buildIndicators({ regionsCsv, outDir, log: (m) => console.log(m) }));
}

/** The page's form of the bundle: `indicators/index.json` and one `indicators/values/{id}.json` per indicator. */
async function writeSplitBundle(outDir: string, bundle: IndicatorBundle, kabupatenCount: number): Promise<void> {
  const { index, values } = splitBundle(bundle, kabupatenCount);
  await rm(join(outDir, 'indicators/values'), { recursive: true, force: true });
  await mkdir(join(outDir, 'indicators/values'), { recursive: true });
  await writeFile(join(outDir, 'indicators/index.json'), JSON.stringify(index));
  for (const [id, v] of Object.entries(values)) await writeFile(join(outDir, indicatorValuesPath(id)), JSON.stringify(v));
}
