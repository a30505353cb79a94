import { DataError } from '../errors.ts';
import { readDelimited } from '../table/read-delimited.ts';
import type { SkippedRecord, StatRecord } from './stat-record.ts';

type Row = { line: number; get: (column: string) => string };

/** Rows of a compiled CSV (comma, dot decimals) as getters by column name; checks the header. */
export function csvRows(text: string, file: string, required: readonly string[]): Row[] {
  const { records } = readDelimited(text, file, ',');
  const header = records[0]?.cells ?? [];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new DataError(`${file}: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; header is "${header.join(',')}"`, { file, row: 1 });
  const index = new Map(header.map((h, i) => [h, i]));
  return records.slice(1).map(({ line, cells }) => ({ line, get: (c: string) => cells[index.get(c) ?? -1] ?? '' }));
}

/** A number cell of a compiled table; `null` when empty. Throws `DataError` naming file, row, column and value. */
export function numberCell(row: Row, file: string, column: string, range?: [number, number]): number | null {
  const raw = row.get(column);
  if (raw === '') return null;
  const v = Number(raw);
  const where = `${file} row ${row.line}, column "${column}"`;
  if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(v)) throw new DataError(`${where}: "${raw}" is not a number (expected dot decimals, e.g. 18.98)`, { file, row: row.line, column, value: raw });
  if (range && (v < range[0] || v > range[1])) throw new DataError(`${where}: ${v} is outside the plausible range ${range[0]}..${range[1]}`, { file, row: row.line, column, value: v });
  return v;
}

/** The year cell, checked to be a plausible 4-digit year. */
export function yearCell(row: Row, file: string, column = 'year'): number {
  const raw = row.get(column);
  if (!/^(19|20)\d\d$/.test(raw)) throw new DataError(`${file} row ${row.line}, column "${column}": "${raw}" is not a year`, { file, row: row.line, column, value: raw });
  return Number(raw);
}

/** A kabupaten Kemendagri code cell (NN.NN). */
export function kabupatenCode(row: Row, file: string, column = 'code'): string {
  const raw = row.get(column);
  if (!/^\d{2}\.\d{2}$/.test(raw)) throw new DataError(`${file} row ${row.line}, column "${column}": "${raw}" is not a Kemendagri kabupaten code (NN.NN)`, { file, row: row.line, column, value: raw });
  return raw;
}

const POVERTY_FIELDS = { p0: ['p0_percent', [0, 100]], poor: ['poor_thousands', [0, 50_000]], p1: ['p1', [0, 100]], p2: ['p2', [0, 100]] } as const;
const POVERTY_INDICATOR = { p0: 'p0', poor: 'poor_thousands', p1: 'p1', p2: 'p2' } as const;

/**
 * `poverty_kabupaten.csv`: one row per kabupaten and year with P0, poor (thousands), P1, P2 and a
 * `source_id` listing which source supplied which field ("KAGGLE_KTKI_2021(p0);BPS_P1P2_…(p1,p2)").
 * A value whose field no source claims is an error, as is a claimed field left empty.
 */
export function readPovertyTable(text: string, file = 'poverty_kabupaten.csv'): StatRecord[] {
  const out: StatRecord[] = [];
  for (const row of csvRows(text, file, ['code', 'year', 'p0_percent', 'poor_thousands', 'p1', 'p2', 'source_id'])) {
    const code = kabupatenCode(row, file), year = yearCell(row, file);
    const claimed = new Map<string, string>();
    for (const part of row.get('source_id').split(';')) {
      const m = /^([A-Z0-9_]+)\(([a-z0-9,]+)\)$/.exec(part.trim());
      if (!m) throw new DataError(`${file} row ${row.line}, column "source_id": "${part}" is not SOURCE(field,…)`, { file, row: row.line, column: 'source_id', value: part });
      for (const f of m[2].split(',')) claimed.set(f, m[1]);
    }
    for (const [field, [column, range]] of Object.entries(POVERTY_FIELDS) as [keyof typeof POVERTY_FIELDS, (typeof POVERTY_FIELDS)[keyof typeof POVERTY_FIELDS]][]) {
      const v = numberCell(row, file, column, [...range]);
      const source = claimed.get(field);
      if (v === null && !source) continue;
      if (v === null || !source) throw new DataError(`${file} row ${row.line}, column "${column}": ${v === null ? `empty although source_id names "${field}"` : `${v} has no source in source_id "${row.get('source_id')}"`}`, { file, row: row.line, column, value: v });
      out.push({ kodeKemendagri: code, level: 'kabupaten', indicator: POVERTY_INDICATOR[field], year, value: v, source, file, line: row.line });
    }
  }
  return out;
}

/**
 * Long tables (`farming_kabupaten.csv`, `covariates_kabupaten.csv`): keep the rows of the indicators
 * in `ranges`, each checked against its plausible range. `series` may rename an indicator by year,
 * to keep a methodological break apart (IPM from 2024 on uses BPS's revised life expectancy).
 */
export function readLongTable(
  text: string, file: string, ranges: Readonly<Record<string, readonly [number, number]>>, series: (indicator: string, year: number) => string = (i) => i,
): StatRecord[] {
  const out: StatRecord[] = [];
  for (const row of csvRows(text, file, ['code', 'year', 'indicator', 'value', 'source_id'])) {
    const range = ranges[row.get('indicator')];
    if (!range) continue;
    const v = requiredNumber(row, file, 'value', range);
    const year = yearCell(row, file);
    out.push({ kodeKemendagri: kabupatenCode(row, file), level: 'kabupaten', indicator: series(row.get('indicator'), year), year, value: v, source: row.get('source_id'), file, line: row.line });
  }
  return out;
}

/**
 * `extreme_poverty.csv`: province, kabupaten and national rows. Rows whose source id ends in
 * `_TNP2K` are the 2021 priority-setting series (`extreme_poverty_tnp2k`); the national 2025 row
 * uses BPS's revised line (`extreme_poverty_revised`). Papua/Papua Barat rows on pre-2022
 * boundaries are skipped: they cover more than today's provinces 91/92.
 */
export function readExtremeTable(text: string, file = 'extreme_poverty.csv'): { records: StatRecord[]; skipped: SkippedRecord[] } {
  const records: StatRecord[] = [], skipped: SkippedRecord[] = [];
  for (const row of csvRows(text, file, ['code', 'level', 'name', 'year', 'extreme_percent', 'source_id'])) {
    const code = row.get('code'), source = row.get('source_id'), year = yearCell(row, file);
    const levels: Record<string, StatRecord['level']> = { province: 'provinsi', kabupaten: 'kabupaten', national: 'national' };
    const level = levels[row.get('level')];
    if (!level) throw new DataError(`${file} row ${row.line}, column "level": "${row.get('level')}" is not province|kabupaten|national`, { file, row: row.line, column: 'level', value: row.get('level') });
    if (/pre-2022/i.test(row.get('name'))) { skipped.push({ file, line: row.line, code, reason: `${row.get('name')}: pre-2022 boundaries, not today's province ${code}` }); continue; }
    const value = requiredNumber(row, file, 'extreme_percent');
    const indicator = source.endsWith('_TNP2K') ? 'extreme_poverty_tnp2k' : level === 'national' && /revised/i.test(row.get('name')) ? 'extreme_poverty_revised' : 'extreme_poverty';
    records.push({ kodeKemendagri: code, level, indicator, year, value, source, file, line: row.line });
  }
  return { records, skipped };
}

/** `national.csv`: published national reference values (indicator, year, value, source_id). */
export function readNationalTable(text: string, file = 'national.csv'): StatRecord[] {
  return csvRows(text, file, ['indicator', 'year', 'value', 'source_id']).map((row) => ({
    kodeKemendagri: 'ID', level: 'national', indicator: row.get('indicator'), year: yearCell(row, file),
    value: requiredNumber(row, file, 'value'), source: row.get('source_id'), file, line: row.line,
  }));
}

function requiredNumber(row: Row, file: string, column: string, range: readonly [number, number] = [0, 100]): number {
  const v = numberCell(row, file, column, [range[0], range[1]]);
  if (v === null) throw new DataError(`${file} row ${row.line}, column "${column}": empty`, { file, row: row.line, column });
  return v;
}
