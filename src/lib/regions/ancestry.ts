import { LEVELS, type Level } from '../types.ts';
import { CODE_LENGTH, levelOf } from './level-of.ts';

/**
 * The parent key of a region as the region table says (`Region.parent`: '' for a provinsi), or
 * undefined when the table at hand does not hold the region (its level is not loaded yet).
 */
export type ParentLookup = (kode: string) => string | undefined;

/** A lookup that knows no region: only the fallbacks of {@link parentOf} apply. */
export const NO_TABLE: ParentLookup = () => undefined;

/**
 * Key of the parent region ('' for a provinsi, for anything that is not a key, or when the parent
 * cannot be known yet). The region table decides (`parents`); without it, a BPS code's parent is
 * its prefix (right for nearly all: the table knows the exceptions, e.g. kabupaten in Papua whose
 * province is not their first two digits), and a dotted desa's is its dotted kecamatan. A dotted
 * kecamatan's kabupaten is not a prefix of its code (53.01.24 lies in BPS 5303): only the table knows it.
 */
export function parentOf(kode: string, parents: ParentLookup): string {
  const level = levelOf(kode);
  if (!level || level === 'provinsi') return '';
  const known = parents(kode);
  if (known !== undefined) return levelOf(known) === LEVELS[LEVELS.indexOf(level) - 1] ? known : '';
  if (/^\d+$/.test(kode)) return kode.slice(0, CODE_LENGTH[LEVELS[LEVELS.indexOf(level) - 1]]);
  return level === 'desa' ? kode.slice(0, 8) : '';
}

/**
 * Keys of a region and its ancestors, coarsest first: `5303121006` → `['53','5303','5303121','5303121006']`;
 * `53.01.24.2002` with a table saying 53.01.24 lies in 5303 → `['53','5303','53.01.24','53.01.24.2002']`.
 * Ancestors found through `parents` (see {@link parentOf}); the chain stops at the first one that
 * cannot be known yet, so it may lack its coarsest levels. Empty for anything that is not a key.
 */
export function ancestry(kode: string, parents: ParentLookup): string[] {
  if (!levelOf(kode)) return [];
  const chain = [kode];
  for (let k = parentOf(kode, parents); k !== '' && chain.length < LEVELS.length; k = parentOf(k, parents)) chain.unshift(k);
  return chain;
}

/** The key at `level` in a region's ancestry ('' when the region is above that level or it cannot be known yet). */
export function ancestorAt(kode: string, level: Level, parents: ParentLookup): string {
  return ancestry(kode, parents).find((k) => levelOf(k) === level) ?? '';
}
