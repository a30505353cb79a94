import { indicatorYears } from '../view/default-year.ts';
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

/**
 * Split a bundle into its index, one values object per indicator (indicators without values are
 * left out of `years`) and the full source register. The index's sources carry what the page
 * shows (title, publisher, copy, links) but not licence and note: those are read by the data
 * dictionary only, and left in the first view they cost 2 KB gzip of a byte budget.
 */
export function splitBundle(bundle: IndicatorBundle, kabupatenCount: number): { index: IndicatorIndex; values: Record<string, IndicatorValues>; sources: IndicatorBundle['sources'] } {
  const { values, ...rest } = bundle;
  const years: IndicatorIndex['years'] = {};
  for (const d of bundle.catalogue) {
    const y = indicatorYears(bundle, d.id, kabupatenCount);
    if (y.years.length && y.defaultYear !== undefined) years[d.id] = { years: y.years, defaultYear: y.defaultYear };
  }
  const shown: IndicatorBundle['sources'] = {};
  for (const [id, { licence: _licence, note: _note, ...src }] of Object.entries(bundle.sources)) shown[id] = src;
  return { index: { ...rest, sources: shown, years }, values, sources: bundle.sources };
}
