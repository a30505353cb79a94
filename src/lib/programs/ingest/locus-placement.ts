import type { Level } from '../../types.ts';
import type { ProgramLocus } from '../types.ts';

/** How a locus was placed: at which level, and from what in its row. */
export interface LocusPlacement {
  /** Finest level placed at (a region-located locus covers that region as a whole). */
  level: Level | undefined;
  /** `coordinates`: its own point; `code`: a region code; `name`: place names; `address`: the desa named in an address. */
  method: 'coordinates' | 'code' | 'name' | 'address';
}

/** How `locus` was placed (`locatedBy`, `nameMatch`, `level`), for the point card. */
export function placementOf(locus: Pick<ProgramLocus, 'locatedBy' | 'level' | 'nameMatch'>): LocusPlacement {
  const method = locus.locatedBy === 'coordinates' ? 'coordinates' : locus.nameMatch === 'address' ? 'address' : locus.nameMatch ? 'name' : 'code';
  return { level: locus.level, method };
}
