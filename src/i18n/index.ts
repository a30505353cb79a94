import type { Lang } from '../lib/format/format.ts';
import { en } from './en.ts';
import { id, type Strings } from './id.ts';

/** UI strings for a language (Bahasa Indonesia by default). */
export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : id;
}
export type { Strings };
