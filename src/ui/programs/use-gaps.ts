import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GapResult } from '../../lib/programs/gaps/find-gaps.ts';
import type { PageState } from '../store/page-state.ts';
import { gapOptionsOf } from './gap-options.ts';
import type { ProgramAnalysis } from './use-program-analysis.ts';
import type { GapOutline } from '../../map/gap-layer.ts';

type GapModule = typeof import('./gap-analysis.ts');

/** Listed desa drawn on the map at most (the worst ranked first): one GeoJSON source of points, light at any zoom. */
const GAP_MAP_POINTS = 20000;

/**
 * Gap rows for the gap tab: the gap finder module is loaded when first asked for (`active`), then
 * rows follow the analysis, the hotspot year and the options. Desa rows wait for the desa's IDM
 * (`needLoading` meanwhile). `csv()` gives every row for download; `hotspots` (only when there is no
 * gap) says whether the filters match no hotspot or all are covered; `points`: every listed desa at
 * its label point with its rank, for the map (desa rows only).
 */
export function useGaps(s: PageState, analysis: ProgramAnalysis | null, hotspotYear: number | undefined, active: boolean) {
  const [mod, setMod] = useState<GapModule | null>(null);
  useEffect(() => {
    if (active && !mod) void import('./gap-analysis.ts').then(setMod);
  }, [active]);
  const bundle = s.base?.bundle;
  const options = gapOptionsOf(s);
  const desa = options.level === 'desa';
  const need = useMemo(() => (mod && analysis && bundle && desa ? mod.desaNeedOf(analysis, bundle) : undefined), [mod, analysis?.lookup, bundle?.values.idm, bundle?.values.idm_status, desa]);
  const flags = useMemo(() => (mod && analysis && bundle && hotspotYear !== undefined ? mod.gapFlags(analysis, bundle, hotspotYear, need) : null), [mod, analysis?.lookup, bundle, hotspotYear, need]);
  const ready = flags && (!desa || flags.need) ? flags : null;
  const nearest = useMemo(() => (mod && analysis ? mod.nearestIndex(analysis) : undefined), [mod, analysis?.loci, analysis?.mask]);
  const result: GapResult | undefined = useMemo(() => (mod && analysis && ready ? mod.gaps(analysis, ready, options, nearest) : undefined), [mod, analysis, ready, nearest, JSON.stringify(options)]);
  // With no gap: how many hotspots the filters match whatever their programs (0: the filters exclude all).
  const hotspots = useMemo(() => (mod && analysis && ready && result?.total === 0 ? mod.gaps(analysis, ready, { ...options, maxLoci: Infinity, maxConvergence: Infinity, noProgramWithinKm: 0 }).total : undefined), [mod, analysis, ready, result]);
  const points = useMemo(() => (analysis && result && desa ? desaPoints(analysis, result) : undefined), [analysis?.lookup, result, desa]);
  const csv = () => (mod && analysis && ready && result ? mod.gapsCsv(analysis, ready, options, result.total, s.url.lang, nearest) : undefined);
  return { result, hotspots, csv, options, points, needLoading: desa && !!mod && !need };
}

/** The listed desa with a label point, in rank order, at most {@link GAP_MAP_POINTS}. */
function desaPoints(a: ProgramAnalysis, result: GapResult): GapOutline[] {
  const cols = a.lookup.levels.desa, out: GapOutline[] = [];
  for (let i = 0; i < result.order.length && out.length < GAP_MAP_POINTS; i++) {
    const r = result.order[i], lon = cols.lon[r], lat = cols.lat[r];
    if (lon != null && lat != null && !Number.isNaN(lon)) out.push({ kode: cols.kode[r], level: 'desa', rank: i + 1, lon, lat });
  }
  return out;
}
