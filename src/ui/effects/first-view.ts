import { ancestorAt } from '../../lib/regions/ancestry.ts';
import { isKodeKemendagri } from '../../lib/regions/level-of.ts';
import { oldCodeCheck } from '../../lib/regions/old-code-check.ts';
import { isOldCodeShape, resolveOldCode, type OldCodeTarget } from '../../lib/regions/old-code-alias.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { buildRegionLookup } from '../../lib/regions/region-lookup.ts';
import type { RegionColumns } from '../../lib/regions/region-columns.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import { findKemendagri, type RegionLookup } from '../../lib/regions/region-lookup.ts';
import { LEVELS, type Level } from '../../lib/types.ts';
import { parseUrlState, type NoPolygonTarget, type UrlContext, type UrlNotice, type UrlState } from '../../lib/view/url-state.ts';
import { findNoPolygon } from '../../lib/regions/desa-no-polygon.ts';
import type { DataSource } from '../../load/data-source.ts';
import { LoadError } from '../../load/load-error.ts';
import type { BaseData } from '../store/page-state.ts';

/** App defaults (the README repeats them). URL parameters override them. */
export const appDefaults = {
  /** Indicator shown first. */
  indicator: 'p0',
  /** UI language. */
  lang: 'id' as const,
  /** Classification method. */
  classes: 'quantile' as const,
};

/** An old `?region=` code the loaded data no longer has, and where its alias shard sends it. */
export interface OldLink {
  code: string;
  target: OldCodeTarget | NoPolygonTarget;
}

/**
 * What URL values may refer to, given the first view's data and the region rows loaded (no index
 * is rebuilt). `old`: the link's old code, resolved by `resolveOldLink`; it is then no key, and
 * opens its target.
 */
export function urlContext(base: BaseData, lookup: RegionLookup, old?: OldLink): UrlContext {
  const exists = (k: string) => {
    const kab = ancestorAt(k, 'kabupaten', parentsIn(lookup));
    return regionOf(lookup, k) !== undefined || (kab !== '' && kab !== k && regionOf(lookup, kab) !== undefined);
  };
  return {
    defaults: { indicator: appDefaults.indicator, year: base.defaultYears.get(appDefaults.indicator) ?? [...base.defaultYears.values()][0], lang: appDefaults.lang, classes: appDefaults.classes },
    years: base.years,
    kemendagriToBps: (k) => {
      const hit = findKemendagri(lookup, k);
      return hit ? lookup.levels[hit.level].kode[hit.index] : undefined;
    },
    // Deep codes are accepted when their kabupaten exists (through the rows loaded, else a BPS
    // code's prefix); the drill step checks them once loaded. An old code is none: its kabupaten
    // prefix would accept it.
    regionExists: (k) => k !== old?.code && exists(k),
    ...(old ? { oldRegion: (k: string) => (k === old.code ? old.target : undefined) } : {}),
  };
}

type LookupOf = (levels: Partial<Record<Level, RegionColumns>>) => RegionLookup;

/**
 * The lookup of the rows loaded so far, built again only when a level was added: reading an old
 * link asked for it up to four times over the same rows (with the desa rows, 83,385 of them, each
 * build takes a noticeable part of the first view).
 */
function memoLookup(): LookupOf {
  let rows: unknown[] = [];
  let lookup: RegionLookup | undefined;
  return (levels) => {
    const now = LEVELS.map((l) => levels[l]);
    if (!lookup || now.some((c, i) => c !== rows[i])) {
      lookup = buildRegionLookup(levels);
      rows = now;
    }
    return lookup;
  };
}

/**
 * For a 7- or 10-digit `?region=` code that the data no longer has as a key (see `oldCodeCheck`;
 * after the switch to Kemendagri keys for kecamatan and desa), its target through the alias shard
 * of its kabupaten (the only shard fetched), with the region rows the target needs added to
 * `levels` (the rows `oldCodeCheck` asks for too). Undefined when the code is a key, or when its
 * shard cannot be read (the drill step then falls back to what exists, saying so).
 */
async function resolveOldLink(source: DataSource, raw: string, levels: Partial<Record<Level, RegionColumns>>, lookupOf: LookupOf): Promise<OldLink | undefined> {
  for (;;) {
    const step = oldCodeCheck(raw, lookupOf(levels));
    if (step === 'load-kecamatan') levels.kecamatan = await source.regions('kecamatan');
    else if (step === 'load-desa') levels.desa = await source.regions('desa');
    else if (step !== 'old') return undefined;
    else break;
  }
  const aliases = await source.oldCodes(raw.slice(0, 4)).catch(() => undefined);
  const first = aliases && resolveOldCode(raw, aliases);
  if (!first) return undefined;
  // A dotted desa is read with the desa rows loaded, as a link naming it would be; one without a
  // polygon today opens its kecamatan.
  if (first.code.split('.').length === 4) levels.desa ??= await source.regions('desa');
  const lookup = lookupOf(levels);
  const target = resolveOldCode(raw, aliases, (k) => !!(regionOf(lookup, k) ?? findKemendagri(lookup, k))) ?? first;
  return { code: raw, target };
}

/**
 * For a dotted desa `?region=` code that is no key (the desa rows loaded): a desa of Kemendagri's
 * list without a polygon, opened at its kecamatan (`search/desa-no-polygon.json`, fetched only
 * then). Undefined for any other code (the drill step then falls back, saying so).
 */
async function noPolygonLink(source: DataSource, raw: string, levels: Partial<Record<Level, RegionColumns>>, lookupOf: LookupOf): Promise<OldLink | undefined> {
  const lookup = lookupOf(levels);
  if (regionOf(lookup, raw) ?? findKemendagri(lookup, raw)) return undefined;
  const hit = findNoPolygon(await source.desaNoPolygon(), raw);
  return hit && regionOf(lookup, hit.parent) ? { code: raw, target: { code: hit.parent, how: 'no-polygon', name: hit.name } } : undefined;
}

/**
 * Everything the first view needs: national boundaries, provinsi and kabupaten rows, indicators,
 * per indicator its years and default year, and the view the URL asks for. A deep Kemendagri code
 * in the URL (`53.01.24.2002`) loads the kecamatan and desa rows first so it can be read; so does
 * an old BPS kecamatan or desa key that the data no longer has (`resolveOldLink`), which opens its
 * new key (or its kecamatan or kabupaten, with a notice) and is written back to the URL as such.
 */
export async function loadFirstView(source: DataSource, search: string): Promise<{ base: BaseData; regions: RegionLookup; url: UrlState; notices: UrlNotice[] }> {
  const asked = new URLSearchParams(search).get('indicator') ?? appDefaults.indicator;
  // The default indicator's values download alongside the rest (index.html preloads them); another
  // indicator asked for in the URL is fetched once the index says it exists (no request for an
  // unknown id).
  const defaultValues = source.indicatorValues(appDefaults.indicator).catch(() => undefined);
  // A 7- or 10-digit region (an old BPS key, or today's) is read against the kecamatan rows: asked for alongside.
  const raw = new URLSearchParams(search).get('region')?.trim() ?? '';
  const kecamatan = isOldCodeShape(raw) ? source.regions('kecamatan').catch(() => undefined) : undefined;
  const [national, provinsi, kabupaten, index] = await Promise.all([source.national(), source.regions('provinsi'), source.regions('kabupaten'), source.indicatorIndex()]);
  const years = new Map(Object.entries(index.years).map(([id, y]) => [id, y.years]));
  const defaultYears = new Map(Object.entries(index.years).map(([id, y]) => [id, y.defaultYear]));
  if (years.size === 0) throw new LoadError({ kind: 'invalid', file: 'indicators/index.json', detail: 'no indicator has values' });
  const shown = years.has(asked) ? asked : years.has(appDefaults.indicator) ? appDefaults.indicator : [...years.keys()][0];
  const values = (shown === appDefaults.indicator && (await defaultValues)) || (await source.indicatorValues(shown));
  const { years: _, ...meta } = index;
  const bundle = { ...meta, values: { [shown]: values } };
  const base: BaseData = { bundle, national, years, defaultYears, kabupatenCodes: national.kabupaten.features.map((f) => f.properties.kode) };
  const levels: Partial<Record<Level, RegionColumns>> = { provinsi, kabupaten };
  const early = await kecamatan;
  if (early) levels.kecamatan = early;
  const read = await readLink(source, search, base, levels);
  return { base, regions: read.regions, url: read.url, notices: read.notices };
}

/**
 * The view `search` asks for, read against the region rows it needs: a deep Kemendagri code
 * (`53.01.24.2002`) loads the kecamatan and desa rows first; a 7- or 10-digit key the data no
 * longer has opens its new key through its kabupaten's alias shard (`resolveOldLink`). `levels`:
 * the rows loaded so far; the rows this loads are added to it. The first view reads its URL so, and
 * so does back/forward (a history entry can name a desa whose rows this page never loaded).
 */
export async function readLink(source: DataSource, search: string, base: BaseData, levels: Partial<Record<Level, RegionColumns>>): Promise<{ regions: RegionLookup; url: UrlState; notices: UrlNotice[] }> {
  const raw = new URLSearchParams(search).get('region')?.trim() ?? '';
  const depth = isKodeKemendagri(raw) ? raw.split('.').length : 0;
  if (depth >= 3) levels.kecamatan ??= await source.regions('kecamatan');
  if (depth >= 4) levels.desa ??= await source.regions('desa');
  // Rows or a shard that cannot be read leave the link as it is: the drill step checks it later.
  const lookupOf = memoLookup();
  const old = isOldCodeShape(raw) ? await resolveOldLink(source, raw, levels, lookupOf).catch(() => undefined) : depth === 4 ? await noPolygonLink(source, raw, levels, lookupOf).catch(() => undefined) : undefined;
  const regions = lookupOf(levels);
  const parsed = parseUrlState(search, urlContext(base, regions, old));
  return { regions, url: parsed.state, notices: parsed.notices };
}

/** The rows `lookup` holds, per level loaded (what `readLink` starts from). */
export function loadedLevels(lookup: RegionLookup): Partial<Record<Level, RegionColumns>> {
  return Object.fromEntries([...lookup.loaded].map((level) => [level, lookup.levels[level]]));
}
