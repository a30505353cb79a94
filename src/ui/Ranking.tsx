import './ranking.css';
import { useMemo, useState } from 'preact/hooks';
import type { IndicatorDef, SourceDef } from '../lib/indicators/types.ts';
import { changeSides, rankRegions } from '../lib/rank/rank-regions.ts';
import { sourceLine } from '../lib/indicators/source-links.ts';
import { sourceIn } from '../lib/indicators/source-in.ts';
import type { ChangeKind } from '../lib/view/change.ts';
import { downloadText } from './download.ts';
import { RankingList } from './RankingList.tsx';
import { SourceCitations } from './SourceCitation.tsx';
import { useI18n } from './store/store.ts';

/** Rows shown at each end of a long ranking before "show all". */
const SHORT = 10;

export interface RankingProps {
  /** Prefix of the element ids (`ranking-kabupaten`). */
  id: string;
  /** Level of the ranked regions (its key, for the file name, and its name). */
  level: 'kabupaten' | 'provinsi';
  /** The region the ranking is inside ('' = Indonesia), for the file name. */
  within: string;
  /** The regions ranked (all of them: those without a value are listed as missing). */
  codes: readonly string[];
  /** kode → value (or change, in the change view). */
  values: ReadonlyMap<string, number>;
  def: IndicatorDef;
  year: number;
  change?: { from: number; kind: ChangeKind };
  sources: readonly SourceDef[];
  nameOf: (kode: string) => string;
  onSelect: (kode: string) => void;
  /** Show every row from the start when there are at most this many (default 2 × 10). */
  allUpTo?: number;
  /** Class of the full list (kept for the province panel's `children-ranked`). */
  listClass?: string;
}

/**
 * A ranking of regions for the shown indicator and year (or change), worst first by the catalogue's
 * direction: the 10 worst and 10 best (for a change: the largest deteriorations and improvements),
 * every row on demand, ties and missing regions said, and a CSV of the whole ranking.
 */
export function Ranking(p: RankingProps) {
  const { t, lang } = useI18n();
  const { def } = p;
  const [all, setAll] = useState(false);
  // Ranked again only when what is ranked changes (not on every map move that re-renders the panel);
  // the callers' code lists and name lookups are new objects on each render, so the codes are compared as text.
  const ranking = useMemo(() => rankRegions(p.codes, p.values, def.direction, def.decimals, p.nameOf), [p.codes.join(), p.values, def]);
  const levelName = t.levels[p.level];
  const higherIsWorse = def.direction === 'higher-is-worse';
  const changeUnit = p.change ? t.changeUnit[p.change.kind] : undefined;
  const years = p.change ? `${p.change.from}-${p.year}` : String(p.year);
  const titleId = `${p.id}-title`;
  const n = ranking.rows.length;
  // The change view always starts with its two sides (deteriorations, improvements); a short level list starts whole.
  const full = all || (!p.change && n <= (p.allUpTo ?? 2 * SHORT));
  const sides = p.change ? changeSides(ranking, def.direction, 0.5 * 10 ** -def.decimals) : undefined;
  const ends = sides ? [sides.worse.slice(0, SHORT), sides.better.slice(0, SHORT)] : [ranking.rows.slice(0, SHORT), ranking.rows.slice(-SHORT).reverse()];
  const endTitles = sides ? [t.rankingWorse(Math.min(SHORT, sides.worse.length)), t.rankingBetter(Math.min(SHORT, sides.better.length))] : [t.rankingWorst(SHORT, higherIsWorse), t.rankingBest(SHORT, higherIsWorse)];
  const save = () =>
    void import('../lib/rank/ranking-csv.ts').then(({ rankingCsv, rankingCsvName }) =>
      downloadText(
        rankingCsv(ranking, p.nameOf, { indicator: def.id, years, unit: changeUnit ?? def.unit[lang], source: p.sources.map((s) => sourceLine(sourceIn(s, lang), def.id)).join('; ') }, t.rankingCsvColumns),
        rankingCsvName({ indicator: def.id, years, level: p.level, region: p.within, lang }),
      ),
    );
  const list = (rows: typeof ranking.rows, labelledBy: string, cls?: string) => <RankingList rows={rows} def={def} changeUnit={changeUnit} nameOf={p.nameOf} onSelect={p.onSelect} labelledBy={labelledBy} class={cls} />;
  return (
    <section class="ranking" id={p.id} data-level={p.level} data-count={n} data-missing={ranking.missing.length} aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1}>{p.change ? t.rankingChangeTitle(levelName, def.label[lang], p.change.from, p.year) : t.rankingTitle(levelName, def.label[lang], p.year)}</h3>
      {n === 0 && <p class="muted">{t.rankingEmpty}</p>}
      {n > 0 && full && (
        <>
          <h4 id={`${p.id}-all`} class="ranking-end">{t.rankingAll(n)}</h4>
          {list(ranking.rows, `${p.id}-all`, p.listClass)}
        </>
      )}
      {n > 0 && !full &&
        ends.map((rows, i) => (
          <div key={i} class={`ranking-part ranking-${i === 0 ? 'worst' : 'best'}`}>
            <h4 id={`${p.id}-end-${i}`} class="ranking-end">{endTitles[i]}</h4>
            {rows.length ? list(rows, `${p.id}-end-${i}`) : <p class="muted">{t.rankingNoSide}</p>}
          </div>
        ))}
      {ranking.rows.some((r) => r.tied) && <p class="ranking-note muted">{t.rankingTieNote}</p>}
      {ranking.missing.length > 0 && (
        <details class="ranking-missing">
          <summary>{t.rankingMissing(ranking.missing.length, levelName)}</summary>
          <p>{ranking.missing.map(p.nameOf).join(', ')}</p>
        </details>
      )}
      <p class="ranking-source value-source">
        {t.rankingSource}: <SourceCitations sources={[...p.sources]} indicator={def.id} /> ({p.change ? `${p.change.from}, ${p.year}` : p.year})
      </p>
      <div class="ranking-actions">
        {n > (p.allUpTo ?? 2 * SHORT) || (p.change && n > 0) ? (
          <button type="button" class="link ranking-toggle" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t.rankingShowShort : t.rankingShowAll(n)}
          </button>
        ) : null}
        <button type="button" class="link ranking-download" onClick={save}>{t.rankingDownload}</button>
      </div>
    </section>
  );
}
