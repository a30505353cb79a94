import { parseNumber } from '../../table/parse-number.ts';
import type { ProgramField } from './columns.ts';
import { canonicalAgency } from './agency.ts';
import { parseIntervention, suggestIntervention } from '../intervention.ts';
import { makeIssue, type IssueAt } from './issue.ts';
import type { RawProgramTable, RawProgramRow } from './raw-row.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { preferredScheme, type CodeScheme } from './resolve-code.ts';
import { readLocation, type DraftLocation } from './read-location.ts';
import { INTERVENTION_TYPES, type ProgramIssue, type ProgramLocus } from '../types.ts';
import { parseYears } from './years.ts';

/** A row that passed validation, not yet placed. */
export type ProgramDraft = Pick<ProgramLocus, 'id' | 'name' | 'program' | 'agency' | 'agencyAsGiven' | 'intervention' | 'interventionAsGiven' | 'years' | 'beneficiaries' | 'source' | 'note'> & {
  /** Line of the row in its file. */
  row: number;
  location: DraftLocation;
};

/** Options for {@link validateRows}. */
export interface ValidateOptions {
  /** How undotted codes are read (default `auto`; a `kode_bps`/`kode_kemendagri` header overrides). */
  codeScheme?: CodeScheme;
  /**
   * Kemendagri codes (digits only) that exist in the official code list but have no region in the
   * registry because the boundary source has no polygon for them (the crosswalk's unmatched list),
   * with their names. A row naming one is placed at its nearest registered ancestor, with a
   * warning, instead of failing as an unknown code.
   */
  unplacedCodes?: ReadonlyMap<string, string>;
  /**
   * Old (GADM-era) BPS kecamatan and desa codes → their Kemendagri code ('' for no match): a code
   * that is no longer a key is read through them (`resolveOldBpsCode`), with a warning on its row.
   * The build passes the whole list, the page the shards of the file's codes.
   */
  oldCodes?: ReadonlyMap<string, string>;
}

/** Validate every row; rows with any error are left out of `drafts` and reported in `issues`. */
export function validateRows(table: RawProgramTable, lookup: RegionLookup, options: ValidateOptions = {}): { drafts: ProgramDraft[]; issues: ProgramIssue[] } {
  const scheme = table.map.scheme ?? options.codeScheme ?? 'auto';
  const prefer = scheme === 'auto' ? preferredScheme(lookup, table.rows.map((r) => r.get('code'))) : 'bps';
  // Both readings of a code are worth a warning unless the header itself names the scheme.
  const warnTwo = table.map.scheme === undefined;
  const firstRowOfId = new Map<string, number>();
  const drafts: ProgramDraft[] = [];
  const issues: ProgramIssue[] = [];
  // Problems found while reading (extra cells, invisible characters) belong to their rows.
  const readProblems = new Map<number, ProgramIssue[]>();
  for (const p of table.problems ?? []) readProblems.set(p.row, [...(readProblems.get(p.row) ?? []), p]);
  issues.push(...(readProblems.get(0) ?? []));
  for (const r of table.rows) {
    const rowIssues: ProgramIssue[] = [...(readProblems.get(r.row) ?? [])];
    // A shifted row (extra cells) is not used: checking its shifted values would only add noise.
    if (rowIssues.some((i) => i.code === 'extra-cells')) {
      issues.push(...rowIssues);
      continue;
    }
    const at = (field: ProgramField, value = r.get(field)): IssueAt => ({ file: table.file, row: r.row, column: r.column(field), value, feature: table.feature });
    const required = (field: ProgramField) => {
      const v = r.get(field);
      if (v === '') rowIssues.push(makeIssue('error', 'missing-field', at(field)));
      return v;
    };
    const name = required('name');
    // One name column ("nama_program") names both the locus and its program.
    const program = r.get('program') || name;
    const agency = r.get('agency');
    const id = r.get('id') || generatedId(table.file, r.row);
    if (!r.get('id') && table.map.columns.id) rowIssues.push(makeIssue('warning', 'id-generated', at('id'), { id }));
    const typeCell = required('intervention');
    if (id && firstRowOfId.has(id)) rowIssues.push(makeIssue('error', 'duplicate-id', at('id'), { first: firstRowOfId.get(id) }));
    else if (id) firstRowOfId.set(id, r.row);
    const known = typeCell ? parseIntervention(typeCell) : undefined;
    // An unknown type is kept as "other" (lainnya) with the type as written, and said on its row.
    if (typeCell && !known) {
      rowIssues.push(makeIssue('warning', 'unknown-intervention', at('intervention'), { suggestion: suggestIntervention(typeCell), allowed: INTERVENTION_TYPES.join(', '), kept: 1 }));
    }
    const intervention = typeCell ? known ?? 'other' : undefined;
    const years = parseYears(r.get('year'));
    if (!years) rowIssues.push(makeIssue('error', 'bad-year', at('year')));
    const beneficiaries = readCount(r, at, rowIssues);
    const location = readLocation(r, lookup, { scheme, prefer, warnTwo, ...(options.oldCodes ? { oldCodes: options.oldCodes } : {}) }, options.unplacedCodes, at, rowIssues);
    issues.push(...rowIssues);
    if (rowIssues.some((i) => i.severity === 'error') || !location || !intervention || !years) continue;
    const canonical = canonicalAgency(agency);
    const draft: ProgramDraft = { row: r.row, id, name, program, agency: canonical, intervention, years, location };
    if (canonical !== agency) draft.agencyAsGiven = agency;
    if (typeCell && !known) draft.interventionAsGiven = typeCell;
    if (beneficiaries !== undefined) draft.beneficiaries = beneficiaries;
    const source = r.get('source'), note = r.get('note');
    if (source) draft.source = source;
    if (note) draft.note = note;
    drafts.push(draft);
  }
  return { drafts, issues };
}

/** Beneficiary counts are whole numbers, so a lone "." or "," before three digits groups thousands ("1.250"). */
function readCount(r: RawProgramRow, at: (f: ProgramField) => IssueAt, out: ProgramIssue[]): number | undefined {
  const cell = r.get('beneficiaries');
  if (cell === '') return undefined;
  const v = parseNumber(cell, cell.includes('.') ? ',' : '.');
  if (v === null) return undefined;
  if (Number.isNaN(v) || v < 0 || !Number.isInteger(v)) {
    out.push(makeIssue('error', 'bad-number', at('beneficiaries'), { whole: 1 }));
    return undefined;
  }
  return v;
}
export type { DraftLocation } from './read-location.ts';

/** An id for a row without one: the file name without its extension, and the row ("daftar-saya:4"). */
export function generatedId(file: string, row: number): string {
  return `${file.replace(/\.[^.]+$/, '')}:${row}`;
}
