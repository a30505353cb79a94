import { isOldCodeShape } from './old-code-alias.ts';
import type { RegionLookup } from './region-lookup.ts';

/**
 * What the page must do before it can tell whether a `?region=` value is an old GADM-era BPS
 * kecamatan (7 digits) or desa (10 digits) key that the loaded data no longer has:
 * - `none`: not 7 or 10 digits (a province, a kabupaten, a dotted code): nothing to do;
 * - `load-kecamatan` / `load-desa`: load those region rows first, then ask again;
 * - `key`: the data has it (or, for a desa while its rows are not loaded, its 7-digit kecamatan:
 *   BPS keys, read as today; the drill step checks the desa once its rows are in);
 * - `old`: no longer a key: resolve it through the alias shard (`resolveOldCode`).
 * A 10-digit code whose kecamatan is no key needs the desa rows (one GADM desa, 3399999999
 * "Hutan", has a key but no kecamatan of its prefix).
 */
export function oldCodeCheck(code: string, lookup: RegionLookup): 'none' | 'load-kecamatan' | 'load-desa' | 'key' | 'old' {
  if (!isOldCodeShape(code)) return 'none';
  if (!lookup.loaded.has('kecamatan')) return 'load-kecamatan';
  if (code.length === 7) return lookup.byBps.kecamatan.has(code) ? 'key' : 'old';
  if (lookup.loaded.has('desa')) return lookup.byBps.desa.has(code) ? 'key' : 'old';
  return lookup.byBps.kecamatan.has(code.slice(0, 7)) ? 'key' : 'load-desa';
}
