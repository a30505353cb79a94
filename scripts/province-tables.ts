import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../src/lib/errors.ts';
import { formatProvinceReport, readProvincePoverty, type ProvinceTableReport } from '../src/lib/indicators/read-province-poverty.ts';
import type { StatRecord } from '../src/lib/indicators/stat-record.ts';
import type { Region } from '../src/lib/regions/region.ts';

/** Folder (under data/stats) of BPS's province poverty table, one file per year. */
export const PROVINCE_DIR = 'bps/provinsi';
/** Source id of those files in sources.csv. */
export const PROVINCE_SOURCE = 'BPS_PROV_POVERTY_2015_2025';
const NAME = /^bps-prov-poverty-(\d{4})\.csv$/;

/**
 * BPS's "Jumlah dan Persentase Penduduk Miskin Menurut Provinsi", 2015–2025 (`bps-prov-poverty-YYYY.csv`):
 * March P0 and March number of poor per province, logged with the join report of each year and a
 * check of its "Indonesia" row against the national reference values (`national`, year → P0).
 * A file in the folder whose name is not of that form stops the build. A stats folder without it
 * (a fixture) gives no province figures, and the log says so.
 */
export async function readProvinceTables(stats: string, regions: readonly Region[], national: ReadonlyMap<number, number>, log: (m: string) => void): Promise<{ records: StatRecord[]; reports: ProvinceTableReport[] }> {
  const dir = join(stats, PROVINCE_DIR);
  if (!existsSync(dir)) {
    log(`  no ${PROVINCE_DIR}/ folder: no province table read`);
    return { records: [], reports: [] };
  }
  const files = (await readdir(dir)).sort();
  const records: StatRecord[] = [], reports: ProvinceTableReport[] = [];
  for (const f of files) {
    const m = NAME.exec(f);
    if (!m) throw new DataError(`${PROVINCE_DIR}/${f}: not a province table name (expected bps-prov-poverty-YYYY.csv)`, { file: f });
    const file = `${PROVINCE_DIR}/${f}`;
    const r = readProvincePoverty(await readFile(join(dir, f), 'utf8'), { file, year: Number(m[1]), source: PROVINCE_SOURCE, regions });
    records.push(...r.records);
    reports.push(r.report);
    formatProvinceReport(r.report).forEach((l) => log(`  ${l}`));
    log(`    ${nationalCheck(r.report, national)}`);
  }
  return { records, reports };
}

/** The file's "Indonesia" row against national.csv: equal, different, or not readable as a rate (it is never used as a figure). */
export function nationalCheck(r: ProvinceTableReport, national: ReadonlyMap<number, number>): string {
  const raw = r.national?.raw ?? '';
  const ref = national.get(r.year);
  const v = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  const row = `row ${r.national?.line ?? '?'} "Indonesia" March P0 "${raw}"`;
  if (!(v >= 0 && v <= 100)) return `${row}: not a rate (the row is shifted in this copy); not used, national.csv ${ref ?? 'has no value'}`;
  if (ref === undefined) return `${row}: national.csv has no ${r.year} value to compare; not used`;
  return v === ref ? `${row} = national.csv ${ref}` : `${row} differs from national.csv ${ref}; national.csv kept`;
}
