/** How a poverty-rate or poor-count threshold is chosen. */
export type ThresholdMode = 'national' | 'quintile' | number;

/** Options of the hotspot analysis. Merged once over {@link hotspotDefaults} by each entry point. */
export interface HotspotOptions {
  /**
   * P0 threshold: `'national'` — the published national rate of that year (`bundle.national.p0`);
   * `'quintile'` — the lowest P0 of the top fifth of kabupaten/kota that year; a number — a
   * percentage set by the user. Default `'national'`.
   */
  p0: ThresholdMode;
  /**
   * Poor-count threshold (thousand people): `'quintile'` (top fifth that year) or a number.
   * `'national'` is not meaningful for counts and is read as `'quintile'`. Default `'quintile'`.
   */
  poor: ThresholdMode;
  /**
   * Farming hotspot: share of households with income from agriculture (percent) strictly above
   * this. Default 50 — more than half of households; about the top quarter of kabupaten/kota
   * (median 38.9%, upper quartile 51.6% in 2019).
   */
  farmingPercent: number;
  /** Indicator used for the farming flag. Default `households_in_agriculture_percent` (Susenas 2019 via WFP PRISM). */
  farmingIndicator: string;
}

/** Defaults of the hotspot analysis (repeated in the README table). */
export const hotspotDefaults: HotspotOptions = {
  p0: 'national',
  poor: 'quintile',
  farmingPercent: 50,
  farmingIndicator: 'households_in_agriculture_percent',
};

/** Merge user options over the defaults; throws `invalid <name>: <value>` on a bad option (a bug in the caller). */
export function hotspotOptions(opts: Partial<HotspotOptions> = {}): HotspotOptions {
  const o = { ...hotspotDefaults, ...opts };
  for (const k of ['p0', 'poor'] as const) {
    const v = o[k];
    if (!(v === 'national' || v === 'quintile' || (typeof v === 'number' && Number.isFinite(v) && v >= 0))) throw new Error(`invalid ${k}: ${String(v)}`);
  }
  if (!Number.isFinite(o.farmingPercent) || o.farmingPercent < 0 || o.farmingPercent > 100) throw new Error(`invalid farmingPercent: ${o.farmingPercent}`);
  return o;
}
