import { PROVINCE_ABBREVIATIONS } from './province-abbreviations.ts';
import type { SearchData } from './search-data.ts';

/** Words that name a kind of region, not a region: dropped from the parent part of a query. */
const KIND_WORDS = new Set(['kab', 'kabupaten', 'kota', 'kec', 'kecamatan', 'distrik', 'desa', 'kel', 'kelurahan', 'prov', 'provinsi', 'propinsi']);

/**
 * The regions above desa that one word of a "name + parent" query can stand for ("garut" in
 * "Sukamaju Garut"): rows (< `data.coreSize`) marked 1 whose name has a word starting with it,
 * or the province it abbreviates ("ntt"). Words under 3 letters match only abbreviations.
 * Returns null for kind words ("kab", "kota"), which qualify nothing.
 */
export function parentRows(data: SearchData, word: string): Uint8Array | null {
  if (KIND_WORDS.has(word)) return null;
  const marks = new Uint8Array(data.coreSize);
  const abbreviated = PROVINCE_ABBREVIATIONS[word];
  if (abbreviated) {
    const r = data.row('provinsi', abbreviated);
    if (r >= 0) marks[r] = 1;
  }
  if (word.length >= 3) {
    const start = ` ${word}`;
    for (let r = 0; r < data.coreSize; r++) if (data.spaced[r].includes(start) || data.key[r].startsWith(word)) marks[r] = 1;
  }
  return marks;
}
