import { ancestorAt, type ParentLookup } from '../regions/ancestry.ts';
import type { UrlState } from '../view/url-state.ts';

/**
 * The province the classes are computed over: '' for all of Indonesia, or with `scope=region`
 * and a selected region its province's code (the kabupaten/kota the map shows for it: a
 * province's own, or those around a selected kabupaten, kecamatan or desa), found through
 * `parents` (the region rows). The bivariate view keeps its national terciles (its classes come
 * from program coverage across Indonesia). '' too while the province cannot be known yet.
 */
export function classScope(url: Pick<UrlState, 'scope' | 'region' | 'mode'>, parents: ParentLookup): string {
  return url.scope === 'region' && url.region !== '' && url.mode !== 'bivariate' ? ancestorAt(url.region, 'provinsi', parents) : '';
}
