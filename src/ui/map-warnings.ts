import type { Strings } from '../i18n/index.ts';
import { formatNumber, type Lang } from '../lib/format/format.ts';
import type { FillLevel } from '../lib/view/year-coverage.ts';
import { breakPairs, type SeriesBreak } from '../lib/colour/series-breaks.ts';

/** Share of the mapped regions below which a year is called partial (the default year uses the same 90 %). */
export const PARTIAL_BELOW = 0.9;

/** What {@link mapWarnings} reads: the shown years, how many regions of the mapped level have a figure in each, and the change view's breaks. */
export interface MapWarningInput {
  /** The shown year, or the change view's two years. */
  years: readonly number[];
  coverage: ReadonlyMap<number, number>;
  /** Regions of `level` on the map (514 kabupaten/kota, 38 provinces). */
  total: number;
  level: FillLevel;
  /** The change view's regions left out because their two years come from different publishers. */
  breaks?: ReadonlyMap<string, SeriesBreak>;
}

/**
 * The warnings a map carries in its legend (page, PNG, print), in the page's language: each shown
 * year with figures for fewer than 90 % of the mapped regions ("Tahun 2019: data untuk 28 dari 514
 * kabupaten/kota saja."), then the regions a change view does not compare because their two years
 * come from different publishers, with the publisher pairs.
 */
export function mapWarnings(i: MapWarningInput, t: Strings, lang: Lang): string[] {
  const n = (x: number) => formatNumber(x, lang, 0);
  const out: string[] = [];
  for (const y of [...new Set(i.years)].sort((a, b) => a - b)) {
    const c = i.coverage.get(y) ?? 0;
    if (i.total > 0 && c < PARTIAL_BELOW * i.total) out.push(t.yearPartial(y, n(c), n(i.total), t.levelsPlural[i.level]));
  }
  if (i.breaks?.size && i.years.length === 2) {
    const pairs = breakPairs(i.breaks).map((p) => `${p.before} → ${p.after}: ${n(p.count)}`).join('; ');
    out.push(t.changeSeriesBreak(n(i.breaks.size), i.years[0], i.years[1], pairs));
  }
  return out;
}
