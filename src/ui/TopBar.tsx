import { useMemo } from 'preact/hooks';
import { regionsPerYear, yearsAtLevel } from '../lib/view/year-coverage.ts';
import { fillLevelOf } from '../lib/view/url-state.ts';
import { Controls } from './Controls.tsx';
import { indicatorLevels } from '../lib/indicators/types.ts';
import { SearchBox } from './SearchBox.tsx';
import { lazySearch } from './lazy-search.ts';
import type { Lang } from '../lib/format/format.ts';
import { useI18n, useStore } from './store/store.ts';
import { loadStrings } from '../i18n/index.ts';

/** English's words start loading when the pointer or the focus reaches the switch, ahead of the click. */
const preloadEnglish = () => void loadStrings('en').catch(() => undefined);

/** Title, search, the indicator/year/classes/mode pickers and the language switch. */
export function TopBar() {
  const { state: s, dispatch, loader } = useStore();
  const { t, lang } = useI18n();
  const { base, url } = s;
  // The search code loads on the search box's focus or first query, not with the first view.
  const search = useMemo(() => lazySearch((path) => loader.source.json(path)), [loader]);
  const level = fillLevelOf(url);
  // Regions of the coloured level with a value in each year of the shown indicator (once its values are loaded), for "2020 — 84/514".
  const coverage = useMemo(() => (base ? regionsPerYear(base.bundle, url.indicator, base.years.get(url.indicator) ?? [], level) : new Map<number, number>()), [base, url.indicator, level]);
  // The provinsi view offers only the years with province figures.
  const years = useMemo(() => (base ? yearsAtLevel(base.bundle, url.indicator, base.years.get(url.indicator) ?? [], level) : []), [base, url.indicator, level]);
  // The page switches once the other language's words are loaded (English on first use), never half-translated.
  const switchLang = (next: Lang) =>
    void loadStrings(next).then(
      () => dispatch({ type: 'toggleLang' }),
      (e: unknown) => dispatch({ type: 'langFailed', problem: { kind: 'lang', detail: e instanceof Error ? e.message : String(e) } }),
    );
  const total = level === 'provinsi' ? (base?.national.provinsi.features.length ?? 0) : (base?.kabupatenCodes.length ?? 0);
  return (
    <header class="topbar">
      <div class="brand">
        <h1>Lokus</h1>
        <p>{t.appSubtitle}</p>
      </div>
      {base && (
        <SearchBox search={search} selected={s.url.region} onSelect={(kode, noPolygon) => dispatch({ type: 'selectRegion', kode, from: 'search', ...(noPolygon ? { notice: { param: 'regionNoPolygon', value: noPolygon.kode, name: noPolygon.name } } : {}) })} />
      )}
      {base && (
        <Controls
          catalogue={base.bundle.catalogue.filter((d) => base.years.has(d.id) && indicatorLevels(d).includes('kabupaten'))}
          indicator={url.indicator}
          years={years}
          year={url.year}
          classes={url.classes}
          mode={url.mode}
          onMode={(mode) => dispatch({ type: 'setMode', mode })}
          yearLabel={(y) => t.yearOption(y, coverage.get(y) ?? 0, total)}
          from={url.from}
          onFrom={(year) => dispatch({ type: 'setFromYear', year })}
          onChange={(patch) => {
            if (patch.indicator) dispatch({ type: 'setIndicator', indicator: patch.indicator });
            if (patch.year !== undefined) dispatch({ type: 'setYear', year: patch.year });
            if (patch.classes) dispatch({ type: 'setClasses', classes: patch.classes });
          }}
        />
      )}
      {/* On a phone the button shows its short form (`data-short`, styles.css) and the search keeps its row. */}
      <button type="button" class="lang-toggle" aria-label={t.langToggleLabel} data-short={t.langToggleShort} lang={lang === 'id' ? 'en' : 'id'} onPointerEnter={preloadEnglish} onFocus={preloadEnglish} onClick={() => switchLang(lang === 'id' ? 'en' : 'id')}>
        <span class="lang-long">{t.langToggle}</span>
      </button>
    </header>
  );
}
