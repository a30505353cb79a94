import { useEffect, useState } from 'preact/hooks';
import { loadedStrings, loadStrings, type Strings } from '../../i18n/index.ts';
import { id } from '../../i18n/id.ts';
import type { Lang } from '../../lib/format/format.ts';
import type { Action } from '../store/actions.ts';

/**
 * The words of the page in `lang`, and the language they are in. English is loaded on first use;
 * the page asks for it before the first render of an English link (main.tsx) and before switching
 * (TopBar), so it is normally at hand. When it is not (that load failed, or back/forward to an
 * English entry), the page shows Bahasa Indonesia meanwhile and loads it; if that fails too, the
 * page goes back to Bahasa Indonesia and says why (`langFailed`, in Bahasa Indonesia).
 */
export function useStrings(lang: Lang, dispatch: (a: Action) => void): { t: Strings; lang: Lang } {
  const have = loadedStrings(lang);
  const [, arrived] = useState(0);
  useEffect(() => {
    if (have) return;
    let live = true;
    loadStrings(lang).then(
      () => live && arrived((n) => n + 1),
      (e: unknown) => live && dispatch({ type: 'langFailed', problem: { kind: 'lang', detail: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [lang, have]);
  return have ? { t: have, lang } : { t: id, lang: 'id' };
}
