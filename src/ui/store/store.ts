import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Strings } from '../../i18n/index.ts';
import type { Lang } from '../../lib/format/format.ts';
import type { Action } from './actions.ts';
import type { PageState } from './page-state.ts';
import type { Loader } from '../effects/loader.ts';

/** What every component can reach: the page state, the way to change it, the loader, and the UI language. */
export interface Store {
  state: PageState;
  dispatch: (a: Action) => void;
  /** Fetches that components start (levels for search, a user's file); results arrive as actions. */
  loader: Loader;
}

export const StoreContext = createContext<Store | null>(null);

/** The page store (inside `<App>`). */
export function useStore(): Store {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useStore outside <StoreContext.Provider>');
  return s;
}

/** The UI language and its strings: one context, so components need no `t`/`lang` props. */
export interface I18n {
  t: Strings;
  lang: Lang;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i = useContext(I18nContext);
  if (!i) throw new Error('useI18n outside <I18nContext.Provider>');
  return i;
}
