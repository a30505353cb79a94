import { parentRows } from './parent-rows.ts';
import type { SearchData } from './search-data.ts';
import { searchWords } from './search-words.ts';
import { shardLetter } from './shard-letter.ts';

/** What a query needs beyond `search/core.json`. */
export interface QueryShards {
  /** Name shard letters whose desa the query may match (pass to `findRegions` as `letters`). */
  letters: string[];
  /** Files to load, relative to the data folder: `search/desa/{letter}.json`, `search/codes/{kabupaten}.json`. */
  paths: string[];
}

/**
 * The shards a query reads. A name of 2+ letters reads the shard of its first letter; in a query of
 * several words, a word that may start a desa name ("garut" in "Sukamaju Garut") adds its shard
 * when the words before it could all be parents (they each match a region in the core, see
 * `parentRows`). One letter reads nothing: the core already fills the list. A BPS code of 4+
 * digits reads its kabupaten's code shard; a Kemendagri code of 5+ characters ("53.01") reads the
 * code shards of the kabupaten with that Kemendagri code.
 */
export function shardsForQuery(data: SearchData, query: string): QueryShards {
  const text = query.trim();
  const core = data.core;
  if (/^[\d.\s]+$/.test(text)) {
    const code = text.replace(/\s/g, '');
    let kabs: string[] = [];
    if (!code.includes('.') && code.length >= 4) kabs = [code.slice(0, 4)];
    else if (code.includes('.') && code.length >= 5) kabs = core.codeShards.filter((kab) => data.kemendagri[data.row('kabupaten', kab)] === code.slice(0, 5));
    return { letters: [], paths: kabs.filter((kab) => core.codeShards.includes(kab)).map((kab) => `search/codes/${kab}.json`) };
  }
  const { words } = searchWords(text, 'desa');
  const letters = new Set<string>();
  if (words.join('').length >= 2) letters.add(shardLetter(words.join('')));
  // "Kota Baru" may also mean a desa "Baru" in a kota: the shard of the name without the prefix.
  const bare = searchWords(text).words.join('');
  if (bare.length >= 2) letters.add(shardLetter(bare));
  for (let s = 1; s < words.length; s++) {
    if (words.slice(s).join('').length < 2) continue;
    const parents = words.slice(0, s).map((w) => parentRows(data, w));
    if (parents.some((m) => m !== null) && parents.every((m) => m === null || m.includes(1))) letters.add(shardLetter(words[s]));
  }
  const present = [...letters].filter((l) => core.desaShards[l] !== undefined).sort();
  return { letters: present, paths: present.map((l) => `search/desa/${l}.json`) };
}
