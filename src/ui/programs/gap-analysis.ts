import type { IndicatorBundle } from '../../lib/indicators/types.ts';
import { findGaps, type GapOptions, type GapResult } from '../../lib/programs/gaps/find-gaps.ts';
import { prepareGapFlags, type GapFlags } from '../../lib/programs/gaps/gap-flags.ts';
import { gapHotspotsFromBundle } from '../../lib/programs/gaps/gap-hotspots.ts';
import { gapsToCsv } from '../../lib/programs/gaps/gaps-to-csv.ts';
import { indexNearest, type NearestLoci } from '../../lib/programs/coverage/nearest-locus.ts';
import { regionsOf } from '../../lib/regions/region-views.ts';
import type { Lang } from '../../lib/format/format.ts';
import type { ProgramAnalysis } from './use-program-analysis.ts';

/**
 * The gap finder as the page uses it, in its own module so it (and the CSV writer) load when the
 * gap tab is first opened, not with the first view.
 */
export function gapFlags(a: ProgramAnalysis, bundle: IndicatorBundle, year: number): GapFlags {
  return prepareGapFlags(a.lookup, gapHotspotsFromBundle(bundle, regionsOf(a.lookup, 'kabupaten'), year));
}

export function gaps(a: ProgramAnalysis, flags: GapFlags, options: Partial<GapOptions>, nearest?: NearestLoci): GapResult {
  return findGaps(a.lookup, a.coverage, flags, options, nearest);
}

/** Distance-to-nearest index over the loci passing the filters (coordinates or label points). */
export function nearestIndex(a: ProgramAnalysis): NearestLoci {
  return indexNearest(a.loci, a.mask);
}

/** Every gap row (not only the shown ones), formula-safe, as CSV text. */
export function gapsCsv(a: ProgramAnalysis, flags: GapFlags, options: Partial<GapOptions>, total: number, lang: Lang, nearest?: NearestLoci): string {
  return gapsToCsv(findGaps(a.lookup, a.coverage, flags, { ...options, limit: total }, nearest).rows, lang);
}
