import type { IndicatorBundle, IndicatorDef } from '../lib/indicators/types.ts';
import type { UrlState } from '../lib/ui/url-state.ts';
import type { RegionTable } from '../lib/ui/region-table.ts';

/** What the page shows; the URL mirrors it field for field (see url-state.ts). */
export type AppState = UrlState;

/** Data available after the first load. */
export interface LoadedData {
  bundle: IndicatorBundle;
  regions: RegionTable;
  /** Indicator id → years with data, ascending. */
  years: Map<string, number[]>;
  /** Indicator id → default year. */
  defaultYears: Map<string, number>;
  /** Number of kabupaten features drawn (denominator of the legend's no-data count). */
  kabupatenCodes: string[];
}

export function indicatorDef(bundle: IndicatorBundle, id: string): IndicatorDef | undefined {
  return bundle.catalogue.find((d) => d.id === id);
}

/** Values of an indicator and year, kode → value (all levels present in the bundle). */
export function valuesFor(bundle: IndicatorBundle, indicator: string, year: number): Map<string, number> {
  const m = new Map<string, number>();
  const byKode = bundle.values[indicator]?.[String(year)] ?? {};
  for (const [kode, [v]] of Object.entries(byKode)) if (Number.isFinite(v)) m.set(kode, v);
  return m;
}

/** Only the values of one level (by code length: 2 provinsi, 4 kabupaten). */
export function ofLength(values: ReadonlyMap<string, number>, length: number): Map<string, number> {
  return new Map([...values].filter(([k]) => k.length === length));
}
