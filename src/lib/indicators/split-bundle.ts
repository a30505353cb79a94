import { indicatorYears } from '../ui/default-year.ts';
import type { IndicatorBundle } from './types.ts';

/** Values of one indicator as stored in `indicators/values/{id}.json`: `[year][kode] = [value, sourceId]`. */
export type IndicatorValues = IndicatorBundle['values'][string];

/**
 * `indicators/index.json`: everything of the bundle but the values, plus per indicator its years
 * and default year, so the page's first view fetches this and the shown indicator's values only.
 */
export interface IndicatorIndex extends Omit<IndicatorBundle, 'values'> {
  /** Indicator id → years with values (ascending) and the default year (latest with ≥ 90 % of kabupaten). */
  years: Record<string, { years: number[]; defaultYear: number }>;
}

/** Split a bundle into its index and one values object per indicator (indicators without values are left out of `years`). */
export function splitBundle(bundle: IndicatorBundle, kabupatenCount: number): { index: IndicatorIndex; values: Record<string, IndicatorValues> } {
  const { values, ...rest } = bundle;
  const years: IndicatorIndex['years'] = {};
  for (const d of bundle.catalogue) {
    const y = indicatorYears(bundle, d.id, kabupatenCount);
    if (y.years.length && y.defaultYear !== undefined) years[d.id] = { years: y.years, defaultYear: y.defaultYear };
  }
  return { index: { ...rest, years }, values };
}

/** Path of an indicator's values in the data folder. */
export function indicatorValuesPath(id: string): string {
  return `indicators/values/${encodeURIComponent(id)}.json`;
}
