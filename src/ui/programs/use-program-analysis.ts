import { useMemo } from 'preact/hooks';
import { computeCoverage, type Coverage } from '../../lib/programs/coverage/coverage.ts';
import { filterLoci } from '../../lib/programs/coverage/filter-loci.ts';
import type { LociIndex } from '../../lib/programs/coverage/index-loci.ts';
import type { ProgramLocus } from '../../lib/programs/types.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import type { PageState } from '../store/page-state.ts';
import { lociCache } from './loci-cache.ts';

/** Coverage of the loci in use, recomputed on a filter change without touching geometry (typed arrays only). */
export interface ProgramAnalysis {
  lookup: RegionLookup;
  loci: readonly ProgramLocus[];
  ix: LociIndex;
  /** 1 for each locus passing the filters. */
  mask: Uint8Array;
  coverage: Coverage;
  /** Loci passing the filters. */
  active: number;
  /** Milliseconds taken by the last filter + coverage recomputation. */
  ms: number;
}

/**
 * Program analysis derived from the page state: loci indexed against the region lookup (again
 * when a level arrives), then mask → coverage on each filter change.
 */
export function useProgramAnalysis(s: PageState): ProgramAnalysis | null {
  const { programs, regions: lookup, filter } = s;
  // Prepared in slices before an import is dispatched (`lociCache.prepare`), else indexed here.
  const ix = useMemo(() => (programs ? lociCache.index(programs.loci, lookup) : null), [programs, lookup]);
  return useMemo(() => {
    if (!programs || !ix) return null;
    const t0 = performance.now();
    // Prepared in slices before an import is dispatched, else computed here.
    const { mask, coverage } = lociCache.coverage(ix, filter) ?? (() => {
      const m = filterLoci(programs.loci, filter);
      return { mask: m, coverage: computeCoverage(lookup, ix, m) };
    })();
    const active = mask.reduce((n, b) => n + b, 0);
    return { lookup, loci: programs.loci, ix, mask, coverage, active, ms: performance.now() - t0 };
  }, [ix, filter]);
}
