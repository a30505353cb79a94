import { DataError } from '../lib/errors.ts';
import type { Level } from '../lib/types.ts';
import { indicatorYears } from '../lib/ui/default-year.ts';
import { RegionTable } from '../lib/ui/region-table.ts';
import type { UrlContext } from '../lib/ui/url-state.ts';
import type { DataSource, NationalBoundaries } from '../load/data-source.ts';
import type { LoadedData } from './state.ts';

/** App defaults (the README repeats them). URL parameters override them. */
export const appDefaults = {
  /** Indicator shown first. */
  indicator: 'p0',
  /** UI language. */
  lang: 'id' as const,
  /** Classification method. */
  classes: 'quantile' as const,
  /** Number of classes. */
  k: 5,
};

/**
 * Everything the first view needs: national boundaries, provinsi and kabupaten rows, indicators,
 * and per indicator its years and default year. Throws a `DataError` when no indicator has values.
 */
export async function loadFirstView(source: DataSource): Promise<{ national: NationalBoundaries; data: LoadedData }> {
  const [national, prov, kab, bundle] = await Promise.all([source.national(), source.regions('provinsi'), source.regions('kabupaten'), source.indicators()]);
  const regions = new RegionTable();
  regions.add('provinsi', prov);
  regions.add('kabupaten', kab);
  const kabupatenCodes = national.kabupaten.features.map((f) => f.properties.kode);
  const years = new Map<string, number[]>();
  const defaultYears = new Map<string, number>();
  for (const d of bundle.catalogue) {
    const y = indicatorYears(bundle, d.id, kabupatenCodes.length);
    if (y.years.length === 0) continue;
    years.set(d.id, y.years);
    defaultYears.set(d.id, y.defaultYear!);
  }
  if (years.size === 0) throw new DataError('indicators.json: no indicator has values', { file: 'indicators.json' });
  return { national, data: { bundle, regions, years, defaultYears, kabupatenCodes } };
}

/** Load region rows of lazy levels into the table; resolves true when anything was added. */
export async function loadLevels(source: DataSource, regions: RegionTable, levels: Level[]): Promise<boolean> {
  const missing = levels.filter((l) => !regions.loaded.has(l));
  const cols = await Promise.all(missing.map((l) => source.regions(l)));
  let added = false;
  missing.forEach((l, i) => {
    if (!regions.loaded.has(l)) {
      regions.add(l, cols[i]);
      added = true;
    }
  });
  return added;
}

/** What URL values may refer to, from the loaded data. */
export function urlContext(d: LoadedData): UrlContext {
  return {
    defaults: { indicator: appDefaults.indicator, year: d.defaultYears.get(appDefaults.indicator) ?? [...d.defaultYears.values()][0], lang: appDefaults.lang, classes: appDefaults.classes },
    years: d.years,
    kemendagriToBps: (k) => d.regions.fromKemendagri(k),
    // Deep codes are accepted when their kabupaten exists; the drill step checks them once loaded.
    regionExists: (k) => d.regions.get(k) !== undefined || (k.length > 4 && d.regions.get(k.slice(0, 4)) !== undefined),
  };
}
