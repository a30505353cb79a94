import type { IndicatorBundle } from '../../lib/indicators/types.ts';
import { findGaps, type GapOptions, type GapResult } from '../../lib/programs/gaps/find-gaps.ts';
import { prepareGapFlags, type GapFlags } from '../../lib/programs/gaps/gap-flags.ts';
import { gapHotspotsFromBundle } from '../../lib/programs/gaps/gap-hotspots.ts';
import { gapsToCsv } from '../../lib/programs/gaps/gaps-to-csv.ts';
import { desaNeed, type DesaNeed } from '../../lib/programs/gaps/desa-need.ts';
import { sourceIn } from '../../lib/indicators/source-in.ts';
import { indexNearest, type NearestLoci } from '../../lib/programs/coverage/nearest-locus.ts';
import { regionsOf } from '../../lib/regions/region-views.ts';
import type { Lang } from '../../lib/format/format.ts';
import type { ProgramAnalysis } from './use-program-analysis.ts';

/**
 * The gap finder as the page uses it, in its own module so it (and the CSV writer) load when the
 * gap tab is first opened, not with the first view.
 */
export function gapFlags(a: ProgramAnalysis, bundle: IndicatorBundle, year: number, need: DesaNeed | undefined): GapFlags {
  return prepareGapFlags(a.lookup, gapHotspotsFromBundle(bundle, regionsOf(a.lookup, 'kabupaten'), year), need);
}

/**
 * The desa rows' own IDM from the loaded `idm` and `idm_status` values (their latest edition), cited
 * by the source of their figures; undefined until both are loaded.
 */
export function desaNeedOf(a: ProgramAnalysis, bundle: IndicatorBundle): DesaNeed | undefined {
  const idm = bundle.values.idm, status = bundle.values.idm_status;
  if (!idm || !status) return undefined;
  const year = Math.max(...Object.keys(idm).map(Number));
  // The first value names the source: read one, not all 75,000 (Object.values would copy them).
  let first: (typeof idm)[string][string] | undefined;
  for (const k in idm[String(year)] ?? {}) {
    first = idm[String(year)][k];
    break;
  }
  const source = first ? bundle.sources[first[1]] : undefined;
  const words = source ? { id: sourceIn(source, 'id').title, en: sourceIn(source, 'en').title } : { id: `IDM ${year}`, en: `IDM ${year}` };
  return desaNeed(a.lookup, idm[String(year)] ?? {}, status[String(year)] ?? {}, year, words);
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
