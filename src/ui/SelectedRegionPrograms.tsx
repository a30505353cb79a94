import { useMemo } from 'preact/hooks';
import { coverageOf } from '../lib/programs/coverage/coverage.ts';
import { indexNearest } from '../lib/programs/coverage/nearest-locus.ts';
import { programsInRegion } from '../lib/programs/coverage/programs-in-region.ts';
import { regionNearest } from '../lib/programs/coverage/region-nearest.ts';
import type { Level } from '../lib/types.ts';
import type { ProgramAnalysis } from './programs/use-program-analysis.ts';
import { RegionPrograms } from './RegionPrograms.tsx';

export interface SelectedRegionProgramsProps {
  /** The active loci and their coverage (null while the program records load: "loading" is said). */
  analysis: ProgramAnalysis | null;
  /** The selected region's code and level. */
  kode: string;
  level: Level;
  /** Whether an area-wide program counts as reaching its regions (distance 0; the gap finder's option). */
  countAreaWide: boolean;
}

/**
 * The region panel's program section for the selected region: its convergence, the programs inside
 * and area-wide, and the distance to the nearest of each type. Loaded with the region panel (from
 * SidePanel), not with the first view, which selects no region.
 */
export function SelectedRegionPrograms({ analysis, kode, level, countAreaWide }: SelectedRegionProgramsProps) {
  // Distances to the nearest place locus, indexed once per set of active loci while a region is shown.
  const nearest = useMemo(() => (analysis ? indexNearest(analysis.loci, analysis.mask) : undefined), [analysis?.loci, analysis?.mask]);
  if (!analysis) return <RegionPrograms coverage={undefined} inside={[]} areaWide={[]} />;
  const r = analysis.lookup.byBps[level].get(kode);
  const cols = analysis.lookup.levels[level];
  const at = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? null : v);
  const near = r === undefined ? undefined : regionNearest(analysis.coverage, level, r, at(cols.lon[r]), at(cols.lat[r]), nearest, countAreaWide);
  return <RegionPrograms coverage={coverageOf(analysis.lookup, analysis.coverage, level, kode)} {...programsInRegion(analysis.lookup, analysis.ix, analysis.loci, level, kode, analysis.mask)} {...(near ? { nearest: near } : {})} />;
}
