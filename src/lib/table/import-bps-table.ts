import { DataError } from '../errors.ts';
import { fold, splitKind } from '../names.ts';
import { clip, type JoinReport } from './join-report.ts';
import { CODE_HEADER, locateTable } from './locate-table.ts';
import { inferDecimalMark, isMissing, parseNumber, type DecimalMark } from './parse-number.ts';
import { readDelimited, type TableRecord } from './read-delimited.ts';
import { columnLetter, type SheetTable } from './read-xlsx.ts';
import { RegionMatcher, type CodeSystem, type RegionRef } from './region-matcher.ts';
import { chooseCodeSystem, isAllCaps, isProvinceRow } from './row-keys.ts';

/** Options of {@link importBpsTable}; every key is optional except `regions`. */
export interface ImportOptions {
  /** Registry rows (provinsi and kabupaten levels are used; others are ignored). */
  regions: readonly RegionRef[];
  /** File name used in messages. Default `input`. */
  file?: string;
  /** How 4-digit codes are read. Default `auto`: header ("kode_bps", "kode_dagri"), dots, then agreement with names, else BPS. */
  codeSystem?: CodeSystem | 'auto';
  /** Plausible range per value column (by header text). Default: [0, 100] for columns whose header says persen/percent/%/P0. */
  ranges?: Record<string, [number, number]>;
  /** Aliases for old names (see `KABUPATEN_ALIASES`). */
  aliases?: Record<string, string>;
  /** Most entries shown in each sample list of the report. Default 10. */
  sampleSize?: number;
}

/** One matched row: a kabupaten/kota, or a province row of the same table (a published province figure). */
export interface ImportedRow {
  line: number;
  level: 'provinsi' | 'kabupaten';
  kodeBps: string;
  kodeKemendagri: string;
  /** Name as written in the file. */
  name: string;
  /** Value per value column; null for a missing mark ("-", "…") or a dropped out-of-range number. */
  values: Record<string, number | null>;
}

/** What {@link importBpsTable} returns: matched rows (kabupaten and province rows) and the join report. */
export interface ImportResult {
  rows: ImportedRow[];
  report: JoinReport;
}

const PERCENT_HEADER = /persen|percent|%|\bp0\b/i;

/**
 * Read a kabupaten/kota table as BPS and ministries publish it (CSV/TSV, comma or semicolon,
 * decimal commas, BOM, title rows above the header, ALL-CAPS province rows between kabupaten,
 * "Kab."/"Kota" prefixes, BPS or Kemendagri codes with or without dots, or names only) and join
 * it to the registry. Pure: no file or DOM access, so the page can run it on a dropped file.
 * `input` is CSV/TSV text, or a sheet read by `readXlsx` (then numbers the workbook stores as
 * numbers are used as they are, and bad cells are named by sheet cell, e.g. C8).
 *
 * A kabupaten listed twice (under its old and its new province, as BPS's 2024 Papua blocks) is
 * merged when the two rows fill different columns; a province row heading kabupaten that today
 * belong to several provinces loses those columns' values (they are for older boundaries).
 *
 * Returns the matched rows and a {@link JoinReport}; a partial join is reported, not thrown.
 * Throws `DataError` when the file has no data rows or when no row matches any region.
 */
export function importBpsTable(input: string | SheetTable, options: ImportOptions): ImportResult {
  const sheet = typeof input === 'string' ? undefined : input;
  const file = options.file ?? (sheet ? `${sheet.file}, sheet "${sheet.sheet}"` : 'input');
  const sample = options.sampleSize ?? 10;
  const matcher = new RegionMatcher(options.regions, options.aliases);
  const t = locateTable(sheet ? sheet.records : readDelimited(input as string, file).records);
  const { codeCol, nameCol, provinceCol, data } = t;
  const keyCols = new Set([codeCol, nameCol, provinceCol]);
  const cell = (r: { cells: string[] }, j: number) => (j >= 0 ? r.cells[j] ?? '' : '');
  // A spreadsheet cell stored as a number needs no parsing (and no decimal-mark guess).
  const stored = (r: TableRecord, j: number) => r.numbers?.[j];
  const ref = (r: TableRecord, j: number) => (sheet ? `${columnLetter(j + 1)}${r.line}` : undefined);

  // Value columns: mostly numbers among the non-missing cells, and not a second code column.
  const marks = new Map<number, DecimalMark>();
  t.columns.forEach((name, j) => {
    if (keyCols.has(j) || CODE_HEADER.test(name)) return;
    const filled = data.filter((r) => !isMissing(cell(r, j)));
    const numeric = filled.filter((r) => stored(r, j) !== undefined || !Number.isNaN(parseNumber(cell(r, j)) ?? NaN)).length;
    if (filled.length && numeric / filled.length >= 0.5) marks.set(j, inferDecimalMark(filled.filter((r) => stored(r, j) === undefined).map((r) => cell(r, j))));
  });
  // A column of "269.180"-style cells settles nothing by itself; follow the file's other columns.
  const settled = [...marks.values()].filter((m) => m !== 'auto');
  const fileMark = settled.filter((m) => m === ',').length > settled.length / 2 ? ',' : settled.length ? '.' : 'auto';
  for (const [j, m] of marks) if (m === 'auto') marks.set(j, fileMark);
  const ranges = (j: number): [number, number] | undefined => options.ranges?.[t.columns[j]] ?? (PERCENT_HEADER.test(t.columns[j]) ? [0, 100] : undefined);

  const report: JoinReport = {
    file, keyedBy: 'name', columns: [...marks.keys()].map((j) => t.columns[j]), sourceRows: 0, matched: 0,
    targets: matcher.kabupaten.length, targetsMatched: 0, unmatchedSource: [], unmatchedSourceCount: 0, unmatchedTargets: [],
    unmatchedTargetCount: 0, ambiguous: [], resolvedByConvention: 0, conflicts: [], duplicates: [], badCells: [], outOfRange: [],
    provinceRows: 0, nationalRows: 0, warnings: [], skipped: [], missingCells: 0, mergedRows: [], provinceValuesDropped: [],
    notes: sheet ? [...sheet.notes] : [],
  };
  const names = data.map((r) => cell(r, nameCol));
  const capsFile = names.filter(isAllCaps).length > 0.6 * names.filter((n) => n !== '').length;
  const kotaKeys = new Set(names.filter((n) => splitKind(n).kind === 'kota').map((n) => fold(splitKind(n).base)));
  const system = codeCol >= 0 ? chooseCodeSystem(options.codeSystem ?? 'auto', t.columns[codeCol], data.map((r) => [cell(r, codeCol), cell(r, nameCol)]), matcher, report) : undefined;
  if (system) report.keyedBy = system;

  const rows: ImportedRow[] = [];
  const used = new Map<string, ImportedRow>();
  const unmatched: { line: number; key: string }[] = [];
  // Province rows and the kabupaten rows under each (until the next province row), to check boundaries.
  const blocks: { row: ImportedRow; kab: { parent: string; values: Record<string, number | null> }[] }[] = [];
  let province: string | undefined;
  for (const r of data) {
    const code = cell(r, codeCol), name = cell(r, nameCol), key = code || name;
    if (r.cells.filter((c) => c !== '').length < 2 || !key) { // notes and footers ("Sumber: BPS"), reported
      const text = r.cells.filter((c) => c !== '').join(' ');
      report.skipped.push({ line: r.line, text: text.length > 80 ? `${text.slice(0, 77)}…` : text, reason: key ? 'a note or footer (one filled cell)' : 'no name or code' });
      continue;
    }
    if (fold(name) === 'indonesia' || /^(0|00|ID)$/i.test(code)) { report.nationalRows++; continue; }
    if (provinceCol >= 0) province = matcher.province(cell(r, provinceCol))?.kode ?? province;
    const byCode = code && system ? matcher.byCode(code, system) : undefined;
    const prov = byCode?.level === 'provinsi' ? byCode : !code && isProvinceRow(name, capsFile, matcher) ? matcher.province(name) : undefined;
    if (prov) {
      province = prov.kode;
      report.provinceRows++;
      const row: ImportedRow = { line: r.line, level: 'provinsi', kodeBps: prov.kode, kodeKemendagri: prov.kemendagri, name: name || code, values: readValues(r) };
      rows.push(row);
      blocks.push({ row, kab: [] });
      continue;
    }
    report.sourceRows++;
    const byName = name ? matcher.byName(name, { province, kotaKeys }) : undefined;
    let region = byCode?.level === 'kabupaten' ? byCode : undefined;
    if (region && byName?.status === 'matched' && byName.region !== region) report.conflicts.push({ line: r.line, code: clip(code), name: clip(name), byName: byName.region.name });
    if (!region && byName?.status === 'matched') {
      region = byName.region;
      if (byName.how === 'convention') report.resolvedByConvention++;
      if (code) report.warnings.push(`row ${r.line}: code "${clip(code)}" is not a known ${system} code; matched by name to ${region.name}`);
    }
    if (!region && byName?.status === 'ambiguous') report.ambiguous.push({ line: r.line, name: clip(name), candidates: byName.candidates.map((c) => c.name).sort() });
    if (!region) { unmatched.push({ line: r.line, key: clip(key) }); continue; }
    const values = readValues(r);
    blocks.at(-1)?.kab.push({ parent: region.parent, values: { ...values } }); // a copy: a later row may be merged into `values`
    const first = used.get(region.kode);
    if (first) {
      // BPS repeats a kabupaten under its old and its new province (Papua, 2022 split), each row
      // with the years of one: merge rows whose filled columns do not overlap; else a duplicate.
      const overlap = Object.keys(values).filter((c) => values[c] !== null && first.values[c] !== null && first.values[c] !== undefined);
      if (overlap.length) { report.duplicates.push({ line: r.line, key: clip(key), region: region.name }); continue; }
      for (const [c, v] of Object.entries(values)) if (v !== null) first.values[c] = v;
      report.mergedRows.push({ line: r.line, firstLine: first.line, region: region.name, columns: Object.keys(values).filter((c) => values[c] !== null) });
      continue;
    }
    report.matched++;
    const row: ImportedRow = { line: r.line, level: 'kabupaten', kodeBps: region.kode, kodeKemendagri: region.kemendagri, name: name || code, values };
    used.set(region.kode, row);
    rows.push(row);
  }

  // A province row heading kabupaten rows that today belong to several provinces gives a figure for
  // other boundaries than today's (Papua before the 2022 split): that column's value is dropped.
  for (const b of blocks) {
    const dropped: string[] = [];
    for (const column of Object.keys(b.row.values)) {
      if (b.row.values[column] === null) continue;
      const parents = new Set(b.kab.filter((k) => k.values[column] !== null && k.values[column] !== undefined).map((k) => k.parent));
      if (parents.size > 1) { dropped.push(column); b.row.values[column] = null; }
    }
    if (dropped.length) {
      const today = [...new Set(b.kab.map((k) => k.parent))].map((p) => matcher.provinceByCode(p)?.name ?? p).sort();
      report.provinceValuesDropped.push({ line: b.row.line, name: b.row.name, columns: dropped, reason: `its kabupaten/kota rows belong to ${today.length} of today's provinces (${today.join(', ')}): a figure for older boundaries` });
    }
  }

  function readValues(r: TableRecord): Record<string, number | null> {
    // No prototype: a column named "__proto__" (or "constructor") keeps its values like any other.
    const out = Object.create(null) as Record<string, number | null>;
    for (const [j, mark] of marks) {
      const raw = cell(r, j), column = t.columns[j], range = ranges(j), at = ref(r, j);
      const v = stored(r, j) ?? parseNumber(raw, mark);
      if (v === null) { if (raw !== '') report.missingCells++; out[column] = null; }
      else if (Number.isNaN(v)) { report.badCells.push({ line: r.line, column: clip(column), value: clip(raw), ...(at ? { cell: at } : {}) }); out[column] = null; }
      else if (range && (v < range[0] || v > range[1])) { report.outOfRange.push({ line: r.line, column, value: v, range, ...(at ? { cell: at } : {}) }); out[column] = null; }
      else out[column] = v;
    }
    return out;
  }

  if (report.sourceRows === 0 && report.provinceRows === 0)
    throw new DataError(`${file}: no data rows found (expected a column of kabupaten/kota names or codes followed by numbers)`, { file, id: `${file}: tidak ada baris data (yang diharapkan kolom nama atau kode kabupaten/kota diikuti angka)` });
  if (report.matched === 0 && report.sourceRows > 0)
    throw new DataError(`${file}: none of the ${report.sourceRows} rows matched a kabupaten/kota ${report.keyedBy === 'name' ? 'by name' : `by ${report.keyedBy} code`}; first rows: ${unmatched.slice(0, 3).map((u) => `"${u.key}" (row ${u.line})`).join(', ')}. Expected names such as "Kab. Kupang" / "Kota Kupang", BPS codes (5303) or Kemendagri codes (53.01)${report.ambiguous.length ? `; ${report.ambiguous.length} names are ambiguous, e.g. "${report.ambiguous[0].name}" (${report.ambiguous[0].candidates.join(' / ')}): write "Kab." or "Kota"` : ''}`, { file, row: unmatched[0]?.line, id: `${file}: tidak satu pun dari ${report.sourceRows} baris cocok dengan kabupaten/kota ${report.keyedBy === 'name' ? 'menurut nama' : `menurut kode ${report.keyedBy}`}; baris pertama: ${unmatched.slice(0, 3).map((u) => `"${u.key}" (baris ${u.line})`).join(', ')}. Yang diharapkan nama seperti "Kab. Kupang" / "Kota Kupang", kode BPS (5303) atau kode Kemendagri (53.01)${report.ambiguous.length ? `; ${report.ambiguous.length} nama ambigu, mis. "${report.ambiguous[0].name}" (${report.ambiguous[0].candidates.join(' / ')}): tulis "Kab." atau "Kota"` : ''}` });
  report.unmatchedSourceCount = unmatched.length;
  report.unmatchedSource = unmatched.sort((a, b) => a.key.localeCompare(b.key)).slice(0, sample);
  const missing = matcher.kabupaten.filter((k) => !used.has(k.kode)).map((k) => k.name).sort();
  report.targetsMatched = used.size;
  report.unmatchedTargetCount = missing.length;
  report.unmatchedTargets = missing.slice(0, sample);
  return { rows, report };
}
