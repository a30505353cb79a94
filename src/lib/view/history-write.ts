import { sameExceptView } from './url-state.ts';

/** What the page knows when it mirrors its state into the URL (see `historyWrite`). */
export interface HistoryWriteInput {
  /** The query string the page state serialises to. */
  query: string;
  /** `location.search` now. */
  current: string;
  /** `location.search` right after the page last wrote the URL (null before the first write). */
  lastWritten: string | null;
  /** The state came from the URL itself (first load, back/forward): mirror it without a new entry. */
  fromUrl: boolean;
  /** An embed never pushes: its entries would land in the host page's back button. */
  embed: boolean;
}

/**
 * How to mirror the page state into the URL: `push` a history entry for a user's navigation,
 * `replace` for a camera move or a state that came from the URL, or `skip`. Skips when the browser
 * moved (back/forward) since the page last wrote and the state is still the one from before that
 * move: writing it would push the old view over the forward entries (seen: back, then forward did
 * nothing, because a render scheduled before the back ran after it). The `popstate` restore that
 * follows brings the state in line and is written as a replace.
 */
export function historyWrite({ query, current, lastWritten, fromUrl, embed }: HistoryWriteInput): 'push' | 'replace' | 'skip' {
  if (!fromUrl && lastWritten !== null && current !== lastWritten) return 'skip';
  if (embed || fromUrl || sameExceptView(query, current)) return 'replace';
  return query === current ? 'skip' : 'push';
}
