import { LEVELS, type Level } from '../../types.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { levelOf } from '../../regions/level-of.ts';
import type { DesaNeed } from './desa-need.ts';

/**
 * Hotspot flags of one region, as the gap finder takes them. The hotspot analysis
 * (`src/lib/hotspot/`) produces these per kabupaten (and provinsi); any source of the same shape
 * works. Kecamatan and desa have no poverty or farming figures: they inherit the flags of the
 * nearest ancestor that has some, and the reasons say so.
 */
export interface GapHotspot {
  /** BPS code of the region the flags belong to (any level; usually kabupaten). */
  kodeBps: string;
  /** Poverty hotspot (by rate and/or number of poor, as the hotspot analysis decided). */
  poverty: boolean;
  /** Farming region; null when there is no farming figure ("unknown", never "no"). */
  farming: boolean | null;
  /** Overrides the registry's coastal flag for this region only; normally omitted. */
  coastal?: boolean;
  /** Poverty rate P0, percent. */
  p0?: number;
  /** Number of poor, persons (not thousands). */
  poor?: number;
  /** Year of the poverty figures. */
  year?: number;
  /** Reasons from the hotspot analysis, shown as they are (e.g. "P0 24,1% > nasional 8,47% (BPS 2025)"). */
  reasons?: { id: string; en: string }[];
  /** The farming reason alone (one of `reasons`), for desa rows, which name their own need instead of the kabupaten's poverty. */
  farmingReason?: { id: string; en: string };
  /**
   * Reason for this region's coastal flag. Shown on its own row only: a kecamatan or desa row
   * inheriting the flags states its own coastal flag instead.
   */
  coastalReason?: { id: string; en: string };
  /** Extreme-poverty priority kabupaten (2021 list); `disputed` for the contested NTT entry. */
  priority?: 'listed' | 'disputed';
}

/**
 * Hotspot flags resolved per region row at every level; `from[l][r]` is the index into `hotspots`
 * (−1 none). `need`: the desa rows' own IDM (desa rows are listed only with it).
 */
export interface GapFlags {
  hotspots: GapHotspot[];
  from: Record<Level, Int32Array>;
  need?: DesaNeed;
}

/**
 * Attach hotspots to regions and let each region without its own inherit its nearest ancestor's.
 * Unknown codes are ignored. `need` (the desa rows' IDM, `desaNeed` over the same lookup) is kept as given.
 */
export function prepareGapFlags(lookup: RegionLookup, hotspots: Iterable<GapHotspot>, need?: DesaNeed): GapFlags {
  const list = [...hotspots];
  const from = {} as Record<Level, Int32Array>;
  for (const l of LEVELS) from[l] = new Int32Array(lookup.levels[l].kode.length).fill(-1);
  list.forEach((h, i) => {
    const level = levelOf(h.kodeBps);
    const r = level ? lookup.byBps[level].get(h.kodeBps) : undefined;
    if (level && r !== undefined) from[level][r] = i;
  });
  for (let li = 1; li < 4; li++) {
    const f = from[LEVELS[li]], up = from[LEVELS[li - 1]], parent = lookup.parentIndex[LEVELS[li]];
    for (let r = 0; r < f.length; r++) if (f[r] < 0 && parent[r] >= 0) f[r] = up[parent[r]];
  }
  return { hotspots: list, from, ...(need ? { need } : {}) };
}
