import { LEVELS, type Level } from '../types.ts';

/** Digits of a BPS code per level: the one place the code-length rule lives. */
export const CODE_LENGTH: Readonly<Record<Level, number>> = { provinsi: 2, kabupaten: 4, kecamatan: 7, desa: 10 };

/** Digits of a Kemendagri code per level, dots removed (`53`, `5301`, `530124`, `5301242002`). */
const KEMENDAGRI_LENGTH: Readonly<Record<Level, number>> = { provinsi: 2, kabupaten: 4, kecamatan: 6, desa: 10 };

/** Level of a BPS code from its length (2, 4, 7, 10 digits), or undefined for anything else. */
export function levelOf(kode: string): Level | undefined {
  if (!/^\d+$/.test(kode)) return undefined;
  return LEVELS.find((l) => CODE_LENGTH[l] === kode.length);
}

/** BPS codes of a region and its ancestors, coarsest first: `5303121006` → `['53','5303','5303121','5303121006']`. */
export function ancestry(kode: string): string[] {
  return LEVELS.map((l) => CODE_LENGTH[l]).filter((n) => n <= kode.length).map((n) => kode.slice(0, n));
}

/** BPS code of the parent ('' for a provinsi or anything that is not a code). */
export function parentOf(kode: string): string {
  const chain = ancestry(kode);
  return levelOf(kode) && chain.length > 1 ? chain[chain.length - 2] : '';
}

/** True if the text looks like a Kemendagri code with dots (`53`, `53.01`, `53.01.24`, `53.01.24.2002`). */
export function isKodeKemendagri(text: string): boolean {
  return /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(text);
}

/** Level of a Kemendagri code, with or without dots (`53.01.24` or `530124`), or undefined. */
export function levelOfKemendagri(kode: string): Level | undefined {
  if (kode.includes('.')) return isKodeKemendagri(kode) ? LEVELS[kode.split('.').length - 1] : undefined;
  if (!/^\d+$/.test(kode)) return undefined;
  return LEVELS.find((l) => KEMENDAGRI_LENGTH[l] === kode.length);
}
