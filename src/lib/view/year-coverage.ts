import type { IndicatorBundle } from '../indicators/types.ts';
import { levelOf } from '../regions/level-of.ts';

/** The level a national choropleth colours: kabupaten/kota (default) or provinsi (`level=provinsi`). */
export type FillLevel = 'kabupaten' | 'provinsi';

/** Number of regions of `level` with a value of `indicator` in each of `years` (0 when its values are not loaded). */
export function regionsPerYear(bundle: IndicatorBundle, indicator: string, years: readonly number[], level: FillLevel = 'kabupaten'): Map<number, number> {
  const byYear = bundle.values[indicator];
  return new Map(years.map((y) => [y, countsOf(byYear?.[String(y)])[level]]));
}

type YearValues = Record<string, [number, string]>;

/**
 * Regions per level in one year's values, counted once per values object: the page asks on every
 * action and render, and an indicator with desa values (IDM: 75,000 keys a year) took ~400 ms a
 * drill-down step when recounted each time (profiled in Chromium).
 */
const counted = new WeakMap<YearValues, Record<FillLevel, number>>();
function countsOf(values: YearValues | undefined): Record<FillLevel, number> {
  if (!values) return { kabupaten: 0, provinsi: 0 };
  let c = counted.get(values);
  if (!c) {
    c = { kabupaten: 0, provinsi: 0 };
    for (const k of Object.keys(values)) {
      const l = levelOf(k);
      if (l === 'kabupaten' || l === 'provinsi') c[l]++;
    }
    counted.set(values, c);
  }
  return c;
}

/**
 * Years of `indicator` a map at `level` can show: those with at least one value at that level
 * (provinces and kabupaten are published for different years: P0 provinces 2015–2025, kabupaten
 * 2018–2025). While the indicator's values are not loaded, every year for kabupaten (the values
 * decide once they are there) and none for provinsi.
 */
export function yearsAtLevel(bundle: IndicatorBundle, indicator: string, years: readonly number[], level: FillLevel): number[] {
  if (level === 'kabupaten' && !bundle.values[indicator]) return [...years];
  const counts = regionsPerYear(bundle, indicator, years, level);
  return years.filter((y) => (counts.get(y) ?? 0) > 0);
}

/** The year of `years` nearest to `year` (the later one on a tie: newer figures), or undefined when there are none. */
export function nearestYear(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) if (best === undefined || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best)) best = y;
  return best;
}

/**
 * Values of the regions of `level` in every one of `years`, pooled: the input of the "same
 * classes for all years" option, whose class bounds then do not move when the user switches
 * years, so a region changes colour only when its value changed. `within`: only the codes it
 * keeps (a province's kabupaten/kota, for classes of the region shown); default all.
 */
export function pooledValues(bundle: IndicatorBundle, indicator: string, years: readonly number[], level: FillLevel = 'kabupaten', within: (kode: string) => boolean = () => true): number[] {
  const out: number[] = [];
  for (const y of years) for (const [kode, [v]] of Object.entries(bundle.values[indicator]?.[String(y)] ?? {})) if (levelOf(kode) === level && within(kode) && Number.isFinite(v)) out.push(v);
  return out;
}
