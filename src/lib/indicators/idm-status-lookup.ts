import { isKelurahan } from './idm-status.ts';

/** Indicator values as the bundle holds them: year → code → [value, source id]. */
type YearValues = Readonly<Record<string, Readonly<Record<string, readonly [number, string]>>>>;

/**
 * The IDM status of a desa by its dotted Kemendagri key, from the `idm_status` values (their latest
 * year): 1 Mandiri … 5 Sangat Tertinggal, `kelurahan` for a kelurahan (IDM does not score them),
 * undefined for a desa without a row.
 */
export function idmStatusLookup(values: YearValues, kelurahan = 0): (kode: string) => number | undefined {
  const years = Object.keys(values).map(Number);
  const latest = years.length ? values[String(Math.max(...years))] : undefined;
  return (kode) => (isKelurahan(kode) ? kelurahan : latest?.[kode]?.[0]);
}
