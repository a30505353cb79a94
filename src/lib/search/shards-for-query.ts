import { parentRows } from './parent-rows.ts';
import type { SearchData } from './search-data.ts';
import { searchWords } from './search-words.ts';
import { shardLetter } from './shard-letter.ts';
import { DATA_LAYOUT } from '../data-layout.ts';

/** What a query needs beyond `search/core.json`. */
export interface QueryShards {
  /** Name shard letters whose desa the query may match (pass to `findRegions` as `letters`). */
  letters: string[];
  /** Files to load, relative to the data folder: `search/desa/{letter}.json`, `search/codes/{kabupaten}.json`. */
  paths: string[];
}

/**
 * Most desa a name query reads: name shards gzip to ~5.3 bytes per desa, so 16,500 desa are about
 * 88 KB, and with the core (~61 KB) a query loads at most ~150 KB (20,000 let "Timor Tengah
 * Selatan" read the t and s shards: 158.8 KB).
 */
const MAX_DESA = 16_500;

/**
 * The shards a query reads. A name of 2+ letters reads the shard of its first letter. In a query
 * of several words, a later word that may start a desa name ("garut" in "Sukamaju Garut") adds
 * its shard when all words before it could be parents (each matches a region in the core, see
 * `parentRows`); readings with more parent words come first, and they stop at `MAX_DESA` desa.
 * One letter reads nothing: the core already fills the list. A BPS code of 4+ digits reads its
 * kabupaten's code shard; a Kemendagri code of 5+ characters ("53.01") reads the code shards of
 * the kabupaten with that Kemendagri code.
 */
export function shardsForQuery(data: SearchData, query: string): QueryShards {
  const text = query.trim();
  const core = data.core;
  if (/^[\d.\s]+$/.test(text)) {
    const code = text.replace(/\s/g, '');
    let kabs: string[] = [];
    if (!code.includes('.') && code.length >= 4) kabs = [code.slice(0, 4)];
    else if (code.includes('.') && code.length >= 5) kabs = core.codeShards.filter((kab) => data.kemendagri[data.row('kabupaten', kab)] === code.slice(0, 5));
    return { letters: [], paths: kabs.filter((kab) => core.codeShards.includes(kab)).map(DATA_LAYOUT.searchCodes) };
  }
  const { words } = searchWords(text, 'desa');
  const candidates: string[] = [];
  if (words.join('').length >= 2) candidates.push(shardLetter(words.join('')));
  // "Kota Baru" may also mean a desa "Baru" in a kota: the shard of the name without the prefix.
  const bare = searchWords(text).words.join('');
  if (bare.length >= 2) candidates.push(shardLetter(bare));
  for (let s = words.length - 1; s >= 1; s--) {
    if (words.slice(s).join('').length < 2) continue;
    const parents = words.slice(0, s).map((w) => parentRows(data, w));
    if (parents.some((m) => m !== null) && parents.every((m) => m === null || m.includes(1))) candidates.push(shardLetter(words[s]));
  }
  const letters: string[] = [];
  let desa = 0;
  for (const l of candidates) {
    const count = core.desaShards[l];
    if (count === undefined || letters.includes(l) || (letters.length > 0 && desa + count > MAX_DESA)) continue;
    letters.push(l);
    desa += count;
  }
  letters.sort();
  return { letters, paths: letters.map(DATA_LAYOUT.searchDesa) };
}
