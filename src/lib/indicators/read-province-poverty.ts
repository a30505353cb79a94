import { DataError } from '../errors.ts';
import { provinceKey } from '../names.ts';
import type { Region } from '../regions/region.ts';
import { readDelimited } from '../table/read-delimited.ts';
import type { StatRecord } from './stat-record.ts';

/** The March columns of BPS's "Jumlah dan Persentase Penduduk Miskin Menurut Provinsi" that Lokus uses, and their indicators. */
export const PROVINCE_MARCH_COLUMNS = [
  { header: 'Persentase Penduduk Miskin - Maret', indicator: 'p0', range: [0, 100] },
  { header: 'Jumlah Penduduk Miskin - Maret (ribu) (Ribu)', indicator: 'poor_thousands', range: [0, 50_000] },
] as const;

/**
 * Provinces split in 2022 (UU 14–16/2022, UU 29/2022), by the folded name of the old province: a
 * row of the old name is on today's boundaries only where every new province has a figure of its
 * own in the same column of the same file. Until then BPS published the old province whole.
 */
export const SPLIT_PROVINCES: Readonly<Record<string, readonly string[]>> = {
  papua: ['Papua Selatan', 'Papua Tengah', 'Papua Pegunungan'],
  papuabarat: ['Papua Barat Daya'],
};

/** What a province table gave and what it did not use, for the build log. */
export interface ProvinceTableReport {
  file: string;
  year: number;
  /** Province rows in the file and registry provinces; how many of each were matched. */
  rows: number;
  matchedRows: number;
  provinces: number;
  matchedProvinces: number;
  /** Row names that are no registry province (must be empty for the build to pass). */
  unmatchedRows: { line: number; name: string }[];
  /** Registry provinces without a row in the file. */
  provincesWithoutRow: string[];
  /** Cells holding BPS's `...` (no figure), per column header: never read as 0. */
  missing: { line: number; name: string; column: string }[];
  /** Values left out because the row is on pre-2022 boundaries. */
  oldBoundaries: { line: number; name: string; column: string; value: number; reason: string }[];
  /** The "Indonesia" row's March P0 as written (a check against national.csv, not a figure of the map). */
  national?: { line: number; raw: string };
  /** Note lines under the table ("Keterangan"). */
  notes: string[];
}

/** Inputs of {@link readProvincePoverty} besides the text. */
export interface ProvinceTableOptions {
  /** Name used in messages, e.g. `bps/provinsi/bps-prov-poverty-2025.csv`. */
  file: string;
  /** The year of the file (one file per year; the columns are March and September of it). */
  year: number;
  source: string;
  /** Registry rows; provinces are matched by name ({@link provinceKey}). */
  regions: readonly Region[];
  /** `StatRecord.precedence` of the figures (default −1: BPS's own province table wins over province rows of a kabupaten table). */
  precedence?: number;
}

/**
 * One year of BPS's province poverty table (copy in `data/stats/bps/provinsi/`): province rows by
 * name, then "Indonesia", then optional notes. Reads the March P0 and March number of poor only
 * (September is another semester's series and is not mixed in). Strict: an unknown or repeated
 * province name, a missing column, or a cell that is neither a number nor `...` throws `DataError`
 * naming file, row, column and value; `...` is a missing figure (reported, never 0); a value out of
 * range throws. Old Papua / Papua Barat rows (see {@link SPLIT_PROVINCES}) are left out and reported.
 */
export function readProvincePoverty(text: string, o: ProvinceTableOptions): { records: StatRecord[]; report: ProvinceTableReport } {
  const { records: rows } = readDelimited(text, o.file, ',');
  const header = rows[0]?.cells ?? [];
  const col = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new DataError(`${o.file} row 1: no column "${h}"; header is "${header.join(',')}"`, { file: o.file, row: 1, column: h });
    return i;
  };
  if (header[0] !== 'Provinsi') throw new DataError(`${o.file} row 1, column 1: "${header[0] ?? ''}", expected "Provinsi"`, { file: o.file, row: 1, column: '1', value: header[0] });
  const columns = PROVINCE_MARCH_COLUMNS.map((c) => ({ ...c, index: col(c.header) }));
  const byKey = new Map(o.regions.filter((r) => r.level === 'provinsi').map((r) => [provinceKey(r.name), r]));
  const report: ProvinceTableReport = {
    file: o.file, year: o.year, rows: 0, matchedRows: 0, provinces: byKey.size, matchedProvinces: 0,
    unmatchedRows: [], provincesWithoutRow: [], missing: [], oldBoundaries: [], notes: [],
  };
  type Cell = { line: number; name: string; region: Region; values: Map<string, number> };
  const seen = new Map<string, Cell>();
  let section: 'provinces' | 'after-national' | 'notes' = 'provinces';
  for (const { line, cells } of rows.slice(1)) {
    const name = cells[0] ?? '';
    const empty = cells.every((c) => c === '');
    if (section !== 'provinces') {
      const note = empty || (name !== '' && cells.slice(1).every((c) => c === ''));
      if (!note) throw new DataError(`${o.file} row ${line}: "${cells.join(',')}" after the "Indonesia" row; expected notes only (first cell text, the others empty)`, { file: o.file, row: line, value: name });
      if (name === 'Keterangan') section = 'notes';
      else if (!empty && name !== '-') report.notes.push(name);
      continue;
    }
    if (empty) throw new DataError(`${o.file} row ${line}: an empty row before the "Indonesia" row`, { file: o.file, row: line });
    if (name === 'Indonesia') {
      report.national = { line, raw: cells[columns[0].index] ?? '' };
      section = 'after-national';
      continue;
    }
    report.rows++;
    const region = byKey.get(provinceKey(name));
    if (!region) {
      report.unmatchedRows.push({ line, name });
      continue;
    }
    if (seen.has(region.kode)) throw new DataError(`${o.file} row ${line}: "${name}" repeats ${region.name} (row ${seen.get(region.kode)!.line})`, { file: o.file, row: line, value: name });
    const values = new Map<string, number>();
    for (const c of columns) {
      const raw = cells[c.index] ?? '';
      const at = { file: o.file, row: line, column: c.header, value: raw };
      if (raw === '...') { report.missing.push({ line, name, column: c.header }); continue; }
      if (!/^\d+(\.\d+)?$/.test(raw)) throw new DataError(`${o.file} row ${line} (${name}), column "${c.header}": "${raw}" is not a number (expected dot decimals such as 18.6, or "..." for no figure)`, at);
      const v = Number(raw);
      if (v < c.range[0] || v > c.range[1]) throw new DataError(`${o.file} row ${line} (${name}), column "${c.header}": ${v} is outside ${c.range[0]}..${c.range[1]}`, at);
      values.set(c.header, v);
    }
    seen.set(region.kode, { line, name, region, values });
    report.matchedRows++;
  }
  if (section === 'provinces') throw new DataError(`${o.file}: no "Indonesia" row after the provinces (is the file cut short?)`, { file: o.file });
  if (report.unmatchedRows.length) {
    const u = report.unmatchedRows[0];
    throw new DataError(`${o.file} row ${u.line}, column "Provinsi": "${u.name}" is not a province of the registry (${report.unmatchedRows.length} such rows)`, { file: o.file, row: u.line, column: 'Provinsi', value: u.name });
  }
  report.matchedProvinces = seen.size;
  report.provincesWithoutRow = [...byKey.values()].filter((r) => !seen.has(r.kode)).map((r) => r.name).sort();

  const records: StatRecord[] = [];
  const byFold = new Map([...seen.values()].map((c) => [provinceKey(c.region.name), c]));
  for (const cell of seen.values()) {
    const daughters = SPLIT_PROVINCES[provinceKey(cell.region.name)] ?? [];
    for (const c of columns) {
      const v = cell.values.get(c.header);
      if (v === undefined) continue;
      const without = daughters.filter((d) => byFold.get(provinceKey(d))?.values.get(c.header) === undefined);
      if (without.length) {
        report.oldBoundaries.push({ line: cell.line, name: cell.name, column: c.header, value: v, reason: `pre-2022 boundaries: ${without.join(', ')} ${without.length === 1 ? 'has' : 'have'} no figure of ${without.length === 1 ? 'its' : 'their'} own in this file, so the row still includes ${without.length === 1 ? 'it' : 'them'}` });
        continue;
      }
      records.push({ kodeKemendagri: cell.region.kemendagri, level: 'provinsi', indicator: c.indicator, year: o.year, value: v, source: o.source, file: o.file, line: cell.line, precedence: o.precedence ?? -1 });
    }
  }
  return { records, report };
}

/** The report as log lines: the join on both sides, then what was left out and why. */
export function formatProvinceReport(r: ProvinceTableReport): string[] {
  const lines = [`${r.file}: ${r.matchedProvinces}/${r.provinces} provinces of the registry matched by name, ${r.matchedRows}/${r.rows} province rows used (March columns only)`];
  if (r.provincesWithoutRow.length) lines.push(`  provinces without a row (${r.provincesWithoutRow.length}): ${r.provincesWithoutRow.join(', ')}`);
  const missing = new Map<string, string[]>();
  for (const m of r.missing) missing.set(m.column, [...(missing.get(m.column) ?? []), m.name]);
  for (const [column, names] of missing) lines.push(`  "${column}" is "..." (no figure) for ${names.length}: ${names.join(', ')}`);
  for (const b of r.oldBoundaries) lines.push(`  row ${b.line} ${b.name}, "${b.column}" ${b.value} left out: ${b.reason}`);
  for (const n of r.notes) lines.push(`  note in the file: "${n}"`);
  return lines;
}
