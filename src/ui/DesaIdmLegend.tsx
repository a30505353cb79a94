import { useI18n } from './store/store.ts';
import { IDM_STATUSES } from '../lib/indicators/idm-status.ts';
import type { IdmStatusCounts } from '../lib/indicators/idm-status-counts.ts';
import { formatNumber } from '../lib/format/format.ts';
import { DESA_IDM_COLOURS } from '../map/desa-fill-colour.ts';

/** Worst first: the legend reads Sangat Tertinggal → Mandiri, as the palette goes dark → light. */
const WORST_FIRST = [...IDM_STATUSES].reverse();

/** The desa drawn in view coloured by IDM 2024 status: the five official classes worst → best and kelurahan, each with its count. */
export function DesaIdmLegend({ counts, total }: { counts: IdmStatusCounts; total: number }) {
  const { t, lang } = useI18n();
  const n = (v: number) => t.legendDesaIdmCount(formatNumber(v, lang, 0));
  return (
    <div class="legend-sublevel legend-desa-idm" data-desa-total={total}>
      <p>
        <strong>{t.legendDesaIdm(2024)}</strong>
      </p>
      <ul class="legend-classes">
        {WORST_FIRST.map((s) => (
          <li key={s.status} data-idm-class={s.status} data-count={counts.byStatus[s.status]}>
            <span class="swatch" style={{ background: s.colour }} aria-hidden="true" />
            <span class="legend-range">{s.label[lang]}</span>
            <span class="legend-count">{n(counts.byStatus[s.status])}</span>
          </li>
        ))}
        <li data-idm-class="kelurahan" data-count={counts.kelurahan}>
          <span class="swatch" style={{ background: DESA_IDM_COLOURS.kelurahan }} aria-hidden="true" />
          <span class="legend-range">{t.idmKelurahan}</span>
          <span class="legend-count">{formatNumber(counts.kelurahan, lang, 0)}</span>
        </li>
      </ul>
      <p class="legend-note">{t.legendDesaIdmNote(formatNumber(total, lang, 0))}</p>
    </div>
  );
}
