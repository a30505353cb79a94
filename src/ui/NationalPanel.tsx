import type { IndicatorBundle, SourceDef } from '../lib/indicators/types.ts';
import { nameOf } from '../lib/regions/region-views.ts';
import { formatValue } from '../lib/format/format.ts';
import { sourceIn } from '../lib/indicators/source-in.ts';
import { Ranking } from './Ranking.tsx';
import { useI18n, useStore } from './store/store.ts';
import type { Derived } from './store/use-derived.ts';

/** Sources of `indicator`'s figures for `codes` in `years` (a ranking cites what it ranks). */
export function sourcesOfCodes(bundle: IndicatorBundle, indicator: string, years: readonly number[], codes: readonly string[]): SourceDef[] {
  const ids = new Set<string>();
  for (const y of years) {
    const byKode = bundle.values[indicator]?.[String(y)] ?? {};
    for (const k of codes) if (byKode[k]) ids.add(byKode[k][1]);
  }
  return [...ids].map((id) => bundle.sources[id] ?? { id, title: id, publisher: '' });
}

/**
 * The region tab without a selected region: Indonesia's figure for the shown indicator and year,
 * and the rankings of the kabupaten/kota and of the provinces (the level the map shows first).
 */
export function NationalPanel({ derived: d }: { derived: Derived }) {
  const { state: s, dispatch } = useStore();
  const { t, lang } = useI18n();
  const { base, url } = s;
  if (!base || !d.def) return null;
  const def = d.def;
  const national = base.bundle.national?.[def.id]?.[String(url.year)];
  const years = d.change ? [d.change.from, url.year] : [url.year];
  const provinces = base.national.provinsi.features.map((f) => f.properties.kode);
  const name = (k: string) => nameOf(s.regions, k) || k;
  const select = (kode: string) => dispatch({ type: 'selectRegion', kode });
  const ranking = (level: 'kabupaten' | 'provinsi', codes: readonly string[]) => (
    <Ranking
      key={level}
      id={`ranking-${level}`}
      level={level}
      within=""
      codes={codes}
      values={d.values}
      def={def}
      year={url.year}
      change={d.change}
      sources={sourcesOfCodes(base.bundle, def.id, years, codes)}
      nameOf={name}
      onSelect={select}
    />
  );
  const levels = d.fillLevel === 'provinsi' ? (['provinsi', 'kabupaten'] as const) : (['kabupaten', 'provinsi'] as const);
  return (
    <section class="panel panel-national" aria-labelledby="national-title" data-region="">
      <header class="panel-head">
        <div>
          <p class="panel-level">{t.nationalLevel}</p>
          <h2 id="national-title" tabIndex={-1}>{t.breadcrumbRoot}</h2>
        </div>
      </header>
      {national && (
        <p class="national figure" data-year={url.year}>
          {t.nationalReference(formatValue(national[0], def.unit[lang], lang, def.decimals), base.bundle.sources[national[1]] ? sourceIn(base.bundle.sources[national[1]], lang).title : national[1], url.year)}
        </p>
      )}
      <p class="hint">{t.panelHint}</p>
      {levels.map((l) => ranking(l, l === 'kabupaten' ? base.kabupatenCodes : provinces))}
    </section>
  );
}
