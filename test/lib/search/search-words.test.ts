import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../src/lib/search/search-words.ts';

describe('searchWords', () => {
  it('splits off a "Kab." prefix as the kind', () => expect(searchWords('Kab. Timor Tengah Selatan')).toEqual({ kind: 'kabupaten', words: ['timor', 'tengah', 'selatan'] }));
  it('splits off "Kota" as the kind', () => expect(searchWords('Kota Kupang').kind).toBe('kota'));
  it('drops a "Desa" prefix', () => expect(searchWords('Desa Baumata').words).toEqual(['baumata']));
  it('keeps names that only start like a prefix', () => expect(searchWords('Kabanjahe').words).toEqual(['kabanjahe']));
  it('keeps "Kota" in a desa name', () => expect(searchWords('Kota Lama', 'desa')).toEqual({ kind: null, words: ['kota', 'lama'] }));
  it('folds accents and case', () => expect(searchWords('PÉNÉLÉH').words).toEqual(['peneleh']));
  it('splits hyphenated names into words', () => expect(searchWords('Tojo Una-Una').words).toEqual(['tojo', 'una', 'una']));
  it('joins across an apostrophe', () => expect(searchWords("Doro O'o").words).toEqual(['doro', 'oo']));
});
