import type { IndicatorBundle } from '../indicators/types.ts';

/**
 * Years with data for an indicator, ascending. The default year is the latest one in which at least
 * `coverage` (default 0.9) of the `kabupatenCount` kabupaten have a value, so the first map is not
 * mostly "no data"; without kabupaten values at all, the latest year.
 */
export function indicatorYears(bundle: IndicatorBundle, indicator: string, kabupatenCount: number, coverage = 0.9): { years: number[]; defaultYear: number | undefined } {
  const byYear = bundle.values[indicator] ?? {};
  const years = Object.keys(byYear).map(Number).filter(Number.isInteger).sort((a, b) => a - b);
  const kabCount = (y: number) => Object.keys(byYear[String(y)] ?? {}).filter((k) => k.length === 4).length;
  const full = years.filter((y) => kabCount(y) >= coverage * kabupatenCount);
  return { years, defaultYear: full[full.length - 1] ?? years[years.length - 1] };
}
