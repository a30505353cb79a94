import type { IndicatorBundle } from '../indicators/types.ts';
import { formatValue } from '../format/format.ts';
import type { ThresholdMode } from './defaults.ts';
import type { Reason } from './types.ts';

/** A threshold with a short description for reason strings ("nasional 8,47%"). */
export interface Threshold {
  value: number;
  label: Reason;
  /** Source id of a published threshold (the national rate). */
  source?: string;
}

/**
 * The lowest value among the top fifth of `values` (the ceil(n/5) highest); values at or above it
 * are in the top quintile. Undefined for an empty list.
 */
export function topQuintile(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => b - a);
  return sorted[Math.ceil(sorted.length / 5) - 1];
}

/**
 * The threshold of `indicator` (`p0` or `poor_thousands`) for `year` under `mode`.
 * `national` uses `bundle.national[indicator][year]` (published, never computed from kabupaten);
 * `quintile` uses the kabupaten/kota values of that year (4-digit codes). Returns undefined when
 * the needed figure does not exist (no national rate that year, or no kabupaten values).
 * Results are memoised per bundle: treat a loaded bundle as immutable.
 */
export function threshold(bundle: IndicatorBundle, indicator: string, year: number, mode: ThresholdMode): Threshold | undefined {
  // Bundles are loaded once and never changed, so a threshold is computed once per bundle.
  let memo = cache.get(bundle);
  if (!memo) cache.set(bundle, (memo = new Map()));
  const key = `${indicator}|${year}|${mode}`;
  if (!memo.has(key)) memo.set(key, computeThreshold(bundle, indicator, year, mode));
  return memo.get(key);
}

const cache = new WeakMap<IndicatorBundle, Map<string, Threshold | undefined>>();

function computeThreshold(bundle: IndicatorBundle, indicator: string, year: number, mode: ThresholdMode): Threshold | undefined {
  const def = bundle.catalogue.find((d) => d.id === indicator);
  const unit = def?.unit ?? { id: '', en: '' };
  const fmt = (v: number, lang: 'id' | 'en') => formatValue(v, unit[lang], lang, def?.decimals ?? 2);
  if (typeof mode === 'number') return { value: mode, label: { id: `batas pengguna ${fmt(mode, 'id')}`, en: `user threshold ${fmt(mode, 'en')}` } };
  if (mode === 'national' && indicator === 'p0') {
    const nat = bundle.national[indicator]?.[String(year)];
    if (!nat) return undefined;
    return { value: nat[0], source: nat[1], label: { id: `nasional ${fmt(nat[0], 'id')}`, en: `national ${fmt(nat[0], 'en')}` } };
  }
  const values = Object.entries(bundle.values[indicator]?.[String(year)] ?? {}).filter(([k]) => k.length === 4).map(([, v]) => v[0]);
  const q = topQuintile(values);
  if (q === undefined) return undefined;
  return {
    value: q,
    label: { id: `batas 20% teratas ${fmt(q, 'id')} dari ${values.length} kab/kota`, en: `top-fifth cut-off ${fmt(q, 'en')} of ${values.length} regencies/cities` },
  };
}
