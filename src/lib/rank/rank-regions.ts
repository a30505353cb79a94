import type { Direction } from '../indicators/types.ts';

/** One region's row in a ranking. */
export interface RankedRow {
  kode: string;
  /** The region's value (a level, or a change in the change view). */
  value: number;
  /** 1 = worst situation. Ties share the best rank ("competition" ranking: 1, 2, 2, 4). */
  rank: number;
  /** True when at least one other region has the same value as shown (at `decimals`). */
  tied: boolean;
}

/** Regions ranked worst first, and the regions that could not be ranked. */
export interface Ranking {
  rows: RankedRow[];
  /** Codes of the regions without a finite value, in the order given. */
  missing: string[];
}

/**
 * Rank the regions `codes` by `values` (kode → value), worst first for the indicator's `direction`
 * (the catalogue's `direction`: `higher-is-worse` puts the highest value first, `higher-is-better`
 * the lowest). Values are compared as shown, rounded to `decimals` (default: exact), so two regions
 * shown as "12,30" share a rank; tied rows are ordered by `nameOf` (default: their code). A code
 * without a finite value goes to `missing`, never to the rows; a code given twice is ranked once.
 *
 * In the change view pass the changes: with the same direction, the largest deterioration comes
 * first and the largest improvement last (`changeSides` splits them).
 */
export function rankRegions(codes: Iterable<string>, values: ReadonlyMap<string, number>, direction: Direction, decimals?: number, nameOf: (kode: string) => string = (k) => k): Ranking {
  const seen = new Set<string>();
  const present: { kode: string; value: number; key: number; name: string }[] = [];
  const missing: string[] = [];
  for (const kode of codes) {
    if (seen.has(kode)) continue;
    seen.add(kode);
    const value = values.get(kode);
    if (value === undefined || !Number.isFinite(value)) missing.push(kode);
    else present.push({ kode, value, key: shown(value, decimals), name: nameOf(kode) });
  }
  const sign = direction === 'higher-is-worse' ? -1 : 1;
  present.sort((a, b) => sign * (a.key - b.key) || a.name.localeCompare(b.name) || (a.kode < b.kode ? -1 : 1));
  const rows = present.map((r, i): RankedRow => ({ kode: r.kode, value: r.value, rank: i + 1, tied: false }));
  for (let i = 1; i < rows.length; i++) {
    if (present[i].key !== present[i - 1].key) continue;
    rows[i].rank = rows[i - 1].rank;
    rows[i].tied = rows[i - 1].tied = true;
  }
  return { rows, missing };
}

/** The value as shown at `decimals` (exact when undefined), so ties are what a reader sees as ties. */
function shown(value: number, decimals: number | undefined): number {
  if (decimals === undefined) return value;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * A change-view ranking split in two: `worse` (deteriorations, largest first) and `better`
 * (improvements, largest first). Changes smaller than `tolerance` (as shown: half of the last digit)
 * are in neither.
 */
export function changeSides(ranking: Ranking, direction: Direction, tolerance: number): { worse: RankedRow[]; better: RankedRow[] } {
  const worseSign = direction === 'higher-is-worse' ? 1 : -1;
  return {
    worse: ranking.rows.filter((r) => worseSign * r.value >= tolerance),
    better: ranking.rows.filter((r) => -worseSign * r.value >= tolerance).reverse(),
  };
}
