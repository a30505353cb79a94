import { LEVELS, type Level } from '../../types.ts';
import type { LociIndex } from './index-loci.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import type { ProgramLocus } from '../types.ts';

/**
 * Programs for a region's panel: `inside` (points in it and programs located at it or below)
 * and `areaWide` (programs located at an ancestor as a whole, e.g. a kabupaten-wide BLK for a
 * desa). Unknown codes give two empty lists. `active` as in `computeCoverage`.
 */
export function programsInRegion(lookup: RegionLookup, ix: LociIndex, loci: readonly ProgramLocus[], level: Level, kodeBps: string, active?: Uint8Array): { inside: ProgramLocus[]; areaWide: ProgramLocus[] } {
  const r = lookup.byBps[level].get(kodeBps);
  const inside: ProgramLocus[] = [], areaWide: ProgramLocus[] = [];
  if (r === undefined) return { inside, areaWide };
  const li = LEVELS.indexOf(level);
  // Ancestor rows of the region, to match area-wide loci at each coarser level.
  const anc: number[] = [];
  for (let l = li, i = r; l >= 0 && i >= 0; l--) { anc[l] = i; i = lookup.parentIndex[LEVELS[l]][i]; }
  for (let k = 0; k < ix.count; k++) {
    if (active && !active[k]) continue;
    if (ix.row[level][k] === r) inside.push(loci[k]);
    else if (ix.regionLevel[k] < li && ix.row[LEVELS[ix.regionLevel[k]]][k] === anc[ix.regionLevel[k]]) areaWide.push(loci[k]);
  }
  return { inside, areaWide };
}
