import { LEVELS, type Level } from '../../types.ts';
import type { LociIndex } from './index-loci.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { INTERVENTION_TYPES, type InterventionType } from '../types.ts';

/** Bits of the five intervention types the convergence score counts (`other` is bit 5, not counted). */
export const CONVERGENCE_BITS = 0b011111;

/** Coverage of every region of one level; arrays are indexed by region row of the lookup. */
export interface LevelCoverage {
  /** Loci inside the region: points in it, and region-located loci at this level or below. */
  count: Uint32Array;
  /** Bit `i` set when INTERVENTION_TYPES[i] is present among those loci. */
  types: Uint8Array;
  /** Distinct intervention types present, `other` not counted: 0–5. */
  convergence: Uint8Array;
  /** Loci located at an ancestor region as a whole (e.g. a kabupaten-wide program, for a desa): they cover this region too. */
  areaWideCount: Uint32Array;
  areaWideTypes: Uint8Array;
  /**
   * Types of the programs that cover the whole region: located at an ancestor as a whole, or at
   * this region itself as a whole (a kabupaten-wide program for its kabupaten, a desa's program for
   * its desa). Within such a region the distance to a program of that type is 0.
   */
  wholeTypes: Uint8Array;
}

export type Coverage = Record<Level, LevelCoverage>;

const POPCOUNT = Uint8Array.from({ length: 64 }, (_, m) => [0, 1, 2, 3, 4, 5].reduce((n, b) => n + ((m >> b) & 1), 0));

/** Convergence score of a type mask: number of distinct counted types (0–5). */
export function convergenceOf(types: number): number {
  return POPCOUNT[types & CONVERGENCE_BITS];
}

/** Intervention types in a mask, in INTERVENTION_TYPES order. */
export function typesOf(types: number): InterventionType[] {
  return INTERVENTION_TYPES.filter((_, i) => (types >> i) & 1);
}

/**
 * Count loci and intervention types per region at all four levels. `active[k] = 0` leaves locus
 * k out (a filter; see `filterLoci`); omitted means all. A region-located locus counts for its
 * region and the regions above it, and is area-wide for every region below. Runs in
 * O(loci × 4 + regions); no allocation beyond the result.
 */
export function computeCoverage(lookup: RegionLookup, ix: LociIndex, active?: Uint8Array): Coverage {
  const b = coverageBuilder(lookup, ix, active);
  b.add(0, ix.count);
  return b.result();
}

/** {@link computeCoverage} over loci given in ranges (`add`), so a page can count 100,000 loci in slices. */
export function coverageBuilder(lookup: RegionLookup, ix: LociIndex, active?: Uint8Array): { add(from: number, to: number): void; result(): Coverage } {
  const out = {} as Coverage;
  const exactCount = {} as Record<Level, Uint32Array>;
  const exactTypes = {} as Record<Level, Uint8Array>;
  for (const l of LEVELS) {
    const n = lookup.levels[l].kode.length;
    out[l] = { count: new Uint32Array(n), types: new Uint8Array(n), convergence: new Uint8Array(n), areaWideCount: new Uint32Array(n), areaWideTypes: new Uint8Array(n), wholeTypes: new Uint8Array(n) };
    exactCount[l] = new Uint32Array(n);
    exactTypes[l] = new Uint8Array(n);
  }
  // Arrays per level hoisted out of the loop over loci (100,000 of them after an import).
  const rows = LEVELS.map((l) => ix.row[l]), counts = LEVELS.map((l) => out[l].count), types = LEVELS.map((l) => out[l].types);
  const exactC = LEVELS.map((l) => exactCount[l]), exactT = LEVELS.map((l) => exactTypes[l]);
  const { type, regionLevel } = ix;
  return {
    add(from, to) {
      for (let k = from; k < to; k++) {
        if (active && !active[k]) continue;
        const bit = 1 << type[k];
        for (let li = 0; li < 4; li++) {
          const r = rows[li][k];
          if (r < 0) continue;
          counts[li][r]++;
          types[li][r] |= bit;
          if (regionLevel[k] === li) { exactC[li][r]++; exactT[li][r] |= bit; }
        }
      }
    },
    result() {
      for (let li = 0; li < 4; li++) {
        const c = out[LEVELS[li]];
        for (let r = 0; r < c.types.length; r++) c.convergence[r] = POPCOUNT[c.types[r] & CONVERGENCE_BITS];
        if (li === 0) {
          c.wholeTypes.set(exactTypes[LEVELS[0]]);
          continue;
        }
        const up = LEVELS[li - 1], pc = out[up], parent = lookup.parentIndex[LEVELS[li]];
        for (let r = 0; r < parent.length; r++) {
          const p = parent[r];
          if (p < 0) continue;
          c.areaWideCount[r] = pc.areaWideCount[p] + exactCount[up][p];
          c.areaWideTypes[r] = pc.areaWideTypes[p] | exactTypes[up][p];
        }
        const own = exactTypes[LEVELS[li]];
        for (let r = 0; r < own.length; r++) c.wholeTypes[r] = c.areaWideTypes[r] | own[r];
      }
      return out;
    },
  };
}

/** One region's coverage, for the panel and tooltips. */
export interface RegionCoverage {
  count: number;
  convergence: number;
  types: InterventionType[];
  areaWideCount: number;
  areaWideTypes: InterventionType[];
}

/** Coverage of one region by BPS code, or undefined when the code is not in the lookup. */
export function coverageOf(lookup: RegionLookup, coverage: Coverage, level: Level, kodeBps: string): RegionCoverage | undefined {
  const r = lookup.byBps[level].get(kodeBps);
  if (r === undefined) return undefined;
  const c = coverage[level];
  return { count: c.count[r], convergence: c.convergence[r], types: typesOf(c.types[r]), areaWideCount: c.areaWideCount[r], areaWideTypes: typesOf(c.areaWideTypes[r]) };
}
