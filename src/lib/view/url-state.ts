import { isKodeKemendagri, levelOf } from '../regions/level-of.ts';
import type { OldCodeTarget } from '../regions/old-code-alias.ts';
import { CLASS_METHODS, type ClassMethod } from '../colour/classify.ts';
import type { Lang } from '../format/format.ts';
import type { FillLevel } from './year-coverage.ts';
import { embedDefaults, parseEmbedOptions, writeEmbedOptions, type EmbedOptions } from '../embed/embed-options.ts';

/** How kabupaten are coloured: the indicator's classes, poverty × program coverage (3×3), or the change between two years. */
export type MapMode = 'choropleth' | 'bivariate' | 'change';

/** The view a URL describes. Parameter names are public and documented in the README. */
export interface UrlState {
  /** Catalogue indicator id (`indicator=`). */
  indicator: string;
  /** Data year (`year=`). */
  year: number;
  /** Selected region as a BPS code (`region=`), '' for the national view. */
  region: string;
  /** UI language (`lang=id|en`). */
  lang: Lang;
  /** Classification method (`classes=quantile|jenks|equal`). */
  classes: ClassMethod;
  /** Camera `[lon, lat, zoom]` (`view=lon,lat,zoom`) or null to fit the selected region. */
  view: [number, number, number] | null;
  /** Embed mode (`embed=1`): the compact layout for an article (src/ui/embed/). */
  embed: boolean;
  /** How the embed looks (`title`, `subtitle`, `controls`, `panel`, `programs`, `theme`, `id`, `childId`); defaults outside embeds. */
  embedOptions: EmbedOptions;
  /** Colouring (`mode=bivariate|change`; default `choropleth`). */
  mode: MapMode;
  /** First year of the change view (`from=`); the change is from `from` to `year`. Unset outside the change view. */
  from?: number;
  /**
   * "Same classes for all years" (`pool=1`, off: `pool=0`): class bounds from the values of every
   * year of the indicator. Unset = not chosen: off, and turned on when the user moves between years.
   */
  pooled?: boolean;
  /**
   * What the national view colours (`level=provinsi`; default kabupaten/kota): provinces by their
   * own published values, never averaged from kabupaten. A selected region always shows its kabupaten/kota.
   */
  level: FillLevel;
  /**
   * Classes for the region shown (`scope=region`): class bounds and legend counts over the
   * kabupaten/kota of the selected region's province (a province's own; a kabupaten's or a
   * kecamatan's province's) instead of all of Indonesia. Unset = national classes; ignored in the national view.
   */
  scope?: 'region';
}

/**
 * The level the map colours: provinsi only in the national view with `level=provinsi`; a selected
 * region shows its kabupaten/kota, and so does the bivariate view (program coverage is per kabupaten).
 */
export function fillLevelOf(url: Pick<UrlState, 'level' | 'region' | 'mode'>): FillLevel {
  return url.level === 'provinsi' && url.region === '' && url.mode !== 'bivariate' ? 'provinsi' : 'kabupaten';
}

/** What the URL may refer to; used to validate values. */
export interface UrlContext {
  defaults: Omit<UrlState, 'embed' | 'embedOptions' | 'view' | 'region' | 'classes' | 'mode' | 'level'> & { classes?: ClassMethod };
  /** Indicator id → years with data. */
  years: ReadonlyMap<string, readonly number[]>;
  /**
   * Kemendagri code with dots → the region's key, for `region=53.01` (a kabupaten's BPS code) or
   * `region=53.01.24.2002` (the desa's key: its BPS code, or the dotted code itself once kecamatan
   * and desa are keyed by it). A dotted key not found here is still accepted if `regionExists`.
   */
  kemendagriToBps: (kode: string) => string | undefined;
  /** Whether a region key exists (at least provinsi/kabupaten are known at start). */
  regionExists: (kode: string) => boolean;
  /**
   * Where a region key that no longer exists now points (old BPS kecamatan/desa codes of shared
   * links; see `resolveOldCode`), or where a desa without a polygon opens (its kecamatan), or
   * undefined. An old code that reaches only its parent is reported in `notices` as
   * `regionParent`; a desa without a polygon as `regionNoPolygon` with its name.
   */
  oldRegion?: (kode: string) => OldCodeTarget | NoPolygonTarget | undefined;
}

/** A desa of Kemendagri's list without a polygon: opened at its kecamatan (`code`), with its name said. */
export interface NoPolygonTarget {
  code: string;
  how: 'no-polygon';
  name: string;
}

/** One parameter that was ignored, for a visible notice: `{ param: 'year', value: '1990' }`. */
export interface UrlNotice {
  param: string;
  value: string;
  /** `regionNoPolygon`: the desa's name (its code is `value`). */
  name?: string;
}

/**
 * Read the view from a query string. Invalid values fall back to defaults and are reported in
 * `notices` (never thrown): an unknown indicator, a year without data for that indicator (→ the
 * indicator's default year or latest), a malformed or unknown region, an unknown language, an
 * embed option that cannot be used (read only with `embed=1`; see embed-options.ts).
 */
export function parseUrlState(search: string, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  const p = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const d = ctx.defaults;
  const bad = (param: string) => notices.push({ param, value: p.get(param) ?? '' });

  let lang: Lang = d.lang;
  const langRaw = p.get('lang');
  if (langRaw !== null) langRaw === 'id' || langRaw === 'en' ? (lang = langRaw) : bad('lang');

  let indicator = d.indicator;
  const indRaw = p.get('indicator');
  if (indRaw !== null) ctx.years.has(indRaw) ? (indicator = indRaw) : bad('indicator');

  const years = ctx.years.get(indicator) ?? [];
  let year = indicator === d.indicator && years.includes(d.year) ? d.year : (years[years.length - 1] ?? d.year);
  const yearRaw = p.get('year');
  if (yearRaw !== null) {
    const y = /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : NaN;
    years.includes(y) ? (year = y) : bad('year');
  }

  let region = '';
  const regionRaw = p.get('region')?.trim();
  if (regionRaw) {
    // A dotted code is a Kemendagri alias or itself a key (kecamatan and desa); digits are BPS codes, never read as Kemendagri.
    const kode = isKodeKemendagri(regionRaw) && regionRaw.includes('.') ? (ctx.kemendagriToBps(regionRaw) ?? regionRaw) : regionRaw;
    const old = kode && !ctx.regionExists(kode) ? ctx.oldRegion?.(kode) : undefined;
    // A dotted target is a key itself once kecamatan and desa are keyed so, else a Kemendagri alias.
    const target = old && (old.code.includes('.') ? (ctx.kemendagriToBps(old.code) ?? old.code) : old.code);
    if (kode && levelOf(kode) && ctx.regionExists(kode)) region = kode;
    else if (old && target && ctx.regionExists(target)) {
      region = target;
      if (old.how === 'parent') notices.push({ param: 'regionParent', value: regionRaw });
      else if (old.how === 'no-polygon') notices.push({ param: 'regionNoPolygon', value: regionRaw, name: old.name });
    } else bad('region');
  }

  let classes: ClassMethod = d.classes ?? 'quantile';
  const classesRaw = p.get('classes');
  if (classesRaw !== null) (CLASS_METHODS as readonly string[]).includes(classesRaw) ? (classes = classesRaw as ClassMethod) : bad('classes');

  let view: UrlState['view'] = null;
  const viewRaw = p.get('view');
  if (viewRaw !== null) {
    const [lon, lat, zoom] = viewRaw.split(',').map(Number);
    if ([lon, lat, zoom].every(Number.isFinite) && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22) view = [lon, lat, zoom];
    else bad('view');
  }

  let mode: MapMode = 'choropleth';
  const modeRaw = p.get('mode');
  if (modeRaw !== null) modeRaw === 'choropleth' || modeRaw === 'bivariate' || modeRaw === 'change' ? (mode = modeRaw) : bad('mode');

  // The change view needs a first year other than `year`: the indicator's earliest one when `from` is absent or not a year of it.
  let from: number | undefined;
  const fromRaw = p.get('from');
  if (mode === 'change') {
    const y = fromRaw !== null && /^\d{4}$/.test(fromRaw) ? Number(fromRaw) : NaN;
    if (years.includes(y) && y !== year) from = y;
    else {
      if (fromRaw !== null) bad('from');
      from = years.find((x) => x !== year);
      if (from === undefined) mode = 'choropleth';
    }
  } else if (fromRaw !== null) bad('from');

  let level: FillLevel = 'kabupaten';
  const levelRaw = p.get('level');
  if (levelRaw !== null) levelRaw === 'provinsi' || levelRaw === 'kabupaten' ? (level = levelRaw) : bad('level');

  const scopeRaw = p.get('scope');
  if (scopeRaw !== null && scopeRaw !== 'region' && scopeRaw !== 'national') bad('scope');

  const poolRaw = p.get('pool');
  if (poolRaw !== null && poolRaw !== '0' && poolRaw !== '1') bad('pool');
  const embed = p.get('embed') === '1';
  const embedOptions = embed ? parseEmbedOptions(p, bad) : embedDefaults;
  const state: UrlState = { indicator, year, region, lang, classes, view, embed, embedOptions, mode, level };
  if (from !== undefined) state.from = from;
  if (poolRaw === '1' || poolRaw === '0') state.pooled = poolRaw === '1';
  if (scopeRaw === 'region') state.scope = 'region';
  return { state, notices };
}

/**
 * Write the view as a query string, leaving out values equal to the defaults so shared links stay
 * short (`?region=5303` rather than every parameter). Starts with `?` or is ''.
 */
export function serialiseUrlState(state: UrlState, defaults: UrlContext['defaults']): string {
  const p = new URLSearchParams();
  if (state.indicator !== defaults.indicator) p.set('indicator', state.indicator);
  if (state.year !== defaults.year || state.indicator !== defaults.indicator) p.set('year', String(state.year));
  if (state.region) p.set('region', state.region);
  if (state.classes !== (defaults.classes ?? 'quantile')) p.set('classes', state.classes);
  if (state.mode !== 'choropleth') p.set('mode', state.mode);
  if (state.mode === 'change' && state.from !== undefined) p.set('from', String(state.from));
  if (state.level === 'provinsi') p.set('level', 'provinsi');
  if (state.pooled !== undefined) p.set('pool', state.pooled ? '1' : '0');
  if (state.scope === 'region') p.set('scope', 'region');
  if (state.view) p.set('view', state.view.map((v, i) => (i === 2 ? v.toFixed(2) : v.toFixed(4))).join(','));
  if (state.lang !== defaults.lang) p.set('lang', state.lang);
  if (state.embed) {
    p.set('embed', '1');
    writeEmbedOptions(state.embedOptions, p);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when two query strings differ at most in `view` (a camera move, not a navigation). */
export function sameExceptView(a: string, b: string): boolean {
  const strip = (q: string) => {
    const p = new URLSearchParams(q);
    p.delete('view');
    p.sort();
    return p.toString();
  };
  return strip(a) === strip(b);
}
