import type { ParentLookup } from './ancestry.ts';
import { levelOf } from './level-of.ts';
import type { RegionLookup } from './region-lookup.ts';

/**
 * The parent lookup of the regions loaded so far: `Region.parent` of the region with key `kode`,
 * or undefined while its level is not loaded (then `parentOf` falls back to what the key says).
 */
export function parentsIn(lookup: RegionLookup): ParentLookup {
  return (kode) => {
    const level = levelOf(kode);
    const i = level ? lookup.byBps[level].get(kode) : undefined;
    return level && i !== undefined ? (lookup.levels[level].parent[i] ?? '') : undefined;
  };
}
