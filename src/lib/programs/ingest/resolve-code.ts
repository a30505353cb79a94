import type { Level } from '../../types.ts';
import { findKemendagri, type RegionLookup } from '../../regions/region-lookup.ts';
import { levelOf } from '../../regions/level-of.ts';

/**
 * How to read region codes: `bps` (digits only), `kemendagri` (with or without dots), or `auto`:
 * a code with dots is Kemendagri; a code of digits is tried as BPS first (BPS codes are the
 * project's key), then as Kemendagri without dots, unless the file is a Kemendagri one (see
 * `preferredScheme`). A code real in both schemes gets a warning naming both readings. Use `kemendagri` for files whose code column
 * is Kemendagri throughout: a four-digit code such as 5301 is a valid code in both schemes, for
 * different kabupaten (BPS 5301 Sumba Barat, Kemendagri 53.01 Kupang).
 */
export type CodeScheme = 'auto' | 'bps' | 'kemendagri';

/** A code found in the registry. `as` says which scheme matched. */
export interface ResolvedCode {
  level: Level;
  index: number;
  kodeBps: string;
  as: 'bps' | 'kemendagri';
}

/** Find a region by code; undefined when the code is in neither scheme allowed. */
export function resolveCode(lookup: RegionLookup, raw: string, scheme: CodeScheme = 'auto', prefer: 'bps' | 'kemendagri' = 'bps'): ResolvedCode | undefined {
  const code = raw.trim();
  const dotted = code.includes('.');
  if (!/^\d+(\.\d+)*$/.test(code)) return undefined;
  // In a Kemendagri file (see preferredScheme) an undotted code is tried as Kemendagri first.
  if (scheme === 'auto' && !dotted && prefer === 'kemendagri') return resolveCode(lookup, code, 'kemendagri') ?? resolveCode(lookup, code, 'bps');
  const digits = code.replace(/\./g, '');
  if (!dotted && scheme !== 'kemendagri') {
    const level = levelOf(digits);
    const index = level ? lookup.byBps[level].get(digits) : undefined;
    if (level && index !== undefined) return { level, index, kodeBps: digits, as: 'bps' };
  }
  if (scheme === 'bps') return undefined;
  // Kemendagri segments are 2.2.2.4 digits; a dotted code with other segment widths is not one.
  if (dotted && !/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(code)) return undefined;
  const hit = findKemendagri(lookup, digits);
  if (!hit) return undefined;
  return { level: hit.level, index: hit.index, kodeBps: lookup.levels[hit.level].kode[hit.index], as: 'kemendagri' };
}

/**
 * Which reading wins, in `auto`, for an undotted code that is a real region in both schemes; one
 * rule for the page and the pipeline. A file that writes some codes the Kemendagri way (dotted)
 * and has no undotted code that only BPS knows is a Kemendagri file: its "5301" is Kemendagri
 * 53.01. Any other file is read BPS first (BPS codes are the project's key).
 */
export function preferredScheme(lookup: RegionLookup, codes: readonly string[]): 'bps' | 'kemendagri' {
  let dotted = false;
  for (const raw of codes) {
    const c = raw.trim();
    if (/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(c)) dotted = true;
    else if (/^\d+$/.test(c) && resolveCode(lookup, c, 'bps') && !resolveCode(lookup, c, 'kemendagri')) return 'bps';
  }
  return dotted ? 'kemendagri' : 'bps';
}

/**
 * Both readings of an undotted code when it is a real region in each scheme and they are different
 * regions (BPS 5301 Sumba Barat, Kemendagri 53.01 Kupang); undefined otherwise. The caller warns.
 */
export function twoReadings(lookup: RegionLookup, raw: string): { bps: ResolvedCode; kemendagri: ResolvedCode } | undefined {
  const code = raw.trim();
  if (!/^\d+$/.test(code)) return undefined;
  const bps = resolveCode(lookup, code, 'bps'), kemendagri = resolveCode(lookup, code, 'kemendagri');
  return bps && kemendagri && (bps.level !== kemendagri.level || bps.index !== kemendagri.index) ? { bps, kemendagri } : undefined;
}

/** A code's reading for messages: "BPS 5301 Kabupaten Sumba Barat" or "Kemendagri 53.01 Kabupaten Kupang". */
export function describeReading(lookup: RegionLookup, r: ResolvedCode): string {
  const cols = lookup.levels[r.level];
  return r.as === 'bps' ? `BPS ${r.kodeBps} ${cols.name[r.index]}` : `Kemendagri ${cols.kemendagri[r.index]} ${cols.name[r.index]}`;
}

/** Read an `admin_level` cell: provinsi/province, kabupaten/kota/regency/city, kecamatan/district, desa/kelurahan/village. */
export function parseLevel(cell: string): Level | undefined {
  const s = cell.trim().toLowerCase();
  if (['provinsi', 'province', 'prov', 'propinsi'].includes(s)) return 'provinsi';
  if (['kabupaten', 'kota', 'kab', 'kabupaten/kota', 'kab/kota', 'regency', 'city', 'district/city'].includes(s)) return 'kabupaten';
  if (['kecamatan', 'kec', 'distrik', 'district', 'subdistrict'].includes(s)) return 'kecamatan';
  if (['desa', 'kelurahan', 'desa/kelurahan', 'village'].includes(s)) return 'desa';
  return undefined;
}
