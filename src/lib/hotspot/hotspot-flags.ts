import type { IndicatorBundle } from '../indicators/types.ts';
import { hotspotOptions, type HotspotOptions } from './defaults.ts';
import { coastalFlag, farmingFlag, poorCountHotspot, povertyHotspot } from './flags.ts';
import type { FlagResult, HotspotRegion } from './types.ts';

/** All flags of one region in one year, for the region panel and the gap finder. */
export interface HotspotFlags {
  kodeBps: string;
  year: number;
  /** P0 above the threshold. */
  poverty: FlagResult;
  /** Number of poor above the threshold. */
  poorCount: FlagResult;
  coastal: FlagResult;
  farming: FlagResult;
  /** Priority-list entries (any year), as in `bundle.priority`; empty when not listed. */
  priority: IndicatorBundle['priority'][string];
}

/**
 * Every hotspot flag of one kabupaten/kota in `year` (options over {@link hotspotDefaults}).
 * Each flag is `yes`, `no` or `unknown` with a reason in Bahasa Indonesia and English.
 */
export function hotspotFlags(bundle: IndicatorBundle, region: HotspotRegion, year: number, opts: Partial<HotspotOptions> = {}): HotspotFlags {
  const o = hotspotOptions(opts);
  return {
    kodeBps: region.kode,
    year,
    poverty: povertyHotspot(bundle, region.kode, year, o),
    poorCount: poorCountHotspot(bundle, region.kode, year, o),
    coastal: coastalFlag(region),
    farming: farmingFlag(bundle, region.kode, year, o),
    priority: bundle.priority[region.kode] ?? [],
  };
}

/** Which flags a region must have; unset keys are not checked. `'yes'` only matches `yes`, never `unknown`. */
export type HotspotFilter = Partial<Record<'poverty' | 'poorCount' | 'coastal' | 'farming', 'yes' | 'no' | 'unknown'>>;

/**
 * Flags for many regions at once, keeping those that pass `filter` — e.g. the gap finder's
 * "coastal poverty hotspots": `findHotspots(bundle, kabupaten, 2025, { poverty: 'yes', coastal: 'yes' })`.
 * Regions keep their input order.
 */
export function findHotspots(bundle: IndicatorBundle, regions: readonly HotspotRegion[], year: number, filter: HotspotFilter = {}, opts: Partial<HotspotOptions> = {}): HotspotFlags[] {
  const o = hotspotOptions(opts);
  return regions
    .map((r) => hotspotFlags(bundle, r, year, o))
    .filter((f) => (Object.keys(filter) as (keyof HotspotFilter)[]).every((k) => f[k].flag === filter[k]));
}
