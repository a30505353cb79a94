import type { RegionSearch } from '../lib/search/create-search.ts';
import type { SearchResult } from '../lib/search/types.ts';

/**
 * `createSearch` with its code loaded on first use (focus or first query), not with the first view.
 * Behaves as the search it wraps: `searchLoaded` gives [] until then, as that search does before
 * its core has arrived.
 */
export function lazySearch(fetchJson: (path: string) => Promise<unknown>): RegionSearch {
  let inner: RegionSearch | undefined;
  let loading: Promise<RegionSearch> | undefined;
  const load = () =>
    (loading ??= import('../lib/search/create-search.ts').then(
      ({ createSearch }) => (inner = createSearch(fetchJson)),
      (e: Error) => {
        loading = undefined;
        throw e;
      },
    ));
  return {
    search: (query, limit) => load().then((s) => s.search(query, limit)),
    searchLoaded: (query, limit): SearchResult[] => inner?.searchLoaded(query, limit) ?? [],
    preload: () => load().then((s) => s.preload()),
  };
}
