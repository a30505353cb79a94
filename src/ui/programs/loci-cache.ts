import { coverageBuilder, type Coverage } from '../../lib/programs/coverage/coverage.ts';
import { filterLociRange, type LociFilter } from '../../lib/programs/coverage/filter-loci.ts';
import { emptyLociIndex, indexLoci, indexLociRange, type LociIndex } from '../../lib/programs/coverage/index-loci.ts';
import { facetCollector, lociFacets, type LociFacets } from '../../lib/programs/coverage/loci-facets.ts';
import type { ProgramLocus } from '../../lib/programs/types.ts';
import type { RegionLookup } from '../../lib/regions/region-lookup.ts';
import { nextTask, pacedYield } from '../../lib/view/paced-yield.ts';

type Loci = readonly ProgramLocus[];

/** Derived values per loci array (the store's `programs.loci`, compared by identity), kept while that array lives. */
const indexes = new WeakMap<Loci, { lookup: RegionLookup; ix: LociIndex }>();
const facets = new WeakMap<Loci, LociFacets>();
const byIds = new WeakMap<Loci, ReadonlyMap<string, ProgramLocus>>();
const coverages = new WeakMap<LociIndex, { filter: LociFilter; mask: Uint8Array; coverage: Coverage }>();

/**
 * Loci per slice of {@link lociCache.prepare}, paced by `pacedYield`: slices run in one task
 * until it has taken 8 ms, so the page answers between tasks whatever the machine's load.
 */
const SLICE = 1_000;

/**
 * What the page derives from a whole set of loci — the region index (coverage), the filters'
 * agencies and years, the loci by id (tooltip) — computed once per loci array. Not state: each is
 * a function of the store's loci (and region lookup), memoised by identity. `prepare` computes the
 * index and facets in slices before an import is dispatched, so taking 100,000 imported loci does
 * not block the page (done in the render it took 0.3 s); anything not prepared is computed when
 * first asked for.
 */
export const lociCache = {
  /** Loci resolved to region rows of `lookup` (see `indexLoci`). */
  index(loci: Loci, lookup: RegionLookup): LociIndex {
    const hit = indexes.get(loci);
    if (hit?.lookup === lookup) return hit.ix;
    const ix = indexLoci(loci, lookup);
    indexes.set(loci, { lookup, ix });
    return ix;
  },
  /** Agencies and years the filters offer. */
  facets(loci: Loci): LociFacets {
    let f = facets.get(loci);
    if (!f) facets.set(loci, (f = lociFacets(loci)));
    return f;
  },
  /** Loci by id, made on first use (a tooltip naming points), not with every new set. */
  byId(loci: Loci): ReadonlyMap<string, ProgramLocus> {
    let m = byIds.get(loci);
    if (!m) byIds.set(loci, (m = new Map(loci.map((l) => [l.id, l]))));
    return m;
  },
  /** Mask and coverage of index `ix` for `filter` when `prepare` made them (same index and filter object), else undefined. */
  coverage(ix: LociIndex, filter: LociFilter): { mask: Uint8Array; coverage: Coverage } | undefined {
    const hit = coverages.get(ix);
    return hit?.filter === filter ? hit : undefined;
  },
  /**
   * Compute the index against `lookup`, the facets, and the mask and coverage for `filter` of
   * `loci` in slices, yielding to the page between them.
   */
  async prepare(loci: Loci, lookup: RegionLookup, filter: LociFilter): Promise<void> {
    const pause = pacedYield();
    const ix = emptyLociIndex(loci.length);
    const fc = facetCollector();
    for (let from = 0; from < loci.length; from += SLICE) {
      await pause();
      const to = Math.min(loci.length, from + SLICE);
      indexLociRange(ix, loci, lookup, from, to);
      fc.add(loci, from, to);
    }
    indexes.set(loci, { lookup, ix });
    facets.set(loci, fc.result());
    const mask = new Uint8Array(loci.length);
    const cb = coverageBuilder(lookup, ix, mask);
    for (let from = 0; from < loci.length; from += SLICE) {
      await pause();
      const to = Math.min(loci.length, from + SLICE);
      filterLociRange(loci, filter, mask, from, to);
      cb.add(from, to);
    }
    await pause();
    coverages.set(ix, { filter, mask, coverage: cb.result() });
    // What follows (the dispatch and its render) starts a task of its own.
    await nextTask();
  },
};
