/** Added to a dotted key's digits: above every BPS code (at most 10 digits), so no two keys share an id. */
const DOTTED_OFFSET = 1e11;

/**
 * The numeric feature id a region's shape carries on the map (MapLibre's feature-state needs
 * numbers): a BPS code as its number (`5303121006` → 5303121006); a dotted Kemendagri key as its
 * digits plus 10¹¹ (`53.01.24.2002` → 105301242002), so it never equals the id of the BPS desa
 * whose code has the same digits. One id per key, all below 2⁵³.
 */
export function featureIdOf(kode: string): number {
  return kode.includes('.') ? DOTTED_OFFSET + Number(kode.replace(/\./g, '')) : Number(kode);
}
