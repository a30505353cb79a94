import { useMemo } from 'preact/hooks';
import type { IndicatorDef, SourceDef } from '../../lib/indicators/types.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import type { Region } from '../../lib/regions/region.ts';
import { classify, countPerClass, type Classes } from '../../lib/ui/classify.ts';
import { sequentialPalette } from '../../lib/ui/palette.ts';
import { changeClasses, changeKind, changesOf, type ChangeKind } from '../../lib/ui/change.ts';
import type { ChangeSide } from '../../lib/ui/diverging-palette.ts';
import { pooledKabupatenValues } from '../../lib/ui/year-coverage.ts';
import type { PageState } from './page-state.ts';

/** Number of classes of the choropleth (the README lists it with the other defaults). */
export const CLASS_COUNT = 5;

/** Values the page computes from its state (never stored: they follow from it). */
export interface Derived {
  def: IndicatorDef | undefined;
  /** Values of the shown indicator and year, all levels, kode → value. */
  values: ReadonlyMap<string, number>;
  /** Only the kabupaten values (what the choropleth colours). */
  kabValues: ReadonlyMap<string, number>;
  classes: Classes;
  colours: string[];
  /** Year of the hotspot analysis: the shown year when P0 has it, else P0's default year. */
  hotspotYear: number | undefined;
  /** Sources of the shown values. */
  sources: SourceDef[];
  /** The selected region's row, once its level is loaded. */
  selected: Region | undefined;
  /** The change view: first year, how change is measured, and which side (better/same/worse) each class is on. `values`/`kabValues` then hold changes. */
  change: { from: number; kind: ChangeKind; sides: ChangeSide[] } | undefined;
  /** True when the classes are pooled over all years of the indicator ("same classes for all years"). */
  pooled: boolean;
}

export function useDerived(s: PageState): Derived {
  const { base, url } = s;
  const def = useMemo(() => base?.bundle.catalogue.find((d) => d.id === url.indicator), [base, url.indicator]);
  const yearValues = (year: number) => {
    const m = new Map<string, number>();
    for (const [kode, [v]] of Object.entries(base?.bundle.values[url.indicator]?.[String(year)] ?? {})) if (Number.isFinite(v)) m.set(kode, v);
    return m;
  };
  const changeFrom = url.mode === 'change' && def ? url.from : undefined;
  const kind = def ? changeKind(def) : 'points';
  const values = useMemo(() => {
    const m = yearValues(url.year);
    return changeFrom === undefined ? m : changesOf(kind, yearValues(changeFrom), m);
  }, [base, url.indicator, url.year, changeFrom]);
  const kabValues = useMemo(() => new Map([...values].filter(([k]) => k.length === 4)), [values]);
  const indicatorYears = base?.years.get(url.indicator);
  const pooled = changeFrom === undefined && url.pooled === true;
  const pooledValues = useMemo(() => (pooled && base && indicatorYears ? pooledKabupatenValues(base.bundle, url.indicator, indicatorYears) : undefined), [pooled, base, url.indicator, indicatorYears]);
  const changed = useMemo(() => (changeFrom !== undefined ? changeClasses([...kabValues.values()], def?.direction, 0.5 * 10 ** -(def?.decimals ?? 2)) : undefined), [kabValues, changeFrom, def]);
  const classes = useMemo(() => {
    if (changed) return changed;
    if (!pooledValues) return classify([...kabValues.values()], url.classes, CLASS_COUNT);
    // Bounds from every year; counts of the shown year (what the legend lists).
    const all = classify(pooledValues, url.classes, CLASS_COUNT);
    return { ...all, counts: countPerClass(kabValues.values(), all.bounds) };
  }, [changed, pooledValues, kabValues, url.classes]);
  const colours = useMemo(() => changed?.colours ?? (classes.counts.length ? sequentialPalette(classes.counts.length, def?.direction) : []), [classes, changed, def]);
  const sources = useMemo(() => {
    if (!base) return [];
    const ids = new Set(Object.values(base.bundle.values[url.indicator]?.[String(url.year)] ?? {}).map(([, id]) => id));
    return [...ids].map((id) => base.bundle.sources[id] ?? { id, title: id, publisher: '' });
  }, [base, url.indicator, url.year]);
  const p0Years = base?.years.get('p0') ?? [];
  const hotspotYear = base ? (p0Years.includes(url.year) ? url.year : base.defaultYears.get('p0')) : undefined;
  const selected = useMemo(() => (url.region ? regionOf(s.regions, url.region) : undefined), [s.regions, url.region]);
  const change = changed && changeFrom !== undefined ? { from: changeFrom, kind, sides: changed.sides } : undefined;
  return { def, values, kabValues, classes, colours, hotspotYear, sources: sources as SourceDef[], selected, change, pooled };
}
