import type { IndicatorDef } from '../lib/indicators/types.ts';
import type { RankedRow } from '../lib/rank/rank-regions.ts';
import { formatNumber, formatValue } from '../lib/format/format.ts';
import { useI18n } from './store/store.ts';

export interface RankingListProps {
  rows: readonly RankedRow[];
  def: IndicatorDef;
  /** The change view: values are changes in this unit (`poin` / `%`), shown with their sign. */
  changeUnit?: string;
  nameOf: (kode: string) => string;
  onSelect: (kode: string) => void;
  /** The list's name (its heading's id), for screen readers. */
  labelledBy: string;
  class?: string;
}

/** Ranked rows: rank (with "=" and "seri"/"tie" on ties), the region as a button that selects it, and its value. */
export function RankingList(p: RankingListProps) {
  const { t, lang } = useI18n();
  const { def } = p;
  const show = (v: number) => (p.changeUnit !== undefined ? `${v > 0 ? '+' : ''}${formatNumber(v, lang, def.decimals)} ${p.changeUnit}` : formatValue(v, def.unit[lang], lang, def.decimals));
  return (
    <ol class={`ranking-list ${p.class ?? ''}`} aria-labelledby={p.labelledBy}>
      {p.rows.map((r) => (
        <li key={r.kode} data-kode={r.kode} data-rank={r.rank} data-tied={r.tied ? 'true' : undefined}>
          <span class="ranking-rank">
            {r.rank}
            {r.tied && <abbr title={t.rankingTie}>=</abbr>}
            {r.tied && <span class="visually-hidden"> ({t.rankingTie})</span>}
          </span>
          <button type="button" class="link ranking-name" onClick={() => p.onSelect(r.kode)}>{p.nameOf(r.kode)}</button>
          <span class="ranking-value child-value">{show(r.value)}</span>
        </li>
      ))}
    </ol>
  );
}
