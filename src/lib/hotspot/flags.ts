import { publisherVia } from '../indicators/source-links.ts';
import type { IndicatorBundle } from '../indicators/types.ts';
import { formatNumber, formatValue } from '../format/format.ts';
import { hotspotOptions, type HotspotOptions } from './defaults.ts';
import { threshold } from './threshold.ts';
import type { FlagResult, HotspotRegion } from './types.ts';

const LABEL: Record<string, { id: string; en: string }> = {
  p0: { id: 'P0', en: 'P0' },
  poor_thousands: { id: 'Penduduk miskin', en: 'Poor people' },
};

/** Publisher (and the copy it came through) of a source: "BPS", "BPS via Kaggle". */
function pubOf(bundle: IndicatorBundle, source: string): string {
  const s = bundle.sources[source];
  return s ? publisherVia(s) : source;
}

/** Publisher and year of a value, for reasons: "(BPS 2025)", "(BPS via WFP PRISM 2019)". */
function cite(bundle: IndicatorBundle, source: string, year: number | string): string {
  return `(${pubOf(bundle, source)} ${year})`;
}

/**
 * Compare a region's value of `indicator` in `year` with a threshold. `yes` above it, `no` at or
 * below, `unknown` when the region has no value that year or the threshold cannot be set (e.g. no
 * published national rate that year). Quintile thresholds count values at the cut-off as inside.
 */
function valueHotspot(bundle: IndicatorBundle, indicator: 'p0' | 'poor_thousands', kodeBps: string, year: number, mode: HotspotOptions['p0']): FlagResult {
  const def = bundle.catalogue.find((d) => d.id === indicator);
  const unit = def?.unit ?? { id: '', en: '' }, dec = def?.decimals ?? 2, name = LABEL[indicator];
  const entry = bundle.values[indicator]?.[String(year)]?.[kodeBps];
  if (!entry) return { flag: 'unknown', reason: { id: `Tidak ada data ${name.id} ${year}`, en: `No ${name.en} data for ${year}` } };
  const t = threshold(bundle, indicator, year, indicator === 'poor_thousands' && mode === 'national' ? 'quintile' : mode);
  const [v, source] = entry;
  const val = (lang: 'id' | 'en') => `${name[lang]} ${formatValue(v, unit[lang], lang, dec)}`;
  if (!t) return { flag: 'unknown', value: v, source, reason: { id: `${val('id')}; tidak ada batas pembanding untuk ${year}`, en: `${val('en')}; no threshold available for ${year}` } };
  const inside = mode === 'quintile' || (indicator === 'poor_thousands' && mode === 'national') ? v >= t.value : v > t.value;
  const op = inside ? (v > t.value ? '>' : '≥') : v < t.value ? '<' : '≤';
  const pub = (id: string) => pubOf(bundle, id);
  // One citation when value and threshold share a publisher ("(BPS 2025)"), else both.
  const c = t.source && pub(t.source) !== pub(source) ? `(${pub(source)} ${year}; ${pub(t.source)} ${year})` : cite(bundle, source, year);
  return { flag: inside ? 'yes' : 'no', value: v, threshold: t.value, source, reason: { id: `${val('id')} ${op} ${t.label.id} ${c}`, en: `${val('en')} ${op} ${t.label.en} ${c}` } };
}

/**
 * Poverty-rate hotspot of a kabupaten/kota in `year`: P0 above the threshold (default the
 * published national rate of that year). Reason e.g. "P0 24,13% > nasional 8,47% (BPS 2025)".
 */
export function povertyHotspot(bundle: IndicatorBundle, kodeBps: string, year: number, opts: Partial<HotspotOptions> = {}): FlagResult {
  return valueHotspot(bundle, 'p0', kodeBps, year, hotspotOptions(opts).p0);
}

/** Poor-count hotspot in `year` (thousand people; default: top fifth of kabupaten/kota that year). */
export function poorCountHotspot(bundle: IndicatorBundle, kodeBps: string, year: number, opts: Partial<HotspotOptions> = {}): FlagResult {
  return valueHotspot(bundle, 'poor_thousands', kodeBps, year, hotspotOptions(opts).poor);
}

/**
 * Farming flag: share of households with income from agriculture above `farmingPercent`
 * (default 50%). Uses the latest figure at or before `year`, else the earliest after it, and names
 * its year. `unknown` (never `no`) when the region has no farming figure.
 */
export function farmingFlag(bundle: IndicatorBundle, kodeBps: string, year: number, opts: Partial<HotspotOptions> = {}): FlagResult {
  const o = hotspotOptions(opts);
  const byYear = bundle.values[o.farmingIndicator] ?? {};
  const years = Object.keys(byYear).map(Number).filter((y) => byYear[y]?.[kodeBps]).sort((a, b) => a - b);
  const use = [...years].reverse().find((y) => y <= year) ?? years[0];
  if (use === undefined) return { flag: 'unknown', reason: { id: 'Tidak ada data pertanian', en: 'No farming data' } };
  const [v, source] = byYear[use][kodeBps];
  const yes = v > o.farmingPercent;
  const pct = (lang: 'id' | 'en', x: number) => `${formatNumber(x, lang, x === Math.round(x) ? 0 : 2)}%`;
  const c = cite(bundle, source, use);
  return {
    flag: yes ? 'yes' : 'no', value: v, threshold: o.farmingPercent, source,
    reason: {
      id: `Rumah tangga berpendapatan pertanian ${pct('id', v)} ${yes ? '>' : '≤'} ${pct('id', o.farmingPercent)} ${c}`,
      en: `Households with farm income ${pct('en', v)} ${yes ? '>' : '≤'} ${pct('en', o.farmingPercent)} ${c}`,
    },
  };
}

/** Coastal flag from the region registry (boundary touches the sea; lakes and land borders abroad excluded). */
export function coastalFlag(region: HotspotRegion): FlagResult {
  if (!region.coastal) return { flag: 'no', reason: { id: 'Tidak berbatasan dengan laut (registri wilayah)', en: 'Does not touch the sea (region registry)' } };
  const km = region.coastlineKm;
  const len = { id: km ? `: garis pantai ${formatNumber(km, 'id', 0)} km` : '', en: km ? `: ${formatNumber(km, 'en', 0)} km of coastline` : '' };
  return { flag: 'yes', value: km, reason: { id: `Pesisir${len.id} (registri wilayah)`, en: `Coastal${len.en} (region registry)` } };
}
