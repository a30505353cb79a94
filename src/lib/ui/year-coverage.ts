import type { IndicatorBundle } from '../indicators/types.ts';
import { levelOf } from '../regions/level-of.ts';

/** Number of kabupaten/kota with a value of `indicator` in each of `years` (0 when its values are not loaded). */
export function kabupatenPerYear(bundle: IndicatorBundle, indicator: string, years: readonly number[]): Map<number, number> {
  const byYear = bundle.values[indicator];
  return new Map(years.map((y) => [y, Object.keys(byYear?.[String(y)] ?? {}).filter((k) => levelOf(k) === 'kabupaten').length]));
}

/** The year of `years` nearest to `year` (the later one on a tie: newer figures), or undefined when there are none. */
export function nearestYear(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) if (best === undefined || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best)) best = y;
  return best;
}

/**
 * Values of the kabupaten/kota in every one of `years`, pooled: the input of the "same classes for
 * all years" option, whose class bounds then do not move when the user switches years, so a
 * kabupaten changes colour only when its value changed.
 */
export function pooledKabupatenValues(bundle: IndicatorBundle, indicator: string, years: readonly number[]): number[] {
  const out: number[] = [];
  for (const y of years) for (const [kode, [v]] of Object.entries(bundle.values[indicator]?.[String(y)] ?? {})) if (levelOf(kode) === 'kabupaten' && Number.isFinite(v)) out.push(v);
  return out;
}
