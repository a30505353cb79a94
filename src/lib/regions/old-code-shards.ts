import type { OldCodeRow } from './old-code-alias.ts';

/**
 * One alias shard: old BPS kecamatan (7 digits) and desa (10 digits) codes of one kabupaten → their
 * Kemendagri code, '' where the old code had no match (`resolveOldCode` then opens its kecamatan or
 * kabupaten). Written as a JSON object, sorted by old code.
 */
export type OldCodeShard = Record<string, string>;

/**
 * Split the old-code rows into shards keyed by the old code's first 4 digits (its BPS kabupaten:
 * the only part of an old link that is sure to still be a key), so the page fetches only the one
 * shard a link or a program file needs. Shards and their entries are sorted by code.
 */
export function oldCodeShards(rows: readonly OldCodeRow[]): Map<string, OldCodeShard> {
  const byKab = new Map<string, OldCodeRow[]>();
  for (const r of rows) {
    const kab = r.kodeBps.slice(0, 4);
    byKab.set(kab, [...(byKab.get(kab) ?? []), r]);
  }
  const sorted = [...byKab].sort(([a], [b]) => a.localeCompare(b));
  return new Map(sorted.map(([kab, list]) => [kab, Object.fromEntries([...list].sort((a, b) => a.kodeBps.localeCompare(b.kodeBps)).map((r) => [r.kodeBps, r.kodeKemendagri]))]));
}
