import type { InterventionType, ProgramLocus } from './types.ts';

/** What to keep; an omitted key keeps everything. */
export interface LociFilter {
  interventions?: readonly InterventionType[];
  /** Exact `agency` strings to keep. */
  agencies?: readonly string[];
  /** Keep loci with a year in [from, to] (inclusive). */
  years?: { from: number; to: number };
  /** With a year filter, keep undated loci too (default true: undated is not "outside the years"). */
  includeUndated?: boolean;
}

/** Mask for `computeCoverage`: 1 for each locus the filter keeps. */
export function filterLoci(loci: readonly ProgramLocus[], filter: LociFilter = {}): Uint8Array {
  const types = filter.interventions ? new Set(filter.interventions) : undefined;
  const agencies = filter.agencies ? new Set(filter.agencies) : undefined;
  const y = filter.years, undated = filter.includeUndated ?? true;
  return Uint8Array.from(loci, (p) => {
    if (types && !types.has(p.intervention)) return 0;
    if (agencies && !agencies.has(p.agency)) return 0;
    if (y && (p.years.length ? !p.years.some((v) => v >= y.from && v <= y.to) : !undated)) return 0;
    return 1;
  });
}
