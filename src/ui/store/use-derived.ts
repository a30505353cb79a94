import { useMemo } from 'preact/hooks';
import type { IndicatorDef, SourceDef } from '../../lib/indicators/types.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import type { Region } from '../../lib/regions/region.ts';
import { classify, type Classes } from '../../lib/ui/classify.ts';
import { sequentialPalette } from '../../lib/ui/palette.ts';
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
}

export function useDerived(s: PageState): Derived {
  const { base, url } = s;
  const def = useMemo(() => base?.bundle.catalogue.find((d) => d.id === url.indicator), [base, url.indicator]);
  const values = useMemo(() => {
    const m = new Map<string, number>();
    for (const [kode, [v]] of Object.entries(base?.bundle.values[url.indicator]?.[String(url.year)] ?? {})) if (Number.isFinite(v)) m.set(kode, v);
    return m;
  }, [base, url.indicator, url.year]);
  const kabValues = useMemo(() => new Map([...values].filter(([k]) => k.length === 4)), [values]);
  const classes = useMemo(() => classify([...kabValues.values()], url.classes, CLASS_COUNT), [kabValues, url.classes]);
  const colours = useMemo(() => (classes.counts.length ? sequentialPalette(classes.counts.length, def?.direction) : []), [classes, def]);
  const sources = useMemo(() => {
    if (!base) return [];
    const ids = new Set(Object.values(base.bundle.values[url.indicator]?.[String(url.year)] ?? {}).map(([, id]) => id));
    return [...ids].map((id) => base.bundle.sources[id] ?? { id, title: id, publisher: '' });
  }, [base, url.indicator, url.year]);
  const p0Years = base?.years.get('p0') ?? [];
  const hotspotYear = base ? (p0Years.includes(url.year) ? url.year : base.defaultYears.get('p0')) : undefined;
  const selected = useMemo(() => (url.region ? regionOf(s.regions, url.region) : undefined), [s.regions, url.region]);
  return { def, values, kabValues, classes, colours, hotspotYear, sources: sources as SourceDef[], selected };
}
