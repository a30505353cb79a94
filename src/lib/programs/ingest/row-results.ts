import type { RegionLookup } from '../../regions/region-lookup.ts';
import { LEVELS, type Level } from '../../types.ts';
import type { RawProgramTable } from './raw-row.ts';
import type { ImportRowResult, ProgramIssue, ProgramLocus } from '../types.ts';

/** Lists longer than this get no row-by-row table (its copy to the page would be slow); their loci and issues are still reported and downloadable. */
export const ROW_TABLE_MAX = 5000;

/**
 * One result per input row, in file order: its name, where it was placed (the region names from
 * the province down to the level placed at, coarsest first) and how (`code`, `coordinates`, a name
 * method, or `refused` when an error kept it out). `lociRows[i]` is the row of `loci[i]`.
 * Undefined for lists longer than {@link ROW_TABLE_MAX}.
 */
export function rowResults(table: RawProgramTable, loci: readonly ProgramLocus[], lociRows: readonly number[], _issues: readonly ProgramIssue[], lookup: RegionLookup): ImportRowResult[] | undefined {
  if (table.rows.length > ROW_TABLE_MAX) return undefined;
  const byRow = new Map<number, ProgramLocus>();
  loci.forEach((p, i) => byRow.set(lociRows[i], p));
  return table.rows.map((r) => {
    const p = byRow.get(r.row);
    const name = r.get('name') || r.get('program');
    if (!p) return { row: r.row, name, place: [], how: 'refused' };
    const how: ImportRowResult['how'] = p.locatedBy === 'coordinates' ? 'coordinates' : p.nameMatch ?? 'code';
    return { row: r.row, name: p.name, place: placeNames(lookup, p), how, ...(p.level ? { level: p.level } : {}) };
  });
}

/** Names of the regions holding a locus, province first, down to its level. */
function placeNames(lookup: RegionLookup, p: ProgramLocus): string[] {
  const out: string[] = [];
  for (const l of LEVELS) {
    const code = p[l];
    if (code === undefined) break;
    const i = lookup.byBps[l].get(code);
    out.push(i === undefined ? code : lookup.levels[l as Level].name[i]);
  }
  return out;
}
