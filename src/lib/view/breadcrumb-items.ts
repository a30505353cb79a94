import { ancestry } from '../regions/ancestry.ts';
import { parentsIn } from '../regions/parents-in.ts';
import type { RegionLookup } from '../regions/region-lookup.ts';
import { nameOf } from '../regions/region-views.ts';

/** One crumb: the region's key ('' for the root) and its name. */
export interface Crumb {
  kode: string;
  name: string;
}

/**
 * Indonesia › Nusa Tenggara Timur › Kabupaten Kupang › Taebenu › Baumata: the root, then the
 * selected region's ancestors and itself, found through the loaded region rows (`Region.parent`),
 * each named by its row (its key while its level is not loaded). Only the root for ''.
 */
export function breadcrumbItems(region: string, lookup: RegionLookup, rootName: string): Crumb[] {
  const chain = region ? ancestry(region, parentsIn(lookup)) : [];
  return [{ kode: '', name: rootName }, ...chain.map((k) => ({ kode: k, name: nameOf(lookup, k) || k }))];
}
