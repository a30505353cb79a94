import type { InterventionType, ProgramLocus } from '../types.ts';

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
  const mask = new Uint8Array(loci.length);
  filterLociRange(loci, filter, mask, 0, loci.length);
  return mask;
}

/** Fill `mask` for loci `from` … `to − 1` (so a page can filter 100,000 loci in slices). */
export function filterLociRange(loci: readonly ProgramLocus[], filter: LociFilter, mask: Uint8Array, from: number, to: number): void {
  const types = filter.interventions ? new Set(filter.interventions) : undefined;
  const agencies = filter.agencies ? new Set(filter.agencies) : undefined;
  const y = filter.years, undated = filter.includeUndated ?? true;
  // A plain loop (not `Uint8Array.from` with a callback): it runs on every filter change over every locus.
  for (let k = from; k < to; k++) {
    const p = loci[k];
    mask[k] = 0;
    if (types && !types.has(p.intervention)) continue;
    if (agencies && !agencies.has(p.agency)) continue;
    if (y && (p.years.length ? !p.years.some((v) => v >= y.from && v <= y.to) : !undated)) continue;
    mask[k] = 1;
  }
}
