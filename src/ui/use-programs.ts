import { useEffect, useMemo, useState } from 'preact/hooks';
import { computeCoverage, type Coverage } from '../lib/programs/coverage.ts';
import { filterLoci, type LociFilter } from '../lib/programs/filter-loci.ts';
import { findGaps, type GapOptions, type GapResult } from '../lib/programs/find-gaps.ts';
import { prepareGapFlags, type GapFlags } from '../lib/programs/gap-flags.ts';
import { gapHotspotsFromBundle } from '../lib/programs/gap-hotspots.ts';
import { indexLoci, type LociIndex } from '../lib/programs/index-loci.ts';
import { lociFromGeojson } from '../lib/programs/loci-geojson.ts';
import { buildRegionLookup, type RegionLookup } from '../lib/programs/region-lookup.ts';
import type { ProgramLocus } from '../lib/programs/types.ts';
import type { DataSource } from '../load/data-source.ts';
import type { LoadedData } from './state.ts';

/** The program loci in use and where they came from (shown in the page). */
export interface ProgramSet {
  loci: ProgramLocus[];
  /** Files the loci came from, in order (`programs.geojson` for the shipped set). */
  files: string[];
  /** True while the shipped set is (part of) what is shown. */
  includesDefault: boolean;
}

/** Everything the panel, gap table and map need, recomputed on filter changes without touching geometry. */
export interface ProgramAnalysis {
  lookup: RegionLookup;
  ix: LociIndex;
  mask: Uint8Array;
  coverage: Coverage;
  gaps: GapResult;
  /** Hotspot flags per region row (for exporting every gap row). */
  flags: GapFlags;
  /** Milliseconds taken by the last filter + coverage + gap recomputation. */
  ms: number;
}

/**
 * Program state of the page: loads `programs.geojson` once, builds the region lookup from the
 * region levels loaded so far (rebuilt when kecamatan/desa arrive), indexes the loci once per set,
 * and recomputes mask → coverage → gaps when a filter or gap option changes (typed arrays only).
 */
export function usePrograms(source: DataSource, data: LoadedData | null, regionsVersion: number, hotspotYear: number | undefined, filter: LociFilter, gapOptions: Partial<GapOptions>) {
  const [set, setSet] = useState<ProgramSet | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    if (!data || set) return;
    source
      .programs()
      .then((doc) => setSet({ loci: lociFromGeojson(doc), files: ['programs.geojson'], includesDefault: true }))
      .catch((e: Error) => {
        // The gap finder still works without the shipped list (every hotspot is then a gap).
        setLoadError(e.message);
        setSet({ loci: [], files: [], includesDefault: false });
      });
  }, [data]);

  const lookup = useMemo(() => (data ? buildRegionLookup(data.regions.columns) : null), [data, regionsVersion]);
  const ix = useMemo(() => (lookup && set ? indexLoci(set.loci, lookup) : null), [lookup, set]);
  const flags = useMemo(() => {
    if (!lookup || !data || hotspotYear === undefined) return null;
    const kab = data.regions.ofLevel('kabupaten').map((r) => ({ kodeBps: r.kode, name: r.name, coastal: r.coastal, coastlineKm: r.coastlineKm }));
    return prepareGapFlags(lookup, gapHotspotsFromBundle(data.bundle, kab, hotspotYear));
  }, [lookup, data, hotspotYear]);

  const analysis = useMemo((): ProgramAnalysis | null => {
    if (!lookup || !ix || !set || !flags) return null;
    const t0 = performance.now();
    const mask = filterLoci(set.loci, filter);
    const coverage = computeCoverage(lookup, ix, mask);
    const gaps = findGaps(lookup, coverage, flags, gapOptions);
    return { lookup, ix, mask, coverage, gaps, flags, ms: performance.now() - t0 };
  }, [lookup, ix, set, flags, filter, gapOptions]);

  return { set, setSet, loadError, analysis };
}
