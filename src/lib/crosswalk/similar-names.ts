import { nameKey } from '../names.ts';

/** `exact name` when the names agree but for case, else `normalized name` (spaces, punctuation, accents). */
export function nameMethod(source: string, kem: string): string {
  return source.toLowerCase() === kem.toLowerCase() ? 'exact name' : 'normalized name';
}

/**
 * True when two keys of at least 6 letters differ by one substitution, insertion or deletion
 * ("Sukamakmur" / "Sukamakmu", "Oebelo" / "Oebello"); shorter names are too easily confused.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const NUMBERED = /(\d|\s(i|ii|iii|iv|v|vi|vii|viii|ix|x|satu|dua|tiga|empat|lima)$)/i;

/** Names one edit apart that are not numbered siblings ("Sukamaju I" / "Sukamaju II", "Jaya 1" / "Jaya 2"). */
export function similarNames(a: string, b: string): boolean {
  return !NUMBERED.test(a) && !NUMBERED.test(b) && oneEditApart(nameKey(a), nameKey(b));
}

