import type { Region } from '../regions/region.ts';
import type { IndicatorBundle } from './types.ts';

/** How many kabupaten/kota have a value of one indicator and year, and why the others have none. */
export interface Coverage {
  indicator: string;
  year: number;
  joined: number;
  total: number;
  missing: { kodeBps: string; name: string; reason: string }[];
}

/** Check every registry kabupaten for a value; a missing one is listed with the reason, never hidden. */
export function coverage(bundle: IndicatorBundle, regions: readonly Region[], indicator: string, year: number): Coverage {
  const values = bundle.values[indicator]?.[String(year)] ?? {};
  const kab = regions.filter((r) => r.level === 'kabupaten');
  const missing = kab
    .filter((r) => !values[r.kode])
    .map((r) => ({
      kodeBps: r.kode, name: r.name,
      reason: r.kemendagri ? `no ${indicator} ${year} row for Kemendagri code ${r.kemendagri} in the source tables` : 'no Kemendagri code in the registry (crosswalk unmatched), so no figure can be joined',
    }));
  return { indicator, year, joined: kab.length - missing.length, total: kab.length, missing };
}
