import type { ProgramLocus } from '../types.ts';

/** What the filters offer for a set of loci: its agencies (sorted by name) and years (ascending). */
export interface LociFacets {
  agencies: string[];
  years: number[];
}

/** Collects {@link LociFacets} over loci given in any number of slices. */
export interface FacetCollector {
  add(loci: readonly ProgramLocus[], from: number, to: number): void;
  result(): LociFacets;
}

/** A collector of agencies and years (plain loops: it runs over 100,000 loci after an import). */
export function facetCollector(): FacetCollector {
  const agencies = new Set<string>();
  const years = new Set<number>();
  return {
    add(loci, from, to) {
      for (let k = from; k < to; k++) {
        const p = loci[k];
        agencies.add(p.agency);
        for (const y of p.years) years.add(y);
      }
    },
    result: () => ({ agencies: [...agencies].sort((a, b) => a.localeCompare(b)), years: [...years].sort((a, b) => a - b) }),
  };
}

/** Agencies and years of `loci`. */
export function lociFacets(loci: readonly ProgramLocus[]): LociFacets {
  const c = facetCollector();
  c.add(loci, 0, loci.length);
  return c.result();
}
