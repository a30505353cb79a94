import { LEVELS, type Level } from '../types.ts';

/** Digits of a BPS code per level: the one place the BPS code-length rule lives. */
export const CODE_LENGTH: Readonly<Record<Level, number>> = { provinsi: 2, kabupaten: 4, kecamatan: 7, desa: 10 };

/** Digits of a Kemendagri code per level, dots removed (`53`, `5301`, `530124`, `5301242002`). */
const KEMENDAGRI_LENGTH: Readonly<Record<Level, number>> = { provinsi: 2, kabupaten: 4, kecamatan: 6, desa: 10 };

/** Region keys with dots: a Kemendagri kecamatan (`53.01.24`) or desa (`53.01.24.2002`) code. */
const DOTTED_KEY: ReadonlyArray<[RegExp, Level]> = [
  [/^\d{2}\.\d{2}\.\d{2}$/, 'kecamatan'],
  [/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'desa'],
];

/**
 * Level of a region key, or undefined for anything else. Two shapes of key: a BPS code (digits
 * only: 2 provinsi, 4 kabupaten, 7 kecamatan, 10 desa) and, for kecamatan and desa, a Kemendagri
 * code with dots (`53.01.24`, `53.01.24.2002`). The two never equal each other, so an old BPS desa
 * link cannot open another desa. `53` and `53.01` are no keys: provinces and kabupaten keep their
 * BPS codes (a dotted kabupaten code in a URL is an alias, see `findKemendagri`).
 */
export function levelOf(kode: string): Level | undefined {
  if (/^\d+$/.test(kode)) return LEVELS.find((l) => CODE_LENGTH[l] === kode.length);
  return DOTTED_KEY.find(([re]) => re.test(kode))?.[1];
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
