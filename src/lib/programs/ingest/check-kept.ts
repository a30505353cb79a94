import type { ProgramImport } from '../types.ts';

/** Fields every kept locus needs before it can be sent to the page, and what each must be. */
const STRING_FIELDS = ['id', 'name', 'program', 'agency', 'intervention'] as const;

/**
 * What is wrong with an import result read back from this browser's store, or null when it can
 * be used: a damaged record, or one written by another version of Lokus. Says the first problem
 * found (`locus 12: lon is not a number`); checks every locus, since one bad field breaks the map.
 */
export function checkKeptResult(result: unknown): string | null {
  const r = result as Partial<ProgramImport> | null | undefined;
  if (!r || typeof r !== 'object') return 'the kept record has no import result';
  if (!Array.isArray(r.loci)) return 'the kept record has no list of loci';
  if (!Array.isArray(r.issues)) return 'the kept record has no list of issues';
  for (let i = 0; i < r.loci.length; i++) {
    const l = r.loci[i] as unknown as Record<string, unknown> | null;
    if (!l || typeof l !== 'object') return `locus ${i + 1}: not a record`;
    for (const f of STRING_FIELDS) if (typeof l[f] !== 'string') return `locus ${i + 1}: ${f} is not text`;
    for (const f of ['lon', 'lat']) if (typeof l[f] !== 'number' || !Number.isFinite(l[f])) return `locus ${i + 1}: ${f} is not a number`;
    if (l.locatedBy !== 'coordinates' && l.locatedBy !== 'region') return `locus ${i + 1}: locatedBy is neither "coordinates" nor "region"`;
    if (!Array.isArray(l.years) || !l.years.every((y) => typeof y === 'number')) return `locus ${i + 1}: years is not a list of years`;
  }
  return null;
}
