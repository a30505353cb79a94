import { formatValue } from '../../lib/ui/format.ts';
import { useI18n, useStore } from '../store/store.ts';
import type { Derived } from '../store/use-derived.ts';

/** `panel=1`: a slim card at the foot of the map naming the clicked region and its value (or its change). */
export function EmbedCard({ derived: d }: { derived: Derived }) {
  const { state: s } = useStore();
  const { t, lang } = useI18n();
  const r = d.selected;
  if (!r || !d.def) return null;
  const value = d.values.get(r.kode);
  // In the change view the values are changes between two years: say so, in their own unit.
  const ch = d.change;
  const unit = ch ? t.changeUnit[ch.kind] : d.def.unit[lang];
  const when = ch ? t.panelChange(ch.from, s.url.year) : String(s.url.year);
  return (
    <section class="embed-card" aria-live="polite">
      <h2>{r.name}</h2>
      <p>
        <span class="muted">{t.levels[r.level]}</span> · {d.def.label[lang]} {when}:{' '}
        <strong>{value === undefined ? t.noValue : formatValue(value, unit, lang, d.def.decimals)}</strong>
      </p>
    </section>
  );
}
