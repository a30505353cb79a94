import { useEffect } from 'preact/hooks';
import { parseUrlState, sameExceptView, serialiseUrlState } from '../../lib/ui/url-state.ts';
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
  useEffect(() => {
    if (!base) return;
    const query = serialiseUrlState(url, urlContext(base, s.regions).defaults);
    const next = `${location.pathname}${query}${location.hash}`;
    // An embed never pushes: its history entries would land in the host page's back button.
    if (url.embed || s.urlFrom === 'url' || sameExceptView(query, location.search)) history.replaceState(null, '', next);
    else if (next !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', next);
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
