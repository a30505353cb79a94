import { useI18n } from './store/store.ts';
import type { IndicatorDef } from '../lib/indicators/types.ts';
import { CLASS_METHODS, type ClassMethod } from '../lib/colour/classify.ts';
import { oneOf } from '../lib/one-of.ts';
import type { MapMode } from '../lib/view/url-state.ts';

/** The map modes the mode menu offers, in the order of its options. */
const MAP_MODES: readonly MapMode[] = ['choropleth', 'change', 'bivariate'];

export interface ControlsProps {
  catalogue: IndicatorDef[];
  indicator: string;
  years: number[];
  year: number;
  classes: ClassMethod;
  onChange: (patch: { indicator?: string; year?: number; classes?: ClassMethod }) => void;
  /** Choropleth, bivariate (poverty × program coverage) or change between two years. */
  mode: MapMode;
  onMode: (m: MapMode) => void;
  /** Option text of each year ("2020 — 84/514" for a partial year). */
  yearLabel: (year: number) => string;
  /** First year of the change view. */
  from?: number;
  onFrom: (year: number) => void;
}

/** Indicator, year and classification pickers (native selects: keyboard and screen-reader friendly). */
/** A year picker: the indicator's years, partial ones marked by `yearLabel` ("2021 — 30/514"). */
function YearSelect(p: { id: string; class: string; label: string; value: number | undefined; years: readonly number[]; yearLabel: (y: number) => string; onPick: (year: number) => void }) {
  return (
    <label class={p.class}>
      <span>{p.label}</span>
      <select id={p.id} value={String(p.value)} onChange={(e) => p.onPick(Number((e.target as HTMLSelectElement).value))}>
        {p.years.map((y) => (
          <option key={y} value={String(y)}>
            {p.yearLabel(y)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Controls(p: ControlsProps) {
  const { t, lang } = useI18n();
  const methodLabel: Record<ClassMethod, string> = { quantile: t.methodQuantile, jenks: t.methodJenks, equal: t.methodEqual };
  return (
    // On a phone the change view's five menus would not fit one row (the mode menu was squeezed to
    // an empty box): there the controls wrap to two rows and the classes menu, which the change
    // view does not use, is left out (styles.css, `.controls-change`).
    <div class={p.mode === 'change' ? 'controls controls-change' : 'controls'}>
      <label class="control-indicator">
        <span>{t.indicator}</span>
        <select id="indicator-select" value={p.indicator} onChange={(e) => p.onChange({ indicator: (e.target as HTMLSelectElement).value })}>
          {p.catalogue.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label[lang]}
            </option>
          ))}
        </select>
      </label>
      {p.mode === 'change' && <YearSelect id="from-select" class="control-from" label={t.fromYear} value={p.from} years={p.years} yearLabel={p.yearLabel} onPick={p.onFrom} />}
      <YearSelect id="year-select" class="control-year" label={p.mode === 'change' ? t.yearTo : t.year} value={p.year} years={p.years} yearLabel={p.yearLabel} onPick={(year) => p.onChange({ year })} />
      <label class="control-classes">
        <span>{t.classes}</span>
        <select id="classes-select" value={p.classes} disabled={p.mode === 'change'} onChange={(e) => p.onChange({ classes: oneOf(e.currentTarget.value, CLASS_METHODS, 'classification') })}>
          {CLASS_METHODS.map((m) => (
            <option key={m} value={m}>
              {methodLabel[m]}
            </option>
          ))}
        </select>
      </label>
      <label class="control-mode">
        <span>{t.mode}</span>
        <select id="mode-select" value={p.mode} onChange={(e) => p.onMode(oneOf(e.currentTarget.value, MAP_MODES, 'map mode'))}>
          <option value="choropleth">{t.modeChoropleth}</option>
          <option value="change">{t.modeChange}</option>
          <option value="bivariate">{t.modeBivariate}</option>
        </select>
      </label>
    </div>
  );
}
