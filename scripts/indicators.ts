import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readIdm, readIdmThresholds } from '../src/lib/indicators/read-idm.ts';
import { idmRecords, readIdmExceptions } from '../src/lib/indicators/idm-records.ts';
import { idmJoin, idmJoinRows } from '../src/lib/indicators/idm-join.ts';
import { aliasIdmCodes, type CodeAlias } from '../src/lib/indicators/idm-alias.ts';
import { splitBundle } from '../src/lib/indicators/split-bundle.ts';
import { DATA_LAYOUT } from '../src/lib/data-layout.ts';
import { valuesToFile } from '../src/lib/indicators/values-file.ts';
import type { IndicatorBundle } from '../src/lib/indicators/types.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../src/lib/errors.ts';
import { buildBundle } from '../src/lib/indicators/build-bundle.ts';
import { coverage } from '../src/lib/indicators/coverage.ts';
import { COVARIATE_RANGES, covariateSeries, FARMING_RANGES } from '../src/lib/indicators/covariates.ts';
import { importedRecords } from '../src/lib/indicators/imported-records.ts';
import { readPriorityTable } from '../src/lib/indicators/read-priority.ts';
import { readFsva, readIkp } from '../src/lib/indicators/read-bapanas.ts';
import { parseRegionsCsv,  } from '../src/lib/regions/regions-csv.ts';
import type { Region } from '../src/lib/regions/region.ts';
import { readSources, readSourcesEn } from '../src/lib/indicators/read-sources.ts';
import { csvRows, readExtremeTable, readLongTable, readNationalTable, readPovertyTable, yearCell } from '../src/lib/indicators/read-stats.ts';
import type { StatRecord } from '../src/lib/indicators/stat-record.ts';
import type { IndicatorValue } from '../src/lib/indicators/types.ts';
import { importBpsTable, type ImportResult } from '../src/lib/table/import-bps-table.ts';
import { readXlsx } from '../src/lib/table/read-xlsx.ts';
import type { SourceConflict } from '../src/lib/indicators/stat-record.ts';
import { formatJoinReport, isCompleteJoin } from '../src/lib/table/join-report.ts';
import { writeCsv } from '../src/lib/table/write-csv.ts';
import { isMain, runCli } from './cli.ts';
import { readProvinceTables } from './province-tables.ts';

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
  /** Where to write the source-conflict report (Markdown); the data stage passes `data/stats/CONFLICTS.md`. Default: not written. */
  conflictsReport?: string;
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
  ];
  const national = readNationalTable(await read(join(stats, 'national.csv')));
  records.push(...national);
  log('  province table (BPS, Jumlah dan Persentase Penduduk Miskin Menurut Provinsi; March only):');
  const nationalP0 = new Map(national.filter((r) => r.indicator === 'p0').map((r) => [r.year, r.value]));
  records.push(...(await readProvinceTables(stats, regions, nationalP0, log)).records);
  const extreme = readExtremeTable(await read(join(stats, 'extreme_poverty.csv')));
  records.push(...extreme.records, ...(await importListed(stats, regions, log)), ...(await readBapanas(stats, regions, log)));
  const idm = await readIdmFolder(stats, regions, await readBoundaryJoin(join(dirname(opts.regionsCsv), DATA_LAYOUT.boundaryJoinCsv)), log);
  for (const r of idm.records) records.push(r);
  const sources = readSources(await read(join(stats, 'sources.csv')));
  const noEnglish = readSourcesEn(await read(join(stats, 'sources_en.csv')), sources);
  if (noEnglish.length) log(`  warning: ${noEnglish.length} sources have no English title in sources_en.csv (the English page shows the Indonesian one): ${noEnglish.join(', ')}`);
  const priority = readPriorityTable(await read(join(stats, 'priority_regions.csv')));
  const { bundle, rows, unjoined, conflicts } = buildBundle({ regions, records, priority, sources });

  await mkdir(opts.outDir, { recursive: true });
  await writeFile(join(opts.outDir, DATA_LAYOUT.indicatorsCsv), toCsv(rows));
  await writeFile(join(opts.outDir, DATA_LAYOUT.indicatorsJson), JSON.stringify(bundle));
  await writeSplitBundle(opts.outDir, bundle, regions.filter((r) => r.level === 'kabupaten').length);
  await writeFile(join(opts.outDir, DATA_LAYOUT.idmJoinCsv), writeCsv(['side', 'kode_kemendagri', 'kode_bps', 'name', 'reason'], idm.joinRows));

  const kab = regions.filter((r) => r.level === 'kabupaten').length, prov = regions.filter((r) => r.level === 'provinsi').length;
  log(`indicators: ${rows.length} values for ${kab} kabupaten/kota and ${prov} provinces → indicators.csv, indicators.json`);
  for (const year of [2025, 2021, 2019]) {
    const c = coverage(bundle, regions, 'p0', year);
    log(`  p0 ${year}: ${c.joined}/${c.total} kabupaten/kota joined`);
    for (const m of c.missing) log(`    ${m.kodeBps} ${m.name}: ${m.reason}`);
  }
  for (const year of Object.keys(bundle.values.p0 ?? {})) {
    const prov = Object.keys(bundle.values.p0[year]).filter((k) => k.length === 2).length;
    if (prov) log(`  provinsi p0 ${year}: ${prov} published province values (never averaged from kabupaten)`);
  }
  const differs = conflicts.filter((c) => c.kind !== 'same');
  log(`  two sources for one value: ${conflicts.length} (${conflicts.length - differs.length} equal; the BPS table kept in every case); ${differs.length} disagree:`);
  for (const c of differs) log(`    ${describeConflict(c)}`);
  if (opts.conflictsReport) await writeFile(opts.conflictsReport, conflictsMarkdown(conflicts, sources));
  for (const s of [...extreme.skipped, ...unjoined]) log(`  not joined: ${s.file} row ${s.line} (${s.code}): ${s.reason}`);
  const listed = Object.values(bundle.priority).flat();
  log(`  priority: ${listed.filter((p) => p.status === 'listed').length} listed, ${listed.filter((p) => p.status === 'disputed').length} disputed (${Object.keys(bundle.priority).length} kabupaten)`);
}

/**
 * BPS tables dropped into data/stats/bps/ (CSV or .xlsx) and listed in imports.csv, read with the
 * shared importer (each file once, whatever the number of its lines in imports.csv). Their figures
 * take precedence over the compiled tables' copies.
 */
async function importListed(stats: string, regions: Region[], log: (msg: string) => void): Promise<StatRecord[]> {
  const out: StatRecord[] = [];
  const imported = new Map<string, ImportResult>();
  for (const row of csvRows(await read(join(stats, 'imports.csv')), 'imports.csv', ['file', 'indicator', 'year', 'column', 'source_id'])) {
    const file = row.get('file');
    let result = imported.get(file);
    if (!result) {
      result = await importFile(join(stats, 'bps', file), file, regions);
      imported.set(file, result);
      formatJoinReport(result.report).forEach((l) => log(`  ${l}`));
      checkImport(result, file, log);
    }
    out.push(...importedRecords(result, { file, indicator: row.get('indicator'), year: yearCell(row, 'imports.csv'), column: row.get('column'), source: row.get('source_id') }).map((r) => ({ ...r, precedence: 0 })));
  }
  return out;
}

/**
 * Bapanas food-security tables in data/stats/bapanas/: FSVA editions 2023 and 2024 (priority group and
 * components) and the IKP table 2018–2023; FSVA 2024 also gives IKP 2024. Values carry the edition year.
 */
async function readBapanas(stats: string, regions: Region[], log: (msg: string) => void): Promise<StatRecord[]> {
  const dir = join(stats, 'bapanas');
  if (!existsSync(dir)) {
    log(`  no ${dir} folder: no FSVA 2023/2024 or IKP figures`);
    return [];
  }
  const parts = [
    readFsva(await read(join(dir, 'fsva_2023.csv')), { file: 'bapanas/fsva_2023.csv', edition: 2023, source: 'BAPANAS_FSVA_2023', regions }),
    readFsva(await read(join(dir, 'fsva_2024.csv')), { file: 'bapanas/fsva_2024.csv', edition: 2024, source: 'BAPANAS_FSVA_2024', regions, withIkp: true }),
    readIkp(await read(join(dir, 'ikp_2018_2023.csv')), { file: 'bapanas/ikp_2018_2023.csv', source: 'BAPANAS_IKP_2018_2023', regions }),
  ];
  for (const p of parts) {
    formatJoinReport(p.result.report).forEach((l) => log(`  ${l}`));
    checkImport(p.result, p.result.report.file, log);
  }
  return parts.flatMap((p) => p.records);
}

/**
 * IDM 2024 (Kemendes PDTT) in data/stats/idm/: read strictly, join desa to the registry by Kemendagri
 * code and log the join on both sides (every unjoined row in `idm-join.csv`); records of desa and areas
 * that are not in the registry are left out of the bundle (counted here, not one log line each).
 */
async function readIdmFolder(stats: string, regions: Region[], boundaryJoin: BoundaryJoin, log: (msg: string) => void): Promise<{ records: StatRecord[]; joinRows: string[][] }> {
  const dir = join(stats, 'idm');
  if (!existsSync(dir)) {
    log(`  no ${dir} folder: no IDM 2024 figures`);
    return { records: [], joinRows: [] };
  }
  const json = async (file: string): Promise<unknown> => {
    const text = await read(join(dir, file));
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new DataError(`data/stats/idm/${file}: not JSON (${(e as Error).message})`, { file });
    }
  };
  const thresholds = readIdmThresholds(await json('meta.json'), 'data/stats/idm/meta.json');
  const names = (await readdir(join(dir, 'prov'))).filter((f) => /^\d{2}\.json$/.test(f)).sort();
  const files = await Promise.all(names.map(async (f) => ({ file: `data/stats/idm/prov/${f}`, json: await json(`prov/${f}`) })));
  const exceptions = readIdmExceptions(await read(join(dir, 'status_exceptions.csv')), 'data/stats/idm/status_exceptions.csv');
  const read0 = readIdm(files, thresholds, exceptions);
  const aliased = aliasIdmCodes(read0.desa, boundaryJoin.aliases, boundaryJoin.unpairedBig);
  const idm = { ...read0, desa: aliased.desa };
  log(`  IDM numbers desa as BIG does (${DATA_LAYOUT.boundaryJoinCsv}): ${aliased.aliased.length} IDM desa joined under the Kemendagri code the boundary stage paired their BIG polygon with; ${aliased.setAside.length} set aside${aliased.setAside.length ? `: ${aliased.setAside.map((r) => `${r.idm.kemendagri} ${r.idm.name} (${r.reason})`).join('; ')}` : ''}`);
  const scored = read0.desa.length - read0.noScore.length;
  log(`  IDM 2024: ${read0.desa.length} desa in ${files.length} province files, ${scored} scored; ${idm.noScore.length} without a score (${idm.noScore.map((d) => `${d.kemendagri} ${d.name}`).join(', ')}); ${idm.emptyName.length} with an empty name (${idm.emptyName.map((d) => d.kemendagri).join(', ')})`);
  for (const e of idm.exceptions) log(`    status kept as published (status_exceptions.csv): ${e.kemendagri} ${e.name} IDM ${e.idm} status ${e.status} (thresholds give ${e.expected})`);
  const joined = idmJoin(idm.desa, regions);
  log(`  IDM join by Kemendagri desa code: ${joined.joined} of ${idm.desa.length} IDM desa are desa of regions.csv; ${joined.idmWithoutRegion.length} are not (no polygon)`);
  log(`    regions.csv side: ${joined.kelurahanNotScored.length} kelurahan not scored by IDM (expected), ${joined.desaWithoutIdm.length} desa without an IDM row, ${joined.withoutCode.length} desa-level units without a Kemendagri code; every row not joined → idm-join.csv`);
  const known = new Set(regions.filter((r) => r.kemendagri).map((r) => `${r.level}:${r.kemendagri}`));
  const all = idmRecords(idm.desa, 'data/stats/idm/prov');
  const records = all.filter((r) => known.has(`${r.level}:${r.kodeKemendagri}`));
  for (const level of ['desa', 'kecamatan', 'kabupaten', 'provinsi'] as const) {
    const areas = (rs: StatRecord[]) => new Set(rs.filter((r) => r.level === level).map((r) => r.kodeKemendagri));
    const have = areas(all), kept = areas(records);
    const missing = [...have].filter((k) => !kept.has(k));
    log(`    IDM ${level}: ${kept.size} of ${have.size} joined${missing.length ? `; not in regions.csv: ${missing.length}${level === 'desa' || level === 'kecamatan' ? '' : ` (${missing.join(', ')})`}` : ''}`);
  }
  const aliasRows = aliased.aliased.map(({ idm: d, to }) => ['idm (joined by BIG code)', d.kemendagri, to, d.name, `joined as ${to}: IDM writes BIG's code, which the boundary stage paired with ${to} by name (${DATA_LAYOUT.boundaryJoinCsv})`]);
  const asideRows = aliased.setAside.map(({ idm: d, reason }) => ['idm', d.kemendagri, '', d.name, `not joined: ${reason}; ${d.at}`]);
  return { records, joinRows: [...idmJoinRows(joined), ...aliasRows, ...asideRows] };
}

interface BoundaryJoin {
  aliases: CodeAlias[];
  unpairedBig: Set<string>;
}

/** The boundary stage's BIG pairings: codes paired with another Kemendagri code, and unpaired BIG polygons; none when the file is absent (fixtures). */
async function readBoundaryJoin(file: string): Promise<BoundaryJoin> {
  if (!existsSync(file)) return { aliases: [], unpairedBig: new Set() };
  const rows = csvRows(await read(file), file, ['level', 'side', 'code', 'name', 'kode_kemendagri']);
  return {
    aliases: rows.filter((r) => r.get('side') === 'big').map((r) => ({ from: r.get('code'), to: r.get('kode_kemendagri'), name: r.get('name') })),
    unpairedBig: new Set(rows.filter((r) => r.get('side') === 'boundary' && r.get('level') === 'desa').map((r) => r.get('code'))),
  };
}

async function importFile(path: string, file: string, regions: Region[]): Promise<ImportResult> {
  if (!/\.xlsx$/i.test(file)) return importBpsTable(await read(path), { regions, file });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new DataError(`${path}: cannot read (${(e as Error).message})`, { file });
  }
  return importBpsTable(await readXlsx(bytes, file), { regions });
}

/** Stop on what would make a wrong map: ambiguous names, non-numbers, out-of-range values, true duplicates. */
function checkImport(result: ImportResult, file: string, log: (msg: string) => void): void {
  {
    const r = result.report;
    const problem = r.ambiguous[0] ? `row ${r.ambiguous[0].line}: "${r.ambiguous[0].name}" is ambiguous` : r.badCells[0] ? `row ${r.badCells[0].line}, column "${r.badCells[0].column}": "${r.badCells[0].value}" is not a number`
      : r.outOfRange[0] ? `row ${r.outOfRange[0].line}, column "${r.outOfRange[0].column}": ${r.outOfRange[0].value} is out of range` : r.duplicates[0] ? `row ${r.duplicates[0].line}: "${r.duplicates[0].key}" repeats ${r.duplicates[0].region}` : '';
    if (problem) throw new DataError(`data/stats/bps/${file} ${problem} (see the report above)`, { file });
    if (!isCompleteJoin(r)) log(`  warning: ${file} is a partial table; regions without a row show "no data"`);
  }
}

function describeConflict(c: SourceConflict): string {
  return `${c.indicator} ${c.year} ${c.name} (${c.kodeBps}): ${c.kept.value} ${c.kept.source} kept, ${c.other.value} ${c.other.source} (${c.other.file} row ${c.other.line}) left out${c.kind === 'rounding' ? ' (rounding)' : ''}`;
}

/** The committed conflict report: the rule, then every disagreement, then a count of agreements per source pair. */
export function conflictsMarkdown(conflicts: readonly SourceConflict[], sources: Record<string, { title: string }>): string {
  const differs = conflicts.filter((c) => c.kind === 'differs'), rounding = conflicts.filter((c) => c.kind === 'rounding');
  const lines = [
    '# Source conflicts (generated by `npm run data`; do not edit)',
    '',
    'Rule: where two sources give a value for the same region, indicator and year, the **BPS table as published**',
    '(`data/stats/bps/`, listed in `imports.csv`) wins over the compiled copies in `poverty_kabupaten.csv` and the other',
    'compiled tables (Kaggle, WFP PRISM, Open Data Jabar, news reports); for a province, BPS\'s province table',
    '(`bps/provinsi/`) wins over the province rows of a kabupaten/kota table. Two figures of the same rank stop the build.',
    '',
    `${conflicts.length} region–indicator–year cells have two sources: ${conflicts.length - differs.length - rounding.length} equal, ${rounding.length} equal after rounding to the coarser figure, ${differs.length} different.`,
    '',
    '## Disagreements',
    '',
  ];
  const table = (cs: readonly SourceConflict[]) => [
    '| indicator | year | region | kode BPS | kept (BPS table) | left out | left-out source, file and row |',
    '|---|---|---|---|---|---|---|',
    ...cs.map((c) => `| ${c.indicator} | ${c.year} | ${c.name} | ${c.kodeBps} | ${c.kept.value} (${c.kept.source}) | ${c.other.value} | ${c.other.source}, ${c.other.file} row ${c.other.line} |`),
  ];
  lines.push(...(differs.length ? table(differs) : ['None.']), '', '## Equal after rounding', '', ...(rounding.length ? table(rounding) : ['None.']), '', '## Equal figures, by source pair', '');
  const pairs = new Map<string, number>();
  for (const c of conflicts) if (c.kind === 'same') pairs.set(`${c.indicator} | ${c.kept.source} | ${c.other.source}`, (pairs.get(`${c.indicator} | ${c.kept.source} | ${c.other.source}`) ?? 0) + 1);
  lines.push('| indicator | kept | also given by | equal values |', '|---|---|---|---|');
  for (const [k, n] of [...pairs].sort()) {
    const [ind, kept, other] = k.split(' | ');
    lines.push(`| ${ind} | ${kept} | ${other} (${sources[other]?.title ?? other}) | ${n} |`);
  }
  return lines.join('\n') + '\n';
}

function toCsv(rows: IndicatorValue[]): string {
  return writeCsv(['kode_bps', 'kode_kemendagri', 'level', 'indicator', 'year', 'value', 'unit', 'source'], rows.map((r) => [r.kodeBps, r.kodeKemendagri, r.level, r.indicator, r.year, r.value, r.unit, r.source]));
}

if (isMain(import.meta.url)) {
  const regionsCsv = process.argv[2] ?? join(ROOT, DATA_LAYOUT.builtFolder, DATA_LAYOUT.regionsCsv);
  const outDir = process.argv[3] ?? join(ROOT, DATA_LAYOUT.builtFolder);
  runCli(() => buildIndicators({ regionsCsv, outDir, log: (m) => console.log(m), conflictsReport: join(ROOT, 'data/stats/CONFLICTS.md') }));
}

/** The page's form of the bundle: `indicators/index.json` and one `indicators/values/{id}.json` per indicator. */
async function writeSplitBundle(outDir: string, bundle: IndicatorBundle, kabupatenCount: number): Promise<void> {
  const { index, values, sources } = splitBundle(bundle, kabupatenCount);
  await rm(join(outDir, DATA_LAYOUT.indicatorValuesFolder), { recursive: true, force: true });
  await mkdir(join(outDir, DATA_LAYOUT.indicatorValuesFolder), { recursive: true });
  await writeFile(join(outDir, DATA_LAYOUT.indicatorIndex), JSON.stringify(index));
  await writeFile(join(outDir, DATA_LAYOUT.indicatorSources), JSON.stringify(sources));
  for (const [id, v] of Object.entries(values)) await writeFile(join(outDir, DATA_LAYOUT.indicatorValues(id)), JSON.stringify(valuesToFile(v)));
}
