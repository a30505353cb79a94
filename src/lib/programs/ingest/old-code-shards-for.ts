import type { RegionLookup } from '../../regions/region-lookup.ts';
import { programText, readProgramTable } from './import-programs.ts';
import { resolveCode } from './resolve-code.ts';

/**
 * The old-code aliases a program file needs in the page: the shards (`old-codes/{kab}.json`, see
 * `DataSource.oldCodes`) of the kabupaten prefixes of its undotted 7- and 10-digit codes that are
 * no key of the loaded rows, fetched through `load` and merged. A shard that cannot be fetched is
 * left out (the page is tolerant: those codes are then read as they are, Kemendagri digits
 * included). Undefined when no code needs one. A file that cannot be read at all is left to the
 * import to report.
 */
export async function oldCodeShardsFor(input: string | Uint8Array, file: string, lookup: RegionLookup, load: (kab: string) => Promise<ReadonlyMap<string, string>>): Promise<ReadonlyMap<string, string> | undefined> {
  let codes: string[];
  try {
    codes = readProgramTable(programText(input, file).text, file).rows.map((r) => r.get('code').trim());
  } catch {
    return undefined;
  }
  const kabs = new Set(codes.filter((c) => /^(\d{7}|\d{10})$/.test(c) && !resolveCode(lookup, c, 'bps')).map((c) => c.slice(0, 4)));
  if (kabs.size === 0) return undefined;
  const shards = await Promise.all([...kabs].sort().map((kab) => load(kab).catch(() => undefined)));
  return new Map(shards.flatMap((s) => (s ? [...s] : [])));
}
