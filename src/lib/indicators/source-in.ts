import type { Lang } from '../format/format.ts';
import type { SourceDef } from './types.ts';

/**
 * A source in the page's language: for English its `titleEn` / `viaEn` take the place of the
 * Indonesian title and copy name (where the register has them); Indonesian is returned as is.
 */
export function sourceIn<S extends Pick<SourceDef, 'title' | 'via' | 'titleEn' | 'viaEn'>>(s: S, lang: Lang): S {
  if (lang !== 'en') return s;
  return { ...s, title: s.titleEn ?? s.title, ...(s.via ? { via: s.viaEn ?? s.via } : {}) };
}
