/** One row of the GADM-era crosswalk: an old BPS kecamatan (7 digits) or desa (10 digits) code and its Kemendagri code ('' if none). */
export interface OldCodeRow {
  kodeBps: string;
  kodeKemendagri: string;
}

/** A 7- or 10-digit BPS kecamatan or desa key: the shape of a code from before the BIG boundaries (`5303121006`). */
export function isOldCodeShape(code: string): boolean {
  return /^(\d{7}|\d{10})$/.test(code);
}

/** Where an old `?region=` code now points, and how it got there. */
export interface OldCodeTarget {
  /** Today's key: a Kemendagri code with dots for kecamatan and desa, the BPS code for a kabupaten. */
  code: string;
  /** `alias`: the same place; `parent`: the old code had no Kemendagri match, so its kecamatan or kabupaten (say so to the user). */
  how: 'alias' | 'parent';
}

/**
 * Old BPS kecamatan and desa codes (GADM 4.1 era, before BIG boundaries) → their Kemendagri code,
 * from the old crosswalk. Old codes that had no Kemendagri match are left out: `resolveOldCode`
 * sends them to their parent.
 */
export function buildOldCodeAliases(rows: readonly OldCodeRow[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of rows) if (r.kodeKemendagri && isOldCodeShape(r.kodeBps)) m.set(r.kodeBps, r.kodeKemendagri);
  return m;
}

/**
 * Resolve an old `?region=` BPS code of a kecamatan (7 digits) or desa (10 digits), so shared
 * links keep opening the same place: its own alias, else its kecamatan's alias, else its
 * kabupaten (BPS codes of kabupaten did not change); undefined for anything else. `aliases` may
 * list old codes without a match as '' (a fetched shard does).
 * `5303121006` (Baumata) → `53.01.24.2002`. With `exists` (is this a key of today's rows?), a
 * target that is not is replaced by its kecamatan, as a parent.
 */
export function resolveOldCode(code: string, aliases: ReadonlyMap<string, string>, exists?: (key: string) => boolean): OldCodeTarget | undefined {
  if (!isOldCodeShape(code)) return undefined;
  const own = aliases.get(code);
  if (own && (!exists || exists(own))) return { code: own, how: 'alias' };
  // A Kemendagri desa without a polygon today (378 are listed without one): its kecamatan.
  if (own && exists && own.split('.').length === 4 && exists(own.slice(0, 8))) return { code: own.slice(0, 8), how: 'parent' };
  const kec = code.length === 10 ? aliases.get(code.slice(0, 7)) : undefined;
  // '' (an old code listed without a match) counts as no alias.
  return { code: kec || code.slice(0, 4), how: 'parent' };
}
