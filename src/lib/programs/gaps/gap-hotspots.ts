import type { IndicatorBundle } from '../../indicators/types.ts';
import type { HotspotOptions } from '../../hotspot/defaults.ts';
import { hotspotFlags, type HotspotFlags } from '../../hotspot/hotspot-flags.ts';
import type { HotspotRegion } from '../../hotspot/types.ts';
import type { GapHotspot } from './gap-flags.ts';

/**
 * One region's flags from the hotspot analysis (`hotspotFlags`) as gap-finder input: a poverty
 * hotspot by rate **or** by number of poor (the government chose priority regions by both);
 * farming `yes`/`no`/`unknown` → true/false/null; `p0` and number of poor (persons, from the
 * bundle's thousands) when published that year; priority `listed` wins over `disputed`. Reasons:
 * the analysis's own sentences for each flag that holds (rate, count, farming; coastal apart).
 */
export function toGapHotspot(f: HotspotFlags, bundle: IndicatorBundle): GapHotspot {
  const y = String(f.year);
  const p0 = bundle.values.p0?.[y]?.[f.kodeBps]?.[0];
  const poorK = bundle.values.poor_thousands?.[y]?.[f.kodeBps]?.[0];
  const priority = f.priority.some((p) => p.status === 'listed') ? 'listed' : f.priority.length ? 'disputed' : undefined;
  return {
    kodeBps: f.kodeBps,
    poverty: f.poverty.flag === 'yes' || f.poorCount.flag === 'yes',
    farming: f.farming.flag === 'unknown' ? null : f.farming.flag === 'yes',
    ...(p0 !== undefined ? { p0 } : {}),
    ...(poorK !== undefined ? { poor: Math.round(poorK * 1000) } : {}),
    year: f.year,
    reasons: [f.poverty, f.poorCount, f.farming].filter((x) => x.flag === 'yes').map((x) => x.reason),
    ...(f.farming.flag === 'yes' ? { farmingReason: f.farming.reason } : {}),
    ...(f.coastal.flag === 'yes' ? { coastalReason: f.coastal.reason } : {}),
    ...(priority ? { priority } : {}),
  };
}

/** {@link toGapHotspot} for every kabupaten/kota given, in `year` (hotspot options as in `hotspotFlags`). */
export function gapHotspotsFromBundle(bundle: IndicatorBundle, regions: Iterable<HotspotRegion>, year: number, opts: Partial<HotspotOptions> = {}): GapHotspot[] {
  return [...regions].map((r) => toGapHotspot(hotspotFlags(bundle, r, year, opts), bundle));
}
