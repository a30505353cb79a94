import { LEVELS, type Level } from '../../types.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { INTERVENTION_TYPES, type ProgramLocus } from '../types.ts';

/**
 * Loci resolved once to region rows, so coverage can be recomputed (for each filter change)
 * with typed-array loops only. Locus `k` is `loci[k]` of the array indexed.
 */
export interface LociIndex {
  count: number;
  /** Index into INTERVENTION_TYPES per locus. */
  type: Uint8Array;
  /** Region row per level (−1 where the locus is not placed that deep, or the code is not in the lookup). */
  row: Record<Level, Int32Array>;
  /**
   * Level index (0 provinsi … 3 desa) at which a region-located locus sits: it is area-wide for
   * every region below that level. 4 for coordinate-located loci (never area-wide).
   */
  regionLevel: Uint8Array;
}

const TYPE_INDEX = new Map<string, number>(INTERVENTION_TYPES.map((t, i) => [t, i]));

/** Resolve loci to region rows of `lookup`. */
export function indexLoci(loci: readonly ProgramLocus[], lookup: RegionLookup): LociIndex {
  const ix = emptyLociIndex(loci.length);
  indexLociRange(ix, loci, lookup, 0, loci.length);
  return ix;
}

/** An index of `n` loci with nothing resolved yet (every row −1), to fill with {@link indexLociRange}. */
export function emptyLociIndex(n: number): LociIndex {
  const row = {} as Record<Level, Int32Array>;
  for (const l of LEVELS) row[l] = new Int32Array(n).fill(-1);
  return { count: n, type: new Uint8Array(n), row, regionLevel: new Uint8Array(n).fill(4) };
}

/**
 * Resolve loci `from` … `to − 1` into `ix` (so a page can index 100,000 loci in slices between
 * which it stays responsive). Plain loops with the per-level maps and arrays hoisted, no
 * allocation per locus.
 */
export function indexLociRange(ix: LociIndex, loci: readonly ProgramLocus[], lookup: RegionLookup, from: number, to: number): void {
  const rows = LEVELS.map((l) => ix.row[l]);
  const maps = LEVELS.map((l) => lookup.byBps[l]);
  const { type, regionLevel } = ix;
  for (let k = from; k < to; k++) {
    const p = loci[k];
    type[k] = TYPE_INDEX.get(p.intervention) ?? 0;
    let deepest = -1;
    for (let li = 0; li < 4; li++) {
      const code = p[LEVELS[li]];
      if (!code) continue;
      deepest = li;
      rows[li][k] = maps[li].get(code) ?? -1;
    }
    if (p.locatedBy === 'region' && deepest >= 0) regionLevel[k] = p.level ? LEVELS.indexOf(p.level) : deepest;
  }
}
