import type { Lang } from '../lib/format/format.ts';
import { id, type Strings } from './id.ts';

/**
 * The dictionaries at hand. Bahasa Indonesia, the default, is in the first view's bundle; English
 * (en.ts, about 8 KB gzip) is loaded when first asked for: an English link (main.tsx waits for it
 * before the first render) or the language switch (TopBar waits for it before switching).
 */
const loaded: Partial<Record<Lang, Strings>> = { id };
let english: Promise<Strings> | undefined;

/** UI strings for a language when they are at hand: Bahasa Indonesia always, English once `loadStrings('en')` has resolved. */
export function loadedStrings(lang: Lang): Strings | undefined {
  return loaded[lang];
}

/**
 * UI strings for a language, loading English's code on first use (once: later calls share the
 * request). Rejects when that code cannot be loaded; the next call tries again.
 */
export function loadStrings(lang: Lang): Promise<Strings> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  english ??= import('./en.ts').then(
    (m) => (loaded.en = m.en),
    (e: unknown) => {
      english = undefined;
      throw e;
    },
  );
  return english;
}
export type { Strings };
