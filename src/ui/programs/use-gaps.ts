import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GapResult } from '../../lib/programs/gaps/find-gaps.ts';
import type { PageState } from '../store/page-state.ts';
import { gapOptionsOf } from './gap-options.ts';
import type { ProgramAnalysis } from './use-program-analysis.ts';

type GapModule = typeof import('./gap-analysis.ts');

/**
 * Gap rows for the gap tab: the gap finder module is loaded when first asked for (`active`), then
 * rows follow the analysis, the hotspot year and the options. `csv()` gives every row for download;
 * `hotspots` (only when there is no gap) says whether the filters match no hotspot or all are covered.
 */
export function useGaps(s: PageState, analysis: ProgramAnalysis | null, hotspotYear: number | undefined, active: boolean) {
  const [mod, setMod] = useState<GapModule | null>(null);
  useEffect(() => {
    if (active && !mod) void import('./gap-analysis.ts').then(setMod);
  }, [active]);
  const bundle = s.base?.bundle;
  const flags = useMemo(() => (mod && analysis && bundle && hotspotYear !== undefined ? mod.gapFlags(analysis, bundle, hotspotYear) : null), [mod, analysis?.lookup, bundle, hotspotYear]);
  const options = gapOptionsOf(s);
  const nearest = useMemo(() => (mod && analysis ? mod.nearestIndex(analysis) : undefined), [mod, analysis?.loci, analysis?.mask]);
  const result: GapResult | undefined = useMemo(() => (mod && analysis && flags ? mod.gaps(analysis, flags, options, nearest) : undefined), [mod, analysis, flags, nearest, JSON.stringify(options)]);
  // With no gap: how many hotspots the filters match whatever their programs (0: the filters exclude all).
  const hotspots = useMemo(() => (mod && analysis && flags && result?.total === 0 ? mod.gaps(analysis, flags, { ...options, maxLoci: Infinity, maxConvergence: Infinity }).total : undefined), [mod, analysis, flags, result]);
  const csv = () => (mod && analysis && flags && result ? mod.gapsCsv(analysis, flags, options, result.total, s.url.lang, nearest) : undefined);
  return { result, hotspots, csv, options };
}
