/**
 * Name shard of a name key (joined `searchWords`): its first letter a–z, or '0' for anything else
 * (names starting with a digit). Desa live in `search/desa/{letter}.json`; a query reads the shard
 * of its own first letter, so a typo in the FIRST letter of a desa name is not found (typos
 * further on are; kecamatan and above are always searched in full).
 */
export function shardLetter(key: string): string {
  const c = key.charAt(0);
  return c >= 'a' && c <= 'z' ? c : '0';
}
