import { formatValue } from '../../lib/format/format.ts';
import { regionOf } from '../../lib/regions/region-views.ts';
import { useI18n, useStore } from '../store/store.ts';
import type { Derived } from '../store/use-derived.ts';

/**
 * A slim card at the foot of the map naming a region and its value (or its change): the region a
 * reader tapped (an embed without `drill=1`), or with `panel=1` the region shown. Its × closes it.
 */
export function EmbedCard({ derived: d }: { derived: Derived }) {
  const { state: s, dispatch } = useStore();
  const { t, lang } = useI18n();
  const r = s.picked ? regionOf(s.regions, s.picked) : d.selected;
  if (!r || !d.def) return null;
  const value = d.values.get(r.kode);
  // In the change view the values are changes between two years: say so, in their own unit.
  const ch = d.change;
  const unit = ch ? t.changeUnit[ch.kind] : d.def.unit[lang];
  const when = ch ? t.panelChange(ch.from, s.url.year) : String(s.url.year);
  return (
    <section class="embed-card" aria-live="polite" data-kode={r.kode}>
      {s.picked && (
        <button type="button" class="icon embed-card-close" aria-label={t.close} onClick={() => dispatch({ type: 'pickRegion', kode: null })}>
          ×
        </button>
      )}
      <h2>{r.name}</h2>
      <p>
        <span class="muted">{t.levels[r.level]}</span> · {d.def.label[lang]} {when}:{' '}
        <strong>{value === undefined ? t.noValue : formatValue(value, unit, lang, d.def.decimals)}</strong>
      </p>
    </section>
  );
}
