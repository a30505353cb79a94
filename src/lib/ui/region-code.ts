import type { Level } from '../types.ts';

/** Level of a BPS code from its length (2, 4, 7, 10 digits), or undefined for anything else. */
export function levelOfKodeBps(kode: string): Level | undefined {
  if (!/^\d+$/.test(kode)) return undefined;
  return ({ 2: 'provinsi', 4: 'kabupaten', 7: 'kecamatan', 10: 'desa' } as const)[kode.length as 2 | 4 | 7 | 10];
}

/** BPS codes of a region and its ancestors, coarsest first: `5303121006` → `['53','5303','5303121','5303121006']`. */
export function ancestryOfKodeBps(kode: string): string[] {
  return [2, 4, 7, 10].filter((n) => n <= kode.length).map((n) => kode.slice(0, n));
}

/** True if the text looks like a Kemendagri code with dots (`53`, `53.01`, `53.01.24`, `53.01.24.2002`). */
export function isKodeKemendagri(text: string): boolean {
  return /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(text);
}
