import { fold, splitKind, type KabKind } from '../names.ts';
import type { Level } from '../types.ts';

/**
 * Words of a name or a query for matching, with the kind prefix split off by `splitKind` (the
 * crosswalk's rule): "Kab. Timor Tengah Selatan" → kabupaten, [timor, tengah, selatan];
 * "Desa Baumata" → null, [baumata]; "Tojo Una-Una" → [tojo, una, una]. Words are `fold`ed
 * (accents stripped, lower case); apostrophes join ("Doro O'o" → [doro, oo]). The joined words
 * equal `nameKey` of the name, so "Sido Mulyo" and "Sidomulyo" meet on one key.
 * With a `level` below kabupaten, "Kota"/"Kab." stay part of the name: 161 desa and 36 kecamatan
 * are called "Kota Baru", "Kota Sigli" and the like.
 */
export function searchWords(text: string, level?: Level): { kind: KabKind; words: string[] } {
  const clean = text.replace(/['’`]/g, '');
  const split = splitKind(clean);
  const whole = level !== undefined && level !== 'kabupaten' && split.kind !== null;
  return { kind: whole || level === 'desa' || level === 'kecamatan' ? null : split.kind, words: (whole ? clean : split.base).split(/[\s\-–—/(),.;:+&]+/).map(fold).filter((w) => w !== '') };
}
