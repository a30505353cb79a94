import { LEVELS, type Level } from '../types.ts';
import type { RegionLookup } from '../regions/region-lookup.ts';
import { INTERVENTION_TYPES, type ProgramLocus } from './types.ts';

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

/** Resolve loci to region rows of `lookup`. */
export function indexLoci(loci: readonly ProgramLocus[], lookup: RegionLookup): LociIndex {
  const n = loci.length;
  const row = {} as Record<Level, Int32Array>;
  for (const l of LEVELS) row[l] = new Int32Array(n).fill(-1);
  const type = new Uint8Array(n);
  const regionLevel = new Uint8Array(n).fill(4);
  loci.forEach((p, k) => {
    type[k] = Math.max(0, INTERVENTION_TYPES.indexOf(p.intervention));
    for (const l of LEVELS) {
      const code = p[l];
      if (code) row[l][k] = lookup.byBps[l].get(code) ?? -1;
    }
    if (p.locatedBy === 'region') {
      const deepest = [...LEVELS].reverse().find((l) => p[l]);
      regionLevel[k] = deepest ? LEVELS.indexOf(p.level ?? deepest) : 4;
    }
  });
  return { count: n, type, row, regionLevel };
}
