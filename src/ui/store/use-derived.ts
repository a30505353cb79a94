import { useMemo } from 'preact/hooks';
import type { IndicatorDef, SourceDef } from '../../lib/indicators/types.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import type { Region } from '../../lib/regions/region.ts';
import { classify, countPerClass, type Classes } from '../../lib/colour/classify.ts';
import { sequentialPalette } from '../../lib/colour/palette.ts';
import { changeClasses, changeKind, changesOf, type ChangeKind } from '../../lib/view/change.ts';
import type { ChangeSide } from '../../lib/colour/diverging-palette.ts';
import { seriesBreaks, type SeriesBreak } from '../../lib/colour/series-breaks.ts';
import { pooledValues as pooledOf, regionsPerYear, yearsAtLevel, type FillLevel } from '../../lib/view/year-coverage.ts';
import { fillLevelOf } from '../../lib/view/url-state.ts';
import { levelOf } from '../../lib/regions/level-of.ts';
import { classScope } from '../../lib/colour/class-scope.ts';
import { ancestorAt } from '../../lib/regions/ancestry.ts';
import { parentsIn } from '../../lib/regions/parents-in.ts';
import { sourceIn } from '../../lib/indicators/source-in.ts';
import type { PageState } from './page-state.ts';

/** Number of classes of the choropleth (the README lists it with the other defaults). */
export const CLASS_COUNT = 5;

/** Values the page computes from its state (never stored: they follow from it). */
export interface Derived {
  def: IndicatorDef | undefined;
  /** Values of the shown indicator and year, all levels, kode → value. */
  values: ReadonlyMap<string, number>;
  /** The level the map colours: kabupaten/kota, or provinsi in the national provinsi view. */
  fillLevel: FillLevel;
  /** Only the values of the regions the map colours (`fillLevel`); classes and legend counts are over these. */
  fillValues: ReadonlyMap<string, number>;
  /** Codes of the regions the map colours (the legend's no-data count is taken over these). */
  fillCodes: readonly string[];
  /** Code prefix of the regions the classes are over ('' = Indonesia; a province's code with `scope=region`). */
  scope: string;
  /** The regions the classes and the legend's counts are over: `fillCodes`/`fillValues`, or those of the province with `scope=region`. */
  classCodes: readonly string[];
  classValues: ReadonlyMap<string, number>;
  classes: Classes;
  colours: string[];
  /** Year of the hotspot analysis: the shown year when P0 has it, else P0's default year. */
  hotspotYear: number | undefined;
  /** Sources of the values the map colours (at `fillLevel`, in the shown year or years), in the page's language. */
  sources: SourceDef[];
  /** Source id → the shown years it gives values for (a source line writes those its title does not name). */
  sourceYears: ReadonlyMap<string, readonly number[]>;
  /** The selected region's row, once its level is loaded. */
  selected: Region | undefined;
  /** The change view: first year, how change is measured, and which side (better/same/worse) each class is on. `values`/`fillValues` then hold changes. */
  change: { from: number; kind: ChangeKind; sides: ChangeSide[]; breaks: ReadonlyMap<string, SeriesBreak>; fillBreaks: ReadonlyMap<string, SeriesBreak> } | undefined;
  /** True when the classes are pooled over all years of the indicator ("same classes for all years"). */
  pooled: boolean;
  /** Years the map can show at `fillLevel` (those with at least one figure at that level), ascending. */
  mapYears: number[];
  /** Regions of `fillLevel` with a figure, per year of the indicator (0 until its values are loaded). */
  yearCoverage: ReadonlyMap<number, number>;
}

export function useDerived(s: PageState): Derived {
  const { base, url } = s;
  // Memos hang on the parts of `base` they read, not on `base`: another indicator's values arriving
  // (the desa IDM status for the desa in view) makes a new `base`, and a new fill for the same
  // figure would make the map apply it again (every kabupaten's feature-state, a frame).
  const bundle = base?.bundle;
  const shown = bundle?.values[url.indicator];
  const def = useMemo(() => bundle?.catalogue.find((d) => d.id === url.indicator), [bundle?.catalogue, url.indicator]);
  const yearValues = (year: number) => {
    const m = new Map<string, number>();
    for (const [kode, [v]] of Object.entries(shown?.[String(year)] ?? {})) if (Number.isFinite(v)) m.set(kode, v);
    return m;
  };
  const changeFrom = url.mode === 'change' && def ? url.from : undefined;
  const kind = def ? changeKind(def) : 'points';
  // Regions whose two years come from different publishers (BPS 2022 vs Kemenko PMK's 2023 estimates): not a change, left out and said.
  const breaks = useMemo(() => {
    const v = shown;
    return changeFrom === undefined || !v || !bundle ? new Map<string, SeriesBreak>() : seriesBreaks(v[String(changeFrom)] ?? {}, v[String(url.year)] ?? {}, bundle.sources);
  }, [shown, bundle?.sources, url.year, changeFrom]);
  const values = useMemo(() => {
    const m = yearValues(url.year);
    if (changeFrom === undefined) return m;
    const changes = changesOf(kind, yearValues(changeFrom), m);
    for (const k of breaks.keys()) changes.delete(k);
    return changes;
  }, [shown, kind, url.year, changeFrom, breaks]);
  const fillLevel = fillLevelOf(url);
  const fillValues = useMemo(() => new Map([...values].filter(([k]) => levelOf(k) === fillLevel)), [values, fillLevel]);
  // Province shapes are built from the national file only when the provinsi view is first shown.
  const fillCodes = useMemo(() => (!base ? [] : fillLevel === 'provinsi' ? base.national.provinsi.features.map((f) => f.properties.kode) : base.kabupatenCodes), [base?.national, base?.kabupatenCodes, fillLevel]);
  const scope = classScope(url, parentsIn(s.regions));
  // A kabupaten's province is its row's parent (26 kabupaten in Papua do not start with their province's code).
  const inScope = useMemo(() => {
    const parents = parentsIn(s.regions);
    return (k: string) => ancestorAt(k, 'provinsi', parents) === scope;
  }, [scope, s.regions.levels.kabupaten]);
  const classValues = useMemo(() => (scope ? new Map([...fillValues].filter(([k]) => inScope(k))) : fillValues), [fillValues, scope, inScope]);
  const classCodes = useMemo(() => (scope ? fillCodes.filter(inScope) : fillCodes), [fillCodes, scope, inScope]);
  const indicatorYears = base?.years.get(url.indicator);
  const pooled = changeFrom === undefined && url.pooled === true;
  const mapYears = useMemo(() => (base && indicatorYears ? yearsAtLevel(base.bundle, url.indicator, indicatorYears, fillLevel) : []), [shown, url.indicator, indicatorYears, fillLevel]);
  const yearCoverage = useMemo(() => (base && indicatorYears ? regionsPerYear(base.bundle, url.indicator, indicatorYears, fillLevel) : new Map<number, number>()), [shown, url.indicator, indicatorYears, fillLevel]);
  const pooledValues = useMemo(() => (pooled && base ? pooledOf(base.bundle, url.indicator, mapYears, fillLevel, scope ? inScope : undefined) : undefined), [pooled, shown, url.indicator, mapYears, fillLevel, scope, inScope]);
  const changed = useMemo(() => (changeFrom !== undefined ? changeClasses([...classValues.values()], def?.direction, 0.5 * 10 ** -(def?.decimals ?? 2)) : undefined), [classValues, changeFrom, def]);
  const classes = useMemo(() => {
    if (changed) return changed;
    if (!pooledValues) return classify([...classValues.values()], url.classes, CLASS_COUNT);
    // Bounds from every year; counts of the shown year (what the legend lists).
    const all = classify(pooledValues, url.classes, CLASS_COUNT);
    return { ...all, counts: countPerClass(classValues.values(), all.bounds) };
  }, [changed, pooledValues, classValues, url.classes]);
  const colours = useMemo(() => changed?.colours ?? (classes.counts.length ? sequentialPalette(classes.counts.length, def?.direction) : []), [classes, changed, def]);
  const sources = useMemo(() => {
    if (!base) return { list: [], years: new Map<string, number[]>() };
    // The sources of the values the map colours (fillLevel: the province table for provinces), in
    // the page's language, each with the shown years it gives; the change view shows two years.
    const shownYears = changeFrom === undefined ? [url.year] : [changeFrom, url.year];
    const years = new Map<string, number[]>();
    for (const y of shownYears)
      for (const [kode, [, id]] of Object.entries(base.bundle.values[url.indicator]?.[String(y)] ?? {}))
        if (levelOf(kode) === fillLevel && !years.get(id)?.includes(y)) years.set(id, [...(years.get(id) ?? []), y]);
    const list = [...years.keys()].map((id) => sourceIn(base.bundle.sources[id] ?? { id, title: id, publisher: '' }, url.lang));
    return { list, years };
  }, [shown, bundle?.sources, url.year, changeFrom, fillLevel, url.lang]);
  const p0Years = base?.years.get('p0') ?? [];
  const hotspotYear = base ? (p0Years.includes(url.year) ? url.year : base.defaultYears.get('p0')) : undefined;
  const selected = useMemo(() => (url.region ? regionOf(s.regions, url.region) : undefined), [s.regions, url.region]);
  const fillBreaks = useMemo(() => new Map([...breaks].filter(([k]) => levelOf(k) === fillLevel)), [breaks, fillLevel]);
  const change = changed && changeFrom !== undefined ? { from: changeFrom, kind, sides: changed.sides, breaks, fillBreaks } : undefined;
  return { def, values, fillLevel, fillValues, fillCodes, scope, classCodes, classValues, classes, colours, hotspotYear, sources: sources.list as SourceDef[], sourceYears: sources.years, selected, change, pooled, mapYears, yearCoverage };
}
