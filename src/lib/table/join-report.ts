import type { CodeSystem } from './region-matcher.ts';

/** What a table import matched and what it could not use; shown in the pipeline log and the page. */
export interface JoinReport {
  file: string;
  /** How rows were keyed: BPS codes, Kemendagri codes, or names only. */
  keyedBy: CodeSystem | 'name';
  /** Value columns read, by header text. */
  columns: string[];
  /** Kabupaten/kota rows in the file, and how many of them matched a registry region. */
  sourceRows: number;
  matched: number;
  /** Registry kabupaten/kota, and how many received a row. */
  targets: number;
  targetsMatched: number;
  /** Sorted samples (at most `sampleSize`) with the full counts beside them. */
  unmatchedSource: { line: number; key: string }[];
  unmatchedSourceCount: number;
  unmatchedTargets: string[];
  unmatchedTargetCount: number;
  /** Names that fit more than one region (e.g. "Kupang": Kabupaten Kupang and Kota Kupang). */
  ambiguous: { line: number; name: string; candidates: string[] }[];
  /** Bare names resolved to the kabupaten because the same table lists "Kota <name>" (BPS convention). */
  resolvedByConvention: number;
  /** Rows whose code and name point at different regions (the code was used). */
  conflicts: { line: number; code: string; name: string; byName: string }[];
  /** A second row for a region that already had one (the first was kept). */
  duplicates: { line: number; key: string; region: string }[];
  /** Cells that are neither a number nor a missing mark; `cell` is the sheet cell (B12) for a spreadsheet. */
  badCells: { line: number; column: string; value: string; cell?: string }[];
  /** Numbers outside the column's plausible range (dropped). */
  outOfRange: { line: number; column: string; value: number; range: [number, number]; cell?: string }[];
  provinceRows: number;
  nationalRows: number;
  /** Other notes, e.g. how 4-digit codes were read. */
  warnings: string[];
  /** Rows below the header that were not read as data: notes and footers ("Sumber: BPS"). */
  skipped: { line: number; text: string; reason: string }[];
  /** Value cells holding a missing mark ("-", "…", "NA"): no figure. */
  missingCells: number;
  /** A second row for a region whose filled columns do not overlap the first (old and new province blocks): merged into the first. */
  mergedRows: { line: number; firstLine: number; region: string; columns: string[] }[];
  /** Province rows whose values were dropped for some columns, and why (boundaries other than today's). */
  provinceValuesDropped: { line: number; name: string; columns: string[]; reason: string }[];
  /** What the spreadsheet reader did (merged cells, formulas, dates, other sheets). */
  notes: string[];
}

/** Longest file text quoted in a report or message (a 50 MB line must not become a 50 MB message). */
export const QUOTE_LIMIT = 80;

/** `text` cut to {@link QUOTE_LIMIT} characters, with "… (N characters)" when it was longer. */
export function clip(text: string, limit = QUOTE_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}… (${text.length} characters)` : text;
}

/** True when the import used every row and found every region: nothing worth a warning. */
export function isCompleteJoin(r: JoinReport): boolean {
  return r.matched + r.mergedRows.length === r.sourceRows && r.targetsMatched === r.targets && !r.ambiguous.length && !r.conflicts.length &&
    !r.duplicates.length && !r.badCells.length && !r.outOfRange.length;
}

/** The report as log lines: "514/514 kabupaten/kota matched, 514/514 rows used", then each problem with samples. */
export function formatJoinReport(r: JoinReport): string[] {
  const lines = [`${r.file}: ${r.targetsMatched}/${r.targets} kabupaten/kota matched, ${r.matched + r.mergedRows.length}/${r.sourceRows} rows used${r.mergedRows.length ? ` (${r.mergedRows.length} merged into an earlier row)` : ''} (by ${r.keyedBy === 'name' ? 'name' : `${r.keyedBy} code`}; ${r.provinceRows} province rows, ${r.nationalRows} national rows)`];
  const more = (shown: number, total: number) => (total > shown ? ` … (+${total - shown})` : '');
  if (r.unmatchedSourceCount) lines.push(`  rows not matched (${r.unmatchedSourceCount}): ${r.unmatchedSource.map((u) => `"${u.key}" (row ${u.line})`).join(', ')}${more(r.unmatchedSource.length, r.unmatchedSourceCount)}`);
  if (r.unmatchedTargetCount) lines.push(`  regions without a row (${r.unmatchedTargetCount}): ${r.unmatchedTargets.join(', ')}${more(r.unmatchedTargets.length, r.unmatchedTargetCount)}`);
  for (const a of r.ambiguous) lines.push(`  row ${a.line}: "${a.name}" is ambiguous (${a.candidates.join(' / ')}); write "Kab." or "Kota" or add a code`);
  for (const c of r.conflicts) lines.push(`  row ${c.line}: code ${c.code} and name "${c.name}" (${c.byName}) disagree; the code was used`);
  for (const d of r.duplicates) lines.push(`  row ${d.line}: "${d.key}" repeats ${d.region}; the first row was kept`);
  const cellAt = (c?: string) => (c ? ` (cell ${c})` : '');
  for (const b of r.badCells) lines.push(`  row ${b.line}, column "${b.column}"${cellAt(b.cell)}: "${b.value}" is not a number; expected a number such as 18,98 or 18.98, or "-" for no figure`);
  for (const o of r.outOfRange) lines.push(`  row ${o.line}, column "${o.column}"${cellAt(o.cell)}: ${o.value} is outside ${o.range[0]}..${o.range[1]}; dropped`);
  if (r.missingCells) lines.push(`  ${r.missingCells} value cells are "-" / "…" (no figure)`);
  if (r.mergedRows.length) lines.push(`  ${r.mergedRows.length} repeated rows merged (their filled columns do not overlap): ${r.mergedRows.slice(0, 5).map((m) => `${m.region} rows ${m.firstLine} + ${m.line}`).join(', ')}${more(Math.min(5, r.mergedRows.length), r.mergedRows.length)}`);
  for (const p of r.provinceValuesDropped) lines.push(`  row ${p.line}: province "${p.name}" values dropped for ${p.columns.map((c) => `"${c}"`).join(', ')}: ${p.reason}`);
  for (const s of r.skipped) lines.push(`  row ${s.line} skipped, ${s.reason}: "${s.text}"`);
  for (const n of r.notes) lines.push(`  ${n}`);
  if (r.resolvedByConvention) lines.push(`  ${r.resolvedByConvention} bare names read as kabupaten because the table also lists "Kota <name>"`);
  for (const w of r.warnings) lines.push(`  ${w}`);
  return lines;
}
