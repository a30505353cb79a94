import { useI18n } from './store/store.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import { INTERVENTION_TYPES } from '../lib/programs/types.ts';
import { BIVARIATE_COLOURS } from '../lib/colour/bivariate.ts';
import { formatNumber } from '../lib/format/format.ts';
import { INTERVENTION_COLOURS } from '../lib/colour/program-palette.ts';

/**
 * Legend of the program points: one colour per intervention type, filled vs hollow, clusters; and of the area-wide programs (outlines, not points).
 * `points` and `areas` are null while the program list is still loading (it follows the first frame): the legend then has
 * its final rows already, with "…" for the count, so it does not grow under a map already fitted to the room above it.
 */
export function ProgramLegend({ points, areas, source, onLoadOwn, shipped }: { points: number | null; areas: number | null; source: string; onLoadOwn: () => void; shipped: boolean })  {
  const { t, lang } = useI18n();
  // The key starts folded (the count and the invitation stay) so the legend leaves room for the
  // whole of Indonesia above it at 1280×800, and the small map on a phone stays visible.
  return (
    <div class="legend-programs">
      <p class="legend-program-count" aria-busy={points === null}>
        <strong>{t.legendPrograms}</strong>: {points === null || areas === null ? '…' : t.legendProgramCount(formatNumber(points, lang, 0), formatNumber(areas, lang, 0), source)}{' '}
        <button type="button" class="link" onClick={onLoadOwn}>{t.legendLoadOwn}</button>
      </p>
      <details>
        <summary>{t.legendProgramKey}</summary>
        {shipped && <p class="legend-covers small">{t.legendDefaultCovers}</p>}
        <ul class="legend-types">
          {INTERVENTION_TYPES.map((type) => (
            <li key={type}>
              <span class="swatch-dot" style={{ background: INTERVENTION_COLOURS[type] }} aria-hidden="true" /> {INTERVENTION_LABELS[type][lang]}
            </li>
          ))}
        </ul>
        <ul class="legend-located">
          <li><span class="swatch-dot" style={{ background: '#555' }} aria-hidden="true" /> {t.legendByCoords}</li>
          <li><span class="swatch-dot hollow" style={{ borderColor: '#555' }} aria-hidden="true" /> {t.legendByRegion}</li>
          <li><span class="swatch-ring" aria-hidden="true" /> {t.legendCluster}</li>
          <li class="legend-area-wide" data-count={areas ?? undefined}><span class="swatch-area" aria-hidden="true" /> {t.legendAreaWide(areas === null ? '…' : formatNumber(areas, lang, 0))}; {t.legendAreaMixed}</li>
        </ul>
      </details>
    </div>
  );
}

/** The 3×3 bivariate legend: rows are the shown indicator's thirds (worse on top, whatever its direction) × program loci columns. */
export function BivariateLegend({ label }: { label: string }) {
  const { t } = useI18n();
  const axis = t.bivariateAxis(label);
  return (
    <div class="legend-bivariate">
      <div class="bv-grid" role="table" aria-label={`${axis} × ${t.bivariateCoverage}`}>
        {[2, 1, 0].map((pov) => (
          <div class="bv-row" role="row" key={pov}>
            <span class="bv-axis" role="rowheader">{t.bivariateLevels[pov]}</span>
            {[0, 1, 2].map((cov) => (
              <span key={cov} role="cell" class="bv-cell" data-class={pov * 3 + cov} style={{ background: BIVARIATE_COLOURS[pov * 3 + cov] }} title={`${axis}: ${t.bivariateLevels[pov]}; ${t.bivariateCoverage}: ${t.bivariateCoverageLevels[cov]}`} />
            ))}
          </div>
        ))}
        <div class="bv-row" role="row">
          <span class="bv-axis" />
          {[0, 1, 2].map((cov) => (
            <span key={cov} role="columnheader" class="bv-col">{t.bivariateCoverageLevels[cov]}</span>
          ))}
        </div>
      </div>
      <p class="bv-axes">↑ {axis} · → {t.bivariateCoverage}</p>
      <p class="legend-note">{t.bivariateNote}</p>
    </div>
  );
}
