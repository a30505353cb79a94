import type { Direction } from '../indicators/types.ts';

/** A region's place among its peers: `rank` 1 is the worst situation (highest poverty). */
export interface Rank {
  rank: number;
  of: number;
}

/**
 * Rank `kode` among all regions in `values` (kode → value) for an indicator's direction.
 * Ties share the best rank ("competition" ranking: 1, 2, 2, 4). Undefined when `kode` has no value.
 */
export function rankRegion(values: ReadonlyMap<string, number>, kode: string, direction: Direction): Rank | undefined {
  const own = values.get(kode);
  if (own === undefined || !Number.isFinite(own)) return undefined;
  let worse = 0;
  let of = 0;
  for (const v of values.values()) {
    if (!Number.isFinite(v)) continue;
    of++;
    if (direction === 'higher-is-worse' ? v > own : v < own) worse++;
  }
  return { rank: worse + 1, of };
}
