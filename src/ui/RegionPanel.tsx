import { sourceIn } from '../lib/indicators/source-in.ts';
import { useI18n } from './store/store.ts';
import type { ComponentChildren } from 'preact';
import type { IndicatorBundle } from '../lib/indicators/types.ts';
import { IdmSection } from './IdmSection.tsx';
import { formatNumber, formatValue } from '../lib/format/format.ts';
import { rankRegion } from '../lib/rank/rank.ts';
import type { RegionLookup } from '../lib/regions/region-lookup.ts';
import { childrenOf, regionOf } from '../lib/regions/region-views.ts';
import type { Region } from '../lib/regions/region.ts';
import { valuesOf } from '../lib/indicators/values-of.ts';
import { TrendChart } from './TrendChart.tsx';
import { IndicatorRow } from './IndicatorRow.tsx';
import { IndicatorGroups } from './IndicatorGroups.tsx';
import { Ranking } from './Ranking.tsx';
import { sourcesOfCodes } from './NationalPanel.tsx';
import { RegionChildren } from './RegionChildren.tsx';
import { hotspotFlags } from '../lib/hotspot/hotspot-flags.ts';
import { changeValue, type ChangeKind } from '../lib/view/change.ts';
import { changeClassIndex } from '../lib/view/change.ts';
import type { SeriesBreak } from '../lib/colour/series-breaks.ts';
import { classIndex } from '../lib/colour/classify.ts';
import type { FlagResult } from '../lib/hotspot/types.ts';
import type { NoPolygonHit } from '../lib/regions/desa-no-polygon.ts';

export interface RegionPanelProps {
  region: Region;
  regions: RegionLookup;
  bundle: IndicatorBundle;
  indicator: string;
  year: number;
  /** Year of the hotspot analysis (the selected year when P0 exists for it, else P0's default year). */
  hotspotYear: number;
  onSelect: (kode: string) => void;
  onClose: () => void;
  /** The programs section (convergence, programs inside and area-wide). */
  children?: ComponentChildren;
  /** Whether the data has IDM figures (a data folder without them shows no IDM section, not "loading"). */
  hasIdm?: boolean;
  /** Years of the shown indicator (the trend chart's axis). */
  years: readonly number[];
  /** The map's classes and colours (to show the region's class beside its value). */
  classes: { bounds: readonly number[]; colours: readonly string[] };
  /** The shown values (kode → value, or change in the change view), all levels: the children's ranking. */
  values: ReadonlyMap<string, number>;
  /** A kecamatan's desa without a polygon (Kemendagri lists them, BIG has no boundary): named under its desa. */
  unmapped?: readonly NoPolygonHit[];
  /** The change view: the panel shows both years' values and the change. */
  change?: { from: number; kind: ChangeKind; sides: readonly string[]; breaks?: ReadonlyMap<string, SeriesBreak> };
}

/** The selected region: name, level, codes, values with source and year, trend, rank, flags, drill links. */
export function RegionPanel(p: RegionPanelProps) {
  const { t, lang } = useI18n();
  const { region, bundle } = p;
  const hasFigures = region.level === 'provinsi' || region.level === 'kabupaten';
  const def = bundle.catalogue.find((d) => d.id === p.indicator);
  const parent = region.parent ? regionOf(p.regions, region.parent) : undefined;
  const children = childrenOf(p.regions, region.kode);
  const childLevel = { provinsi: 'kabupaten', kabupaten: 'kecamatan', kecamatan: 'desa', desa: '' }[region.level];
  // Every year of the indicator, undefined where the region has no figure (a gap in the chart).
  const trend = def ? p.years.map((yr) => [yr, bundle.values[def.id]?.[String(yr)]?.[region.kode]?.[0]] as [number, number | undefined]) : [];
  const nationalTrend = def ? p.years.map((yr) => [yr, bundle.national?.[def.id]?.[String(yr)]?.[0]] as [number, number | undefined]) : [];
  const valueAt = (yr: number) => (def ? bundle.values[def.id]?.[String(yr)]?.[region.kode]?.[0] : undefined);
  const ch = p.change && def ? { ...p.change, before: valueAt(p.change.from), after: valueAt(p.year) } : undefined;
  // A change across publishers (see series-breaks.ts) is no change: no value, no class.
  const delta = ch && !p.change?.breaks?.has(region.kode) ? changeValue(ch.kind, ch.before, ch.after) : undefined;
  const shownValue = ch ? delta : valueAt(p.year);
  const cls = shownValue === undefined ? -1 : ch ? changeClassIndex(shownValue, p.classes.bounds) : classIndex(shownValue, p.classes.bounds);
  const rank = def && hasFigures ? rankRegion(valuesOf(bundle, def.id, p.year, region.level), region.kode, def.direction) : undefined;
  const priority = bundle.priority?.[region.kode] ?? [];
  const hotspots = region.level === 'kabupaten' ? hotspotFlags(bundle, region, p.hotspotYear) : undefined;
  const flagRow = (key: string, label: string, f: FlagResult) => (
    <li key={key} class={`flag flag-${key} flag-${f.flag}`} data-flag={key} data-value={f.flag}>
      <strong>{label}</strong>: {t.flagValue[f.flag]} <span class="flag-reason">— {f.reason[lang]}</span>
    </li>
  );
  // The skip link focuses the children list's heading (the ranking's, or the folded list's summary).
  const skipToChildren = (e: Event) => {
    const el = document.getElementById('children-title');
    if (!el) return;
    e.preventDefault();
    el.focus();
  };
  const national = def ? bundle.national?.[def.id]?.[String(p.year)] : undefined;
  return (
    <section class="panel" aria-labelledby="panel-title" data-region={region.kode}>
      <header class="panel-head">
        <div>
          <p class="panel-level">{t.levels[region.level]}</p>
          <h2 id="panel-title" tabIndex={-1}>{region.name}</h2>
          {parent && <p class="panel-parent">{parent.name}</p>}
        </div>
        <button type="button" class="icon" aria-label={t.close} onClick={p.onClose}>×</button>
      </header>
      {childLevel && children.length > 0 && (
        <a class="panel-skip" href="#children-title" onClick={(e) => skipToChildren(e)}>
          {t.skipToChildren(t.levels[childLevel])}
        </a>
      )}
      {hasFigures ? (
        <div class="panel-headline">
          {def && (
            <table class="values">
              <tbody>
                <IndicatorRow def={def} bundle={bundle} kode={region.kode} year={p.year} current swatch={!ch && cls >= 0 ? { cls, colour: p.classes.colours[cls] } : undefined} />
              </tbody>
            </table>
          )}
          {def && ch && (
            <p class="panel-change figure" data-year={`${ch.from}-${p.year}`} data-change={delta} data-side={cls >= 0 ? ch.sides[cls] : undefined}>
              <strong>{t.panelChange(ch.from, p.year)}:</strong>{' '}
              {cls >= 0 && <span class="value-swatch" data-class={cls} style={{ background: p.classes.colours[cls] }} aria-hidden="true" />}
              {p.change?.breaks?.has(region.kode) ? (
                <span class="muted panel-change-break">{t.changeNotCompared(ch.from, p.change.breaks.get(region.kode)!.before, p.year, p.change.breaks.get(region.kode)!.after)}</span>
              ) : delta === undefined ? (
                <span class="muted">{t.noValue}</span>
              ) : (
                <>
                  {t.panelChangeValue(formatValue(ch.before!, def.unit[lang], lang, def.decimals), formatValue(ch.after!, def.unit[lang], lang, def.decimals), `${delta > 0 ? '+' : ''}${formatNumber(delta, lang, def.decimals)} ${t.changeUnit[ch.kind]}`)}
                  {cls >= 0 && ` · ${t.changeSide[ch.sides[cls]]}`}
                </>
              )}
            </p>
          )}
          {rank && (
            <p class="rank figure" data-year={p.year}>
              <strong>{t.rank(rank.rank, rank.of)}</strong> <span class="muted">({def!.label[lang]}, {p.year}; {t.rankNote})</span>
            </p>
          )}
          {def && national && (
            <p class="national figure" data-year={p.year}>
              {t.nationalReference(formatValue(national[0], def.unit[lang], lang, def.decimals), bundle.sources[national[1]] ? sourceIn(bundle.sources[national[1]], lang).title : national[1], p.year)}
            </p>
          )}
        </div>
      ) : (
        <p class="muted">{t.noValueAtLevel}</p>
      )}
      {p.hasIdm && (region.level === 'desa' || region.level === 'kecamatan') && <IdmSection region={region} bundle={bundle} />}
      <nav class="drill" aria-label={t.breadcrumbLabel}>
        <button type="button" class="link" onClick={() => p.onSelect(region.parent)}>
          ↑ {t.drillUp(parent?.name ?? t.breadcrumbRoot)}
        </button>
        {childLevel === 'kabupaten' && def && children.length > 0 ? (
          <Ranking
            id="children"
            level="kabupaten"
            within={region.kode}
            codes={children.map((c) => c.kode)}
            values={p.values}
            def={def}
            year={p.year}
            change={p.change}
            sources={sourcesOfCodes(bundle, def.id, ch ? [ch.from, p.year] : [p.year], children.map((c) => c.kode))}
            nameOf={(k) => children.find((c) => c.kode === k)?.name ?? k}
            onSelect={p.onSelect}
            allUpTo={Infinity}
            listClass="children-ranked"
          />
        ) : (
          childLevel && (children.length > 0 || !!p.unmapped?.length) && <RegionChildren regions={children} levelName={t.levels[childLevel]} onSelect={p.onSelect} unmapped={p.unmapped} />
        )}
      </nav>
      {def && hasFigures && <TrendChart points={trend} national={nationalTrend} decimals={def.decimals} unit={def.unit[lang]} label={t.trend(def.label[lang])} regionName={region.name} currentYear={p.year} />}
      {hasFigures && <IndicatorGroups bundle={bundle} kode={region.kode} level={region.level} year={p.year} shown={p.indicator} />}
      <h3>{t.flags}</h3>
      <ul class="flags">
        {hotspots ? (
          <>
            {flagRow('poverty', t.hotspotPoverty, hotspots.poverty)}
            {flagRow('poorCount', t.hotspotPoorCount, hotspots.poorCount)}
            {flagRow('coastal', t.hotspotCoastal, hotspots.coastal)}
            {flagRow('farming', t.hotspotFarming, hotspots.farming)}
          </>
        ) : (
          <li class={region.coastal ? 'flag flag-coastal flag-yes' : 'flag flag-coastal flag-no'}>{region.coastal ? t.coastalFlag(formatNumber(region.coastlineKm, lang, 0)) : t.notCoastalFlag}</li>
        )}
        {priority.map((pr, i) => (
          <li key={i} class="flag flag-priority">
            {pr.status === 'disputed' ? t.priorityDisputed : t.priority}
            {pr.note ? ` — ${pr.note}` : ''}
          </li>
        ))}
        {region.level === 'provinsi' && <li class="flag muted">{t.hotspotKabupatenOnly}</li>}
      </ul>
      {p.children && (
        <section class="panel-programs" aria-labelledby="panel-programs-title">
          <h3 id="panel-programs-title">{t.panelPrograms}</h3>
          {p.children}
        </section>
      )}
      <dl class="codes">
        <dt>{t.codeBps}</dt>
        <dd>{region.kode}</dd>
        <dt>{t.codeKemendagri}</dt>
        <dd>{region.kemendagri || t.noCode}</dd>
      </dl>
    </section>
  );
}
