import { useI18n } from './store/store.ts';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { IndicatorDef, SourceDef } from '../lib/indicators/types.ts';
import type { Classes } from '../lib/colour/classify.ts';
import { formatNumber } from '../lib/format/format.ts';
import { defaultColours } from '../map/layer-specs.ts';
import { SourceCitations } from './SourceCitation.tsx';
import { LegendRamp } from './LegendRamp.tsx';
import type { FillLevel } from '../lib/view/year-coverage.ts';

export interface LegendProps {
  def: IndicatorDef;
  year: number;
  classes: Classes;
  colours: string[];
  noDataColour: string;
  noDataCount: number;
  sources: SourceDef[];
  /** Source id → the shown years it gives (each source names the years its title does not). */
  sourceYears: ReadonlyMap<string, readonly number[]>;
  /** True when kecamatan/desa are drawn (no poverty figures at those levels). */
  showsSubLevels: boolean;
  /** Bivariate mode: this legend (3×3 grid) replaces the classes, with `bivariateTitle`. */
  bivariate?: ComponentChildren;
  bivariateTitle?: string;
  /** The desa in view coloured by IDM status: their classes and counts (shown above the coastal key). */
  desa?: ComponentChildren;
  /** Shown below the classes (the program points' legend). */
  extra?: ComponentChildren;
  /** The change view: classes are changes from `from` to `year`, one side (better/same/worse) per class. */
  change?: { from: number; kind: 'points' | 'percent'; sides: string[] };
  /** Classes pooled over these years ("same classes for all years"). */
  pooledYears?: [number, number];
  /** The "same classes for all years" switch (left out where it does not apply: change and bivariate views). */
  pooled?: { on: boolean; set: (on: boolean) => void };
  /** "Classes for this region" (offered while a region is selected; not in the bivariate view), and the note saying what the classes are over when on. */
  scope?: { on: boolean; set: (on: boolean) => void; note?: string };
  /** Said in the legend, under the classes: partial years, regions a change view does not compare (`mapWarnings`). */
  warnings?: readonly string[];
  /** The national view's level switch (kabupaten/kota or provinsi); left out while a region is selected. */
  level?: { value: FillLevel; set: (level: FillLevel) => void };
}

/** Legend: title with unit and year, one row per class with bounds and count, no data, source. */
export function Legend(p: LegendProps) {
  const { t, lang } = useI18n();
  const unit = p.def.unit[lang];
  const ch = p.change;
  const fmt = (v: number) => (ch && v > 0 ? '+' : '') + formatNumber(v, lang, p.def.decimals);
  const title = p.bivariate ? p.bivariateTitle : ch ? t.changeTitle(p.def.label[lang], ch.from, p.year, t.changeUnit[ch.kind]) : t.legendTitle(p.def.label[lang], unit, p.year);
  // On a phone the legend starts folded (title, unit, year, the classes' colours as a one-line ramp
  // and the source's name stay visible; the source links come unfolded) so the map between the top
  // bar and the bottom sheet is not covered: folded, it is no taller than title and source were.
  const [open, setOpen] = useState(() => !(typeof matchMedia === 'function' && matchMedia('(max-width: 719px)').matches));
  // The indicator's definition, behind an ⓘ in the head: the legend stays short enough that the
  // first view fits Indonesia above it.
  const [about, setAbout] = useState(false);
  const definition = p.def.definition[lang];
  return (
    <section class={open ? 'legend' : 'legend legend-closed'} aria-label={p.def.label[lang]}>
      <div class="legend-head">
        <h2 class="legend-title">{title}</h2>
        {definition && open && (
          <button type="button" class="icon legend-about-toggle" aria-expanded={about} aria-controls="legend-about" aria-label={t.aboutIndicator} title={t.aboutIndicator} onClick={() => setAbout(!about)}>
            <span class="i-icon" aria-hidden="true">i</span>
          </button>
        )}
        <button type="button" class="icon legend-toggle" aria-expanded={open} aria-controls="legend-body" aria-label={open ? t.legendHide : t.legendShow} onClick={() => setOpen(!open)}>
          {open ? '−' : '+'}
        </button>
      </div>
      {definition && (
        <p id="legend-about" class="legend-definition" hidden={!about || !open}>
          {definition}
        </p>
      )}
      <div id="legend-body" hidden={!open}>
        {p.level && (
          <fieldset class="level-switch">
            <legend class="visually-hidden">{t.mapLevel}</legend>
            {(['kabupaten', 'provinsi'] as const).map((l) => (
              <label key={l}>
                <input type="radio" name="map-level" value={l} checked={p.level!.value === l} onChange={() => p.level!.set(l)} />
                <span>{t.levels[l]}</span>
              </label>
            ))}
          </fieldset>
        )}
        {p.bivariate}
        <ul class="legend-classes" hidden={!!p.bivariate}>
          {p.classes.counts.map((count, i) => (
            <li key={i} data-class={i} data-side={ch?.sides[i]}>
              <span class="swatch" style={{ background: p.colours[i] }} aria-hidden="true" />
              <span class="legend-range">
                {ch?.sides[i] === 'same' ? formatNumber(0, lang, p.def.decimals) : `${fmt(p.classes.bounds[i])} – ${fmt(p.classes.bounds[i + 1])}`}
                {ch && <span class="legend-side"> · {t.changeSide[ch.sides[i]]}</span>}
              </span>
              <span class="legend-count">{t.legendCount(count)}</span>
            </li>
          ))}
          <li class="legend-nodata">
            <span class="swatch swatch-nodata" style={{ background: p.noDataColour }} aria-hidden="true" />
            <span class="legend-range">{t.legendNoData}</span>
            <span class="legend-count">{t.legendCount(p.noDataCount)}</span>
          </li>
        </ul>
        {p.pooled && !ch && !p.bivariate && (
          <label class="pooled-toggle">
            <input id="pooled-check" type="checkbox" checked={p.pooled.on} onChange={(e) => p.pooled!.set((e.target as HTMLInputElement).checked)} />
            <span>{t.pooledClasses}</span>
          </label>
        )}
        {p.scope && !p.bivariate && (
          <label class="pooled-toggle scope-toggle">
            <input id="scope-check" type="checkbox" checked={p.scope.on} onChange={(e) => p.scope!.set((e.target as HTMLInputElement).checked)} />
            <span>{t.scopeRegion}</span>
          </label>
        )}
        {p.scope?.on && p.scope.note && !p.bivariate && <p class="legend-note scope-note">{p.scope.note}</p>}
        {ch && !p.bivariate && <p class="legend-note">{t.changeNote(ch.from, p.year)}</p>}
        {p.warnings?.map((w) => (
          <p key={w} class="legend-warning" role="note">
            {w}
          </p>
        ))}
        {p.pooledYears && !ch && !p.bivariate && <p class="legend-note">{t.pooledNote(p.pooledYears[0], p.pooledYears[1])}</p>}
        {p.desa}
        {p.showsSubLevels && (
          <div class="legend-sublevel">
            <p>{t.legendLevelNote}</p>
            <ul class="legend-classes">
              <li data-legend="coastal">
                <span class="swatch" style={{ background: defaultColours.coastal }} aria-hidden="true" />
                <span class="legend-range">{t.legendCoastal}</span>
              </li>
              <li data-legend="inland">
                <span class="swatch" style={{ background: defaultColours.inland }} aria-hidden="true" />
                <span class="legend-range">{t.legendInland}</span>
              </li>
              <li data-legend="sea">
                <span class="swatch" style={{ background: defaultColours.ocean }} aria-hidden="true" />
                <span class="legend-range">{t.legendSea}</span>
              </li>
            </ul>
          </div>
        )}
        {p.extra}
      </div>
      <p class="legend-source">
        {t.legendSource}: <SourceCitations sources={p.sources} indicator={p.def.id} years={p.sourceYears} links={open} />
        {!open && !p.bivariate && p.classes.counts.length > 0 && (
          <LegendRamp colours={p.colours.slice(0, p.classes.counts.length)} low={fmt(p.classes.bounds[0])} high={fmt(p.classes.bounds[p.classes.counts.length])} unit={ch ? t.changeUnit[ch.kind] : unit} />
        )}
      </p>
    </section>
  );
}
