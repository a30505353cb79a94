import { DataError } from '../errors.ts';
import { importBpsTable, type ImportResult } from '../table/import-bps-table.ts';
import { readDelimited } from '../table/read-delimited.ts';
import type { RegionRef } from '../table/region-matcher.ts';
import { writeCsv } from '../table/write-csv.ts';
import { importedRecords } from './imported-records.ts';
import type { StatRecord } from './stat-record.ts';

/**
 * FSVA columns (Badan Pangan Nasional, Peta Ketahanan dan Kerentanan Pangan) → indicator ids.
 * `IKP` is taken from an FSVA edition only when the IKP table does not have that year (see
 * {@link readFsva}); `IKP Ranking` is not used.
 */
export const FSVA_COLUMNS: Readonly<Record<string, string>> = {
  Komposit: 'fsva_priority_group',
  NCPR: 'fsva_ncpr',
  'Kemiskinan (%)': 'fsva_poverty_percent',
  'Pengeluaran Pangan (%)': 'fsva_food_expenditure_share',
  'Tanpa Listrik (%)': 'fsva_no_electricity',
  'Tanpa Air Bersih (%)': 'fsva_no_clean_water',
  'Lama Sekolah Perempuan (tahun)': 'fsva_female_schooling_years',
  'Rasio Tenaga Kesehatan': 'fsva_health_worker_ratio',
  'Angka Harapan Hidup (tahun)': 'fsva_life_expectancy',
  'Stunting (%)': 'fsva_stunting',
};

/** What a Bapanas table gives: figures keyed by Kemendagri code, and the importer's join report. */
export interface BapanasResult {
  records: StatRecord[];
  result: ImportResult;
}

/**
 * An FSVA edition as published by Bapanas (one row per kab/kota, "provinsi - kabupaten" in lower
 * case, e.g. "papua barat - sorong": the province as it was, so names are matched within it, old
 * Papua provinces included). Values are stored under the **edition year**; each edition uses the
 * previous year's inputs (FSVA 2024's poverty column is BPS P0 of March 2023). `withIkp` also
 * takes the `IKP` column (as `ikp`), for an edition the IKP table does not cover.
 * Throws `DataError` naming the file and row for a row without " - ".
 */
export function readFsva(text: string, opts: { file: string; edition: number; source: string; regions: readonly RegionRef[]; withIkp?: boolean }): BapanasResult {
  const { records } = readDelimited(text, opts.file, ',');
  const [head, ...rows] = records;
  const header = head?.cells ?? [];
  if (fold(header[0]) !== 'wilayah') throw new DataError(`${opts.file} row ${head?.line ?? 1}, column 1: "${header[0] ?? ''}"; expected the header "Wilayah" (FSVA export)`, { file: opts.file, row: head?.line ?? 1 });
  const wide = rows.map((r) => {
    const parts = r.cells[0].split(' - ');
    if (parts.length !== 2) throw new DataError(`${opts.file} row ${r.line}, column "Wilayah": "${r.cells[0]}"; expected "provinsi - kabupaten/kota"`, { file: opts.file, row: r.line, column: 'Wilayah', value: r.cells[0] });
    return [...parts.map((p) => p.trim()), ...r.cells.slice(1)];
  });
  const result = importWide(writeCsv(['Provinsi', 'Kabupaten/Kota', ...header.slice(1)], wide), opts.file, opts.regions);
  const columns = { ...FSVA_COLUMNS, ...(opts.withIkp ? { IKP: 'ikp' } : {}) };
  const out: StatRecord[] = [];
  for (const [column, indicator] of Object.entries(columns))
    out.push(...importedRecords(result, { file: opts.file, indicator, year: opts.edition, column, source: opts.source }));
  return { records: out, result };
}

/**
 * The Food Security Index table (IKP, Bapanas; semicolon-separated, one row per kab/kota and
 * edition year with "Nama Provinsi", "Nama Kabupaten", "Tipe" and the IKP score). Matched by name
 * within the province as written (the table's 4-digit codes are not used: they follow Kemendagri's
 * order, and for Papua possibly the pre-2022 provinces). Values under the edition year (`ikp`).
 */
export function readIkp(text: string, opts: { file: string; source: string; regions: readonly RegionRef[] }): BapanasResult {
  const { records } = readDelimited(text, opts.file, ';');
  const [head, ...rows] = records;
  const header = head?.cells ?? [];
  const col = (name: string) => {
    const j = header.indexOf(name);
    if (j < 0) throw new DataError(`${opts.file}: no column "${name}"; header is "${header.join(';')}"`, { file: opts.file, row: head?.line ?? 1, column: name });
    return j;
  };
  const [prov, name, kind, year, ikp] = ['Nama Provinsi', 'Nama Kabupaten', 'Tipe', 'Tahun', 'IKP'].map(col);
  const years = [...new Set(rows.map((r) => r.cells[year]))].sort();
  for (const r of rows) if (!/^(19|20)\d\d$/.test(r.cells[year])) throw new DataError(`${opts.file} row ${r.line}, column "Tahun": "${r.cells[year]}" is not a year`, { file: opts.file, row: r.line, column: 'Tahun', value: r.cells[year] });
  // One row per kab/kota with a column per year; the kind ("Kota") goes into the name as BPS writes it.
  const wide = new Map<string, string[]>();
  for (const r of rows) {
    const label = r.cells[kind] === 'Kota' && !/^kota\s/i.test(r.cells[name]) ? `Kota ${r.cells[name]}` : r.cells[name];
    const key = `${r.cells[prov]}|${label}`;
    const row = wide.get(key) ?? [r.cells[prov], label, ...years.map(() => '')];
    const j = 2 + years.indexOf(r.cells[year]);
    if (row[j] !== '') throw new DataError(`${opts.file} row ${r.line}: a second ${r.cells[year]} row for ${label} (${r.cells[prov]})`, { file: opts.file, row: r.line });
    row[j] = r.cells[ikp];
    wide.set(key, row);
  }
  const result = importWide(writeCsv(['Provinsi', 'Kabupaten/Kota', ...years.map((y) => `IKP ${y}`)], [...wide.values()]), opts.file, opts.regions);
  const out: StatRecord[] = [];
  for (const y of years) out.push(...importedRecords(result, { file: opts.file, indicator: 'ikp', year: Number(y), column: `IKP ${y}`, source: opts.source }));
  return { records: out, result };
}

function importWide(csv: string, file: string, regions: readonly RegionRef[]): ImportResult {
  return importBpsTable(csv, { regions, file });
}

function fold(s: string | undefined): string {
  return (s ?? '').trim().toLowerCase();
}
