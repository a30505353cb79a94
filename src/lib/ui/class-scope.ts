import type { UrlState } from './url-state.ts';

/**
 * The code prefix of the regions the classes are computed over: '' for all of Indonesia, or with
 * `scope=region` and a selected region its province's code (the kabupaten/kota the map shows for
 * it: a province's own, or those around a selected kabupaten, kecamatan or desa). The bivariate
 * view keeps its national terciles (its classes come from program coverage across Indonesia).
 */
export function classScope(url: Pick<UrlState, 'scope' | 'region' | 'mode'>): string {
  return url.scope === 'region' && url.region !== '' && url.mode !== 'bivariate' ? url.region.slice(0, 2) : '';
}
