import type { RegionLookup } from '../../regions/region-lookup.ts';
import { programText } from './import-programs.ts';
import { resolveCode } from './resolve-code.ts';

/**
 * The old-code aliases a program file needs in the page: the shards (`old-codes/{kab}.json`, see
 * `DataSource.oldCodes`) of the kabupaten prefixes of the 7- and 10-digit numbers in the file that
 * are no key of the loaded rows, fetched through `load` and merged. The file is scanned as text,
 * not parsed (a second parse of a 50,000-row list took 0.4–3 s): every standalone 7- or 10-digit
 * number counts, so a few shards more than the code column needs may be fetched, but only of
 * prefixes that are kabupaten. A shard that cannot be fetched is left out (the page is tolerant:
 * those codes are then read as they are). Undefined when no number needs one.
 */
export async function oldCodeShardsFor(input: string | Uint8Array, file: string, lookup: RegionLookup, load: (kab: string) => Promise<ReadonlyMap<string, string>>): Promise<ReadonlyMap<string, string> | undefined> {
  const { text } = programText(input, file);
  const kabs = new Set<string>();
  for (const [code] of text.matchAll(/(?<![\d.])(?:\d{10}|\d{7})(?!\d|\.\d)/g)) {
    const kab = code.slice(0, 4);
    if (!kabs.has(kab) && lookup.byBps.kabupaten.has(kab) && !resolveCode(lookup, code, 'bps')) kabs.add(kab);
  }
  if (kabs.size === 0) return undefined;
  const shards = await Promise.all([...kabs].sort().map((kab) => load(kab).catch(() => undefined)));
  return new Map(shards.flatMap((s) => (s ? [...s] : [])));
}
