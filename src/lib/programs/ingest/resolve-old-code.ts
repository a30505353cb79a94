import { isOldCodeShape, resolveOldCode } from '../../regions/old-code-alias.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { resolveCode, type ResolvedCode } from './resolve-code.ts';

/** How an old BPS kecamatan or desa code of a program file was read (see {@link resolveOldBpsCode}). */
export interface OldCodeReading {
  /** The region used: the old code's alias, or, without a match, its kecamatan or kabupaten. `as` is `bps`. */
  hit: ResolvedCode;
  /** `alias`: the same place under its new key; `parent`: the old code had no Kemendagri match. */
  how: 'alias' | 'parent';
  /** Where the alias list sent the old code: a Kemendagri code (`53.01.24.2002`) or a BPS kabupaten code. */
  target: string;
  /** Another region whose Kemendagri code has the same digits (5301242002 read as 53.01.24.2002), when there is one. */
  kemendagri?: ResolvedCode;
}

/**
 * Read an undotted 7- or 10-digit code as an old (GADM-era) BPS kecamatan or desa key that the
 * loaded rows no longer have, through the old-code aliases (old code → Kemendagri code, '' for no
 * match; the build's CSV or the page's shards). Undefined when the code is not listed there, or is
 * still a key (read as today), or its target is not loaded. Once kecamatan and desa are keyed by
 * Kemendagri codes this is what keeps an old BPS desa code from becoming the desa whose Kemendagri
 * code has the same digits: that other reading is returned too, for the caller to report.
 */
export function resolveOldBpsCode(lookup: RegionLookup, raw: string, oldCodes: ReadonlyMap<string, string>): OldCodeReading | undefined {
  const code = raw.trim();
  if (!isOldCodeShape(code) || !oldCodes.has(code)) return undefined;
  if (resolveCode(lookup, code, 'bps')) return undefined;
  const target = resolveOldCode(code, oldCodes, (k) => !!resolveCode(lookup, k, k.includes('.') ? 'kemendagri' : 'bps'));
  if (!target) return undefined;
  const found = resolveCode(lookup, target.code, target.code.includes('.') ? 'kemendagri' : 'bps');
  if (!found) return undefined;
  const hit: ResolvedCode = { ...found, as: 'bps' };
  const k = resolveCode(lookup, code, 'kemendagri');
  const other = k && (k.level !== hit.level || k.index !== hit.index) ? k : undefined;
  return { hit, how: target.how, target: target.code, ...(other ? { kemendagri: other } : {}) };
}
