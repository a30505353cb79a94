import { viewTextOf } from '../store/use-view-text.ts';
import type { Strings } from '../../i18n/index.ts';
import { valuesOf } from '../../lib/indicators/values-of.ts';
import { nameOf } from '../../lib/regions/region-views.ts';
import { breadcrumbItems } from '../../lib/view/breadcrumb-items.ts';
import { INTERVENTION_LABELS } from '../../lib/programs/intervention.ts';
import { INTERVENTION_TYPES } from '../../lib/programs/types.ts';
import { BIVARIATE_COLOURS } from '../../lib/colour/bivariate.ts';
import { INTERVENTION_COLOURS } from '../../lib/colour/program-palette.ts';
import { formatNumber, formatValue, type Lang } from '../../lib/format/format.ts';
import { NO_DATA_COLOUR } from '../../lib/colour/palette.ts';
import { rankRegion } from '../../lib/rank/rank.ts';
import { serialiseUrlState } from '../../lib/view/url-state.ts';
import { defaultColours } from '../../map/layer-specs.ts';
import { urlContext } from '../effects/first-view.ts';
import type { PageState } from '../store/page-state.ts';
import type { Derived } from '../store/use-derived.ts';
import { exportFileName } from './export-file-name.ts';
import { citation } from '../../lib/format/cited-years.ts';
import { mapWarnings } from '../map-warnings.ts';
import { sourceIn } from '../../lib/indicators/source-in.ts';

/** One legend row: a swatch, its words, and the number of regions in it (when counted). */
export interface LegendRow {
  colour: string;
  label: string;
  count?: string;
  /** The hatched "no data" swatch. */
  hatched?: boolean;
  /** A round swatch (program points). */
  dot?: boolean;
}

/** The legend as plain data: the classes (plus the coastal key under a kabupaten), or the 3×3 key. */
export type ExportLegend =
  | { kind: 'classes'; title: string; rows: LegendRow[]; note?: string; noteRows?: LegendRow[] }
  | {
      kind: 'bivariate';
      title: string;
      /** Nine colours, index = poverty class × 3 + coverage class (as `BIVARIATE_COLOURS`). */
      colours: readonly string[];
      /** Poverty classes, low to high (drawn high on top). */
      rowLabels: readonly string[];
      /** Coverage classes, low to high. */
      colLabels: readonly string[];
      axes: string;
      note: string;
    };

/**
 * Everything the PNG and the print sheet show, as plain data in the UI language: built in one
 * place (`exportSpec`) from the page state, drawn by `export-layout.ts` / `PrintSheet.tsx`.
 */
export interface ExportSpec {
  lang: Lang;
  title: string;
  subtitle?: string;
  legend: ExportLegend;
  /** The program points' key, when points are on the map: one dot per intervention type, and a note on clusters. */
  programs?: { title: string; rows: LegendRow[]; note: string };
  /** "Sumber: … (2025) · Batas wilayah: BIG (RBI 2023)". */
  source: string;
  /** Indonesia › Nusa Tenggara Timur › …, names in order. */
  breadcrumb: string[];
  /** The view in the full app (never `embed=1`). */
  url: string;
  /** The day of the export, in the UI language ("30 November 2026"). */
  date: string;
  /** Alt text: the PNG's Description and the print sheet's map description. */
  description: string;
  /** A few lines on the selected region (or Indonesia) for the print sheet. */
  summary: string[];
  fileName: string;
}

/** The app's address without the query: the base of the view's URL in an export. */
export function pageAppUrl(): string {
  return location.origin + location.pathname;
}

/** What `exportSpec` reads: the page state and what is derived from it, the strings, the clock and the page's address. */
export interface ExportInput {
  state: PageState;
  derived: Derived;
  t: Strings;
  /** The moment of the export (the date printed on it). */
  now: Date;
  /** The app's address without query (`location.origin + location.pathname`). */
  appUrl: string;
}

/**
 * The export of the current view: title and description are the view's own (`viewTextOf`, as in
 * the embed and the map's accessible description); the legend is the on-screen legend's data.
 */
export function exportSpec({ state: s, derived: d, t, now, appUrl }: ExportInput): ExportSpec | null {
  const { base, url } = s;
  const def = d.def;
  if (!base || !def) return null;
  const lang = url.lang;
  const label = def.label[lang];
  const regionName = d.selected?.name ?? (url.region ? nameOf(s.regions, url.region) || url.region : t.breadcrumbRoot);
  const text = viewTextOf(s, d, t);
  const title = url.mode === 'bivariate' ? `${t.bivariateTitle(label, url.year)}, ${regionName}` : text.title;
  const sources = d.sources.map((x) => citation(x.title, d.sourceYears.get(x.id) ?? [])).join('; ') || `${def.publisher} (${url.year})`;
  const fmt = (v: number) => formatNumber(v, lang, def.decimals);
  const warnings = mapWarnings({ years: d.change ? [d.change.from, url.year] : [url.year], coverage: d.yearCoverage, total: d.fillCodes.length, level: d.fillLevel, breaks: d.change?.fillBreaks }, t, lang);
  const legend: ExportLegend =
    url.mode === 'bivariate'
      ? { kind: 'bivariate', title: t.bivariateTitle(label, url.year), colours: BIVARIATE_COLOURS, rowLabels: t.bivariateLevels, colLabels: t.bivariateCoverageLevels, axes: `↑ ${t.bivariateAxis(label)} · → ${t.bivariateCoverage}`, note: t.bivariateNote }
      : {
          kind: 'classes',
          title: d.change ? t.changeTitle(label, d.change.from, url.year, t.changeUnit[d.change.kind]) : t.legendTitle(label, def.unit[lang], url.year),
          rows: [
            ...d.classes.counts.map((count, i) => ({ colour: d.colours[i], label: `${fmt(d.classes.bounds[i])} – ${fmt(d.classes.bounds[i + 1])}`, count: t.legendCount(count) })),
            { colour: NO_DATA_COLOUR, label: t.legendNoData, count: t.legendCount(d.classCodes.filter((k) => !d.classValues.has(k)).length), hatched: true },
          ],
          ...(url.region.length >= 4 ? { note: [t.legendLevelNote, ...warnings].join(' '), noteRows: [{ colour: defaultColours.coastal, label: t.coastal }, { colour: defaultColours.inland, label: t.notCoastal }] } : warnings.length ? { note: warnings.join(' ') } : {}),
          // Classes of the region shown: the counts are its kabupaten/kota only, and the legend says so.
          ...(d.scope ? { note: [t.scopeNote(d.classCodes.length, nameOf(s.regions, d.scope) || d.scope), url.region.length >= 4 ? t.legendLevelNote : '', ...warnings].filter(Boolean).join(' ') } : {}),
        };
  const query = serialiseUrlState({ ...url, embed: false }, urlContext(base, s.regions).defaults);
  const breadcrumb = breadcrumbItems(url.region, s.regions, t.breadcrumbRoot).map((c) => c.name);
  return {
    lang,
    title,
    legend,
    ...(s.programs || s.points ? { programs: { title: t.legendPrograms, rows: INTERVENTION_TYPES.map((k) => ({ colour: INTERVENTION_COLOURS[k], label: INTERVENTION_LABELS[k][lang], dot: true })), note: `${t.legendCluster}; ${t.legendByRegion}: ○; ${t.legendAreaKey}` } } : {}),
    source: `${t.legendSource}: ${sources} · ${t.exportBoundaries}`,
    breadcrumb,
    url: appUrl + query,
    date: new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(now),
    description: text.alt,
    summary: summaryOf(s, d, t, regionName),
    fileName: exportFileName(url.indicator, url.year, url.region ? regionName : 'Indonesia', url.mode),
  };
}

/** The selected region's value with rank among its peers, and the national figure, in words. */
function summaryOf(s: PageState, d: Derived, t: Strings, regionName: string): string[] {
  const { base, url } = s;
  const def = d.def!;
  const lang = url.lang;
  const value = (v: number) => formatValue(v, def.unit[lang], lang, def.decimals);
  const lines: string[] = [];
  const region = d.selected;
  if (region) {
    const own = d.values.get(region.kode);
    const level = t.levels[region.level];
    if (own === undefined) lines.push(`${regionName} (${level}): ${region.level === 'kecamatan' || region.level === 'desa' ? t.noValueAtLevel : t.noValue}`);
    else {
      const rank = rankRegion(valuesOf(base!.bundle, def.id, url.year, region.level), region.kode, def.direction);
      lines.push(`${regionName} (${level}): ${def.label[lang]} ${url.year} ${value(own)}${rank ? `, ${t.rank(rank.rank, rank.of)} (${t.rankNote})` : ''}`);
    }
  }
  const national = base!.bundle.national?.[def.id]?.[String(url.year)];
  const nationalSource = base!.bundle.sources[national?.[1] ?? ''];
  if (national) lines.push(t.nationalReference(value(national[0]), nationalSource ? sourceIn(nationalSource, lang).title : national[1], url.year));
  return lines;
}
