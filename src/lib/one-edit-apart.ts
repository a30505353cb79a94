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
