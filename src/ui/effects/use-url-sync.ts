import { useEffect, useRef } from 'preact/hooks';
import { historyWrite } from '../../lib/view/history-write.ts';
import { parseUrlState, serialiseUrlState, type UrlNotice, type UrlState } from '../../lib/view/url-state.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import type { DataSource } from '../../load/data-source.ts';
import type { RegionColumns } from '../../lib/regions/region-columns.ts';
import { LEVELS, type Level } from '../../lib/types.ts';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import { loadedLevels, readLink, urlContext } from './first-view.ts';
import { loadedStrings, loadStrings } from '../../i18n/index.ts';

/**
 * The URL mirrors the view: a user's navigation pushes a history entry, a camera move or a
 * change that came from the URL itself replaces it; back/forward restore the view the URL
 * describes (an embed only replaces), loading first the region rows a deep or old code needs
 * (`readLink`, as the first view does). Also sets the document's language and title.
 */
export function useUrlSync(s: PageState, dispatch: (a: Action) => void, title: string, source: DataSource): void {
  const { base, url } = s;
  // `location.search` as this effect last left it: a difference means the browser moved (back/forward).
  const written = useRef<string | null>(null);
  useEffect(() => {
    if (!base) return;
    const query = serialiseUrlState(url, urlContext(base, s.regions).defaults);
    const next = `${location.pathname}${query}${location.hash}`;
    const how = historyWrite({ query, current: location.search, lastWritten: written.current, fromUrl: s.urlFrom === 'url', embed: url.embed });
    if (how === 'replace') history.replaceState(null, '', next);
    else if (how === 'push') history.pushState(null, '', next);
    if (how !== 'skip' || written.current === null) written.current = location.search;
  }, [base, url]);

  useEffect(() => {
    document.documentElement.lang = url.lang;
    document.title = title;
  }, [url.lang, title]);

  useEffect(() => {
    if (!base) return;
    const onPop = () => {
      const search = location.search;
      // The page switches language whole, once the words are loaded (English on first use), as the
      // language switch does; if they cannot be loaded, the page says so (effects/use-strings.ts).
      const lang = parseUrlState(search, urlContext(base, s.regions)).state.lang;
      if (loadedStrings(lang)) read(search);
      else loadStrings(lang).then(() => read(search), () => read(search));
    };
    const read = (search: string) => {
      // A later back/forward wins over this one.
      if (location.search !== search) return;
      const region = new URLSearchParams(search).get('region')?.trim() ?? '';
      const now = (url: UrlState, notices: UrlNotice[], rows?: Partial<Record<Level, RegionColumns>>) => dispatch({ type: 'urlRestored', url, notices, ...(rows ? { rows } : {}) });
      // No region, or one the loaded rows hold: read at once, without rebuilding the region lookup.
      const readNow = () => {
        const parsed = parseUrlState(search, urlContext(base, s.regions));
        now(parsed.state, parsed.notices);
      };
      if (!region || regionOf(s.regions, region)) return readNow();
      // Another one may need the kecamatan/desa rows or an alias shard first (`readLink`).
      const levels = loadedLevels(s.regions);
      const had = new Set(s.regions.loaded);
      readLink(source, search, base, levels).then(
        (r) => {
          // A later back/forward wins over this one.
          if (location.search !== search) return;
          const rows: Partial<Record<Level, RegionColumns>> = {};
          for (const level of LEVELS) if (!had.has(level) && levels[level]) rows[level] = levels[level];
          now(r.url, r.notices, rows);
        },
        // Rows that cannot be read: the link is read with the rows there are (it then says what it could not open).
        () => {
          if (location.search === search) readNow();
        },
      );
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [base, s.regions, source]);
}
