import { useMemo, useReducer, useRef } from 'preact/hooks';
import type { DataSource } from '../load/data-source.ts';
import type { Lang } from '../lib/format/format.ts';
import type { MapLocale, MapView } from '../map/map-view.ts';
import { createHoverChannel } from './effects/hover-channel.ts';
import { createLoader } from './effects/loader.ts';
import { useLoader } from './effects/use-loader.ts';
import { useLoads } from './effects/use-loads.ts';
import { useMapLayout } from './effects/use-map-layout.ts';
import { mapLocaleOf, useMapSync } from './effects/use-map-sync.ts';
import { useUrlSync } from './effects/use-url-sync.ts';
import { useMapView } from './effects/use-map-view.ts';
import { MapPane } from './MapPane.tsx';
import { PageMessages } from './PageMessages.tsx';
import { useGaps } from './programs/use-gaps.ts';
import { useProgramAnalysis } from './programs/use-program-analysis.ts';
import { SidePanel } from './SidePanel.tsx';
import { initialState, type PageState } from './store/page-state.ts';
import { reducer } from './store/reducer.ts';
import { I18nContext, StoreContext } from './store/store.ts';
import { useDerived } from './store/use-derived.ts';
import { TopBar } from './TopBar.tsx';
import { appDefaults } from './effects/first-view.ts';
import { embedDefaults, parseEmbedOptions } from '../lib/embed/embed-options.ts';
import { EmbedLayout } from './embed/EmbedLayout.tsx';
import { useViewText } from './store/use-view-text.ts';
import { LazyPrintSheet } from './export/LazyPrintSheet.tsx';
import { useAfterFirstFrame } from './effects/use-after-first-frame.ts';
import { useStrings } from './effects/use-strings.ts';

export interface AppProps {
  source: DataSource;
  createMap: (container: HTMLElement, locale: MapLocale) => Promise<MapView>;
}

/** The language of the link the page was opened with (`lang=en`, else the default). */
export function startLang(): Lang {
  return new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : appDefaults.lang;
}

/** The view before the data arrives: only the language and the embed flag and options can be read from the URL yet. */
function startState(): PageState {
  const p = new URLSearchParams(location.search);
  const lang = startLang();
  const embed = p.get('embed') === '1';
  const embedOptions = embed ? parseEmbedOptions(p, () => {}) : embedDefaults;
  return initialState(lang, { indicator: appDefaults.indicator, year: 0, region: '', lang, classes: appDefaults.classes, view: null, embed, embedOptions, mode: 'choropleth', level: 'kabupaten' });
}

/**
 * A skip link: focus the first of `selectors` that exists and is shown (the map's canvas takes the
 * arrow keys, but is hidden until the first choropleth is drawn); otherwise the link's own target.
 */
function skipTo(e: Event, ...selectors: string[]): void {
  const el = selectors.map((sel) => document.querySelector<HTMLElement>(sel)).find((x) => x !== null && getComputedStyle(x).visibility !== 'hidden');
  if (!el) return;
  e.preventDefault();
  el.focus();
}

/**
 * The page: one store (store/reducer.ts) holds its state; the loader fetches what the state needs,
 * the map and the URL follow the state (effects/), and components read it through contexts.
 */
export function App({ source, createMap }: AppProps) {
  const [state, dispatch] = useReducer(reducer, undefined, startState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const loader = useMemo(() => createLoader(source, dispatch, () => stateRef.current), [source]);
  const hover = useMemo(createHoverChannel, []);
  const mapEl = useRef<HTMLDivElement>(null);
  const printMapEl = useRef<HTMLCanvasElement>(null);
  // The words of the page's language (English is loaded on first use: effects/use-strings.ts).
  const { t, lang } = useStrings(state.url.lang, dispatch);
  // One map per page (its lifecycle is in the store); made again only after it failed to start.
  const map = useMapView(mapEl, state.map, createMap, mapLocaleOf(t), dispatch);

  const derived = useDerived(state);
  const analysis = useProgramAnalysis(state);
  const gaps = useGaps(state, analysis, derived.hotspotYear, state.tab === 'gaps');
  useLoads(state, dispatch, loader);
  useLoader(state, dispatch, loader);
  const viewText = useViewText(state, derived, t);
  useUrlSync(state, dispatch, state.url.embed && viewText.title ? viewText.title : t.appTitle, source);
  // Measured before the map sync runs, which fits the selected region into what is left free.
  useMapLayout(mapEl, [map, state.base !== null], dispatch);
  useMapSync({ map, state, derived, analysis, source, dispatch, hover, t, lang, printMap: printMapEl, gapRows: gaps.result?.rows, gapPoints: gaps.points });

  // The print sheet is hidden on screen: its code loads once the first choropleth is on screen.
  const afterFirstFrame = useAfterFirstFrame(state.firstDrawn);

  const store = useMemo(() => ({ state, dispatch, loader }), [state, loader]);
  const i18n = useMemo(() => ({ t, lang }), [t, lang]);
  return (
    <StoreContext.Provider value={store}>
      <I18nContext.Provider value={i18n}>
        <div class={`app${state.url.embed ? ' embed' : ''}`} lang={lang}>
          {state.url.embed ? (
            <EmbedLayout derived={derived} text={viewText}>
              <MapPane mapEl={mapEl} derived={derived} analysis={analysis} hover={hover} alt={viewText.alt} />
            </EmbedLayout>
          ) : (<>
          <a class="skip-link" href="#search-input" onClick={(e) => skipTo(e, '#search-input')}>{t.skipToSearch}</a>
          <a class="skip-link" href="#map" onClick={(e) => skipTo(e, '#map canvas')}>{t.skipToMap}</a>
          <a class="skip-link" href="#side-panel" onClick={(e) => skipTo(e, '#panel-title', '#side-panel')}>{t.skipToPanel}</a>
          <TopBar />
          <PageMessages />
          <main class="layout">
            <MapPane mapEl={mapEl} derived={derived} analysis={analysis} hover={hover} alt={viewText.alt} />
            <SidePanel derived={derived} analysis={analysis} gaps={gaps} />
          </main>
          </>)}
          {afterFirstFrame && <LazyPrintSheet derived={derived} canvasRef={printMapEl} />}
        </div>
      </I18nContext.Provider>
    </StoreContext.Provider>
  );
}
