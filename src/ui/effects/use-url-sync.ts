import { useEffect, useRef } from 'preact/hooks';
import { historyWrite } from '../../lib/view/history-write.ts';
import { parseUrlState, serialiseUrlState } from '../../lib/view/url-state.ts';
import type { Action } from '../store/actions.ts';
import type { PageState } from '../store/page-state.ts';
import { urlContext } from './first-view.ts';

/**
 * The URL mirrors the view: a user's navigation pushes a history entry, a camera move or a
 * change that came from the URL itself replaces it; back/forward restore the view the URL
 * describes (an embed only replaces). Also sets the document's language and title.
 */
export function useUrlSync(s: PageState, dispatch: (a: Action) => void, title: string): void {
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
      const parsed = parseUrlState(location.search, urlContext(base, s.regions));
      dispatch({ type: 'urlRestored', url: parsed.state, notices: parsed.notices });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [base, s.regions]);
}
