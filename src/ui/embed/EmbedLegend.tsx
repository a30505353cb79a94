import { formatNumber } from '../../lib/format/format.ts';
import { showsPrograms } from '../../lib/embed/embed-options.ts';
import { INTERVENTION_COLOURS } from '../../lib/colour/program-palette.ts';
import { NO_DATA_COLOUR } from '../../lib/colour/palette.ts';
import { BivariateLegend } from '../MapLegendExtras.tsx';
import { defaultColours } from '../../map/layer-specs.ts';
import { useI18n, useStore } from '../store/store.ts';
import { nameOf } from '../../lib/regions/region-views.ts';
import type { Derived } from '../store/use-derived.ts';

/**
 * The embed's legend: one row above the map (so it never covers a region), the classes as a
 * colour bar with their bounds under it, then "no data" and, when shown, the program points.
 * Bivariate mode shows the 3×3 key instead of the bar; the change view its change classes and unit.
 * Under a kabupaten, the coastal / not coastal colours of its kecamatan and desa are keyed too.
 */
export function EmbedLegend({ derived: d }: { derived: Derived }) {
  const { state: s } = useStore();
  const { t, lang } = useI18n();
  if (!d.def) return null;
  const { url } = s;
  const fmt = (v: number) => formatNumber(v, lang, d.def!.decimals);
  const n = d.classes.counts.length;
  const programs = showsPrograms(url) && s.points !== null;
  const ch = d.change;
  const unit = ch ? t.changeUnit[ch.kind] : d.def.unit[lang];
  const title = ch ? t.changeTitle(d.def.label[lang], ch.from, url.year, unit) : t.legendTitle(d.def.label[lang], unit, url.year);
  return (
    <div class="embed-legend" role="group" aria-label={title}>
      {url.mode === 'bivariate' ? (
        <BivariateLegend label={d.def.label[lang]} />
      ) : (
        <div class="embed-bar">
          <span class="embed-unit">{unit}</span>
          <ol class="embed-classes" style={{ gridTemplateColumns: `repeat(${n}, 1fr)` }}>
            {d.classes.counts.map((_, i) => (
              <li key={i} data-class={i} data-count={d.classes.counts[i]} aria-label={`${fmt(d.classes.bounds[i])} – ${fmt(d.classes.bounds[i + 1])}`}>
                <span class="embed-swatch" style={{ background: d.colours[i] }} aria-hidden="true" />
                <span class="embed-bound" aria-hidden="true">{fmt(d.classes.bounds[i])}</span>
                {i === n - 1 && <span class="embed-bound embed-bound-last" aria-hidden="true">{fmt(d.classes.bounds[n])}</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
      <ul class="embed-keys">
        {d.scope && <li class="embed-scope">{t.scopeShort(d.classCodes.length, nameOf(s.regions, d.scope) || d.scope)}</li>}
        <li>
          <span class="swatch swatch-nodata" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" /> {t.embedNoData}
        </li>
        {/* Under a kabupaten the map shows its kecamatan or desa, coloured coastal / not coastal (no official figures there). */}
        {url.region.length >= 4 && (
          <>
            <li data-legend="coastal">
              <span class="swatch" style={{ background: defaultColours.coastal }} aria-hidden="true" /> {t.legendCoastal}
            </li>
            <li data-legend="inland">
              <span class="swatch" style={{ background: defaultColours.inland }} aria-hidden="true" /> {t.legendInland}
            </li>
          </>
        )}
        {programs && (
          <li>
            <span class="swatch-dot" style={{ background: INTERVENTION_COLOURS.skills_training }} aria-hidden="true" /> {t.embedPrograms}
          </li>
        )}
      </ul>
    </div>
  );
}
