import { levelOf } from '../regions/level-of.ts';
import { isOldCodeShape, resolveOldCode } from '../regions/old-code-alias.ts';
import type { SearchData } from './search-data.ts';

/** How {@link findOldCode} reaches files: the alias shard of an old kabupaten prefix, and a kabupaten's search code shard (loaded into the data). */
export interface OldCodeFiles {
  /** `old-codes/{kab}.json` read (`readOldCodeShard`); rejects when there is none. */
  aliases(kab: string): Promise<ReadonlyMap<string, string>>;
  /** Load `search/codes/{kab}.json` into the search data (its desa). */
  codeShard(kab: string): Promise<void>;
}

/**
 * The search row of the region an old (GADM-era) BPS kecamatan or desa code now is, for a typed
 * 7- or 10-digit code that is no key of the search data: through the alias shard of its first 4
 * digits (`resolveOldCode`), loading the code shard of the target desa's kabupaten (found from its
 * kecamatan in the core: a dotted desa's kabupaten is no prefix of it). Only a real alias counts:
 * an old code without a match finds nothing (its kecamatan is no answer to "where is this desa").
 * While kecamatan and desa keep BPS keys the target is found by its Kemendagri code. Undefined
 * when nothing is found or a file cannot be read.
 */
export async function findOldCode(data: SearchData, query: string, files: OldCodeFiles): Promise<number | undefined> {
  const code = query.replace(/\s/g, '');
  const level = levelOf(code);
  if (!isOldCodeShape(code) || !level || data.row(level, code) >= 0) return undefined;
  const aliases = await files.aliases(code.slice(0, 4)).catch(() => undefined);
  const target = aliases && resolveOldCode(code, aliases);
  if (target?.how !== 'alias') return undefined;
  const kecRow = data.row('kecamatan', target.code.split('.').slice(0, 3).join('.'));
  const kab = kecRow >= 0 ? data.kode[data.parent[kecRow]] : undefined;
  if (level === 'desa' && kab && data.core.codeShards.includes(kab)) await files.codeShard(kab).catch(() => undefined);
  const targetLevel = levelOf(target.code);
  const own = targetLevel ? data.row(targetLevel, target.code) : -1;
  if (own >= 0) return own;
  const byKemendagri = data.kemendagri.findIndex((k, r) => k === target.code && data.level[r] === (level === 'desa' ? 3 : 2));
  return byKemendagri >= 0 ? byKemendagri : undefined;
}
