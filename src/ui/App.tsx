import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { strings } from '../i18n/index.ts';
import { DataError } from '../lib/errors.ts';
import { classify } from '../lib/ui/classify.ts';
import { clickTarget } from '../lib/ui/drill.ts';
import { NO_DATA_COLOUR, sequentialPalette } from '../lib/ui/palette.ts';
import { isKodeKemendagri } from '../lib/ui/region-code.ts';
import { createSearchIndex, type SearchEntry } from '../lib/ui/search.ts';
import { parseUrlState, sameExceptView, serialiseUrlState, type UrlNotice } from '../lib/ui/url-state.ts';
import type { DataSource, NationalBoundaries } from '../load/data-source.ts';
import type { MapHit, MapView } from '../map/map-view.ts';
import { Breadcrumb } from './Breadcrumb.tsx';
import { Controls } from './Controls.tsx';
import { Legend } from './Legend.tsx';
import { appDefaults, loadFirstView, loadLevels, urlContext } from './load-data.ts';
import { RegionPanel } from './RegionPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ShareLink } from './ShareLink.tsx';
import { showRegion } from './show-region.ts';
import { indicatorDef, ofLength, valuesFor, type AppState, type LoadedData } from './state.ts';
import { Tooltip } from './Tooltip.tsx';
import { GapTable } from './GapTable.tsx';
import { BivariateLegend, ProgramLegend } from './MapLegendExtras.tsx';
import { ProgramsPanel } from './ProgramsPanel.tsx';
import { RegionPrograms } from './RegionPrograms.tsx';
import { SideTabs, type SideTab } from './SideTabs.tsx';
import { useProgramView } from './use-program-view.ts';

export interface AppProps {
  source: DataSource;
  createMap: (container: HTMLElement) => Promise<MapView>;
}

type Status = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready' };

/** The page: loads the first view, then keeps map, panel, legend and URL in step with the state. */
export function App({ source, createMap }: AppProps) {
  const mapEl = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapView | null>(null);
  const mapPromiseRef = useRef<Promise<MapView> | null>(null);
  const nationalRef = useRef<NationalBoundaries | null>(null);
  const hoverSet = useRef<(h: MapHit | null) => void>(() => undefined);
  const skipPush = useRef(true);
  const drilled = useRef(false);
  const handlersRef = useRef(false);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [data, setData] = useState<LoadedData | null>(null);
  const [state, setState] = useState<AppState | null>(null);
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [ready, setReady] = useState(false);
  const [regionReady, setRegionReady] = useState<string | null>(null);
  const [chunkLoading, setChunkLoading] = useState(false);
  const [regionsVersion, setRegionsVersion] = useState(0);
  const [searchMoreLoading, setSearchMoreLoading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [tab, setTab] = useState<SideTab>('region');
  const stateRef = useRef<AppState | null>(null);
  stateRef.current = state;
  const lang = state?.lang ?? appDefaults.lang;
  const mode = state?.mode ?? 'choropleth';
  const setMode = (m: AppState['mode']) => setState((s) => (s ? { ...s, mode: m } : s));
  const t = strings(lang);

  // First load: map and data in parallel.
  useEffect(() => {
    let cancelled = false;
    setStatus({ kind: 'loading' });
    // One map per page: a retry after a data error reuses it; a failed map (no WebGL) is retried.
    const mapPromise = (mapPromiseRef.current ??= createMap(mapEl.current!));
    mapPromise.catch(() => (mapPromiseRef.current = null));
    Promise.all([mapPromise, loadFirstView(source)])
      .then(async ([map, { national, data: loaded }]) => {
        if (cancelled) return;
        performance.mark('lokus:loaded');
        mapRef.current = map;
        nationalRef.current = national;
        // Deep Kemendagri codes (53.01.24.2002) need the lazy levels before the URL can be read.
        const raw = new URLSearchParams(location.search).get('region') ?? '';
        if (isKodeKemendagri(raw) && raw.split('.').length >= 3) await loadLevels(source, loaded.regions, raw.split('.').length === 3 ? ['kecamatan'] : ['kecamatan', 'desa']);
        const parsed = parseUrlState(location.search, urlContext(loaded));
        map.setNational(national);
        performance.mark('lokus:national-sent');
        if (!handlersRef.current) {
          handlersRef.current = true;
          wireMap(map);
        }
        skipPush.current = true;
        setData(loaded);
        setState(parsed.state);
        setNotices(parsed.notices);
        setStatus({ kind: 'ready' });
      })
      .catch((e: Error) => {
        if (!cancelled) setStatus({ kind: 'error', message: e instanceof DataError ? e.message : `${e.name}: ${e.message}` });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // Map events → state (once per map; the handlers read the latest state through stateRef).
  const wireMap = (map: MapView) => {
    map.onHover((h) => hoverSet.current(h));
    map.onClick((hits) => {
      const s = stateRef.current;
      const target = s ? clickTarget(hits, s.region) : undefined;
      if (target !== undefined) select(target);
    });
    map.onMoveEnd((view, byUser) => {
      if (byUser) setState((s) => (s ? { ...s, view } : s));
    });
  };

  const select = (kode: string) => setState((s) => (s ? { ...s, region: kode, view: null } : s));

  // Back/forward restore the view the URL describes.
  useEffect(() => {
    if (!data) return;
    const onPop = () => {
      skipPush.current = true;
      const parsed = parseUrlState(location.search, urlContext(data));
      setState(parsed.state);
      setNotices(parsed.notices);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [data]);

  const def = data && state ? indicatorDef(data.bundle, state.indicator) : undefined;
  const allValues = useMemo(() => (data && state ? valuesFor(data.bundle, state.indicator, state.year) : new Map<string, number>()), [data, state?.indicator, state?.year]);
  const kabValues = useMemo(() => ofLength(allValues, 4), [allValues]);
  const classes = useMemo(() => classify([...kabValues.values()], state?.classes ?? 'quantile', appDefaults.k), [kabValues, state?.classes]);
  const colours = useMemo(() => (classes.counts.length ? sequentialPalette(classes.counts.length, def?.direction) : []), [classes, def]);

  // Programs: points, filters, coverage, gaps, import and export (see use-program-view.ts).
  const hotspotYear = data && state ? ((data.years.get('p0') ?? []).includes(state.year) ? state.year : (data.defaultYears.get('p0') ?? state.year)) : undefined;
  const pv = useProgramView({ source, data, map: mapRef.current, ready, regionsVersion, bumpRegions: () => setRegionsVersion((v) => v + 1), hotspotYear, t, lang, kabValues, direction: def?.direction, mode });
  const { programs, analysis } = pv;

  // Recolour: feature-state + paint only (no geometry re-sent).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data || !state) return;
    if (mode === 'bivariate' && ready) return;
    map.setChoropleth(kabValues, classes.bounds, colours, NO_DATA_COLOUR);
    if (!ready) {
      performance.mark('lokus:choropleth-sent');
      map.whenIdle().then(() => setReady(true));
    }
  }, [kabValues, classes, colours, data, mode]);

  // Drill-down: chunks, selection, labels and camera for the selected region.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data || !state) return;
    setRegionReady(null);
    setChunkLoading(state.region.length > 0);
    const region = state.region;
    const cancel = showRegion({
      map,
      source,
      data,
      national: nationalRef.current!,
      region,
      view: state.view,
      animate: drilled.current,
      onRegionsAdded: () => setRegionsVersion((v) => v + 1),
      onDrawn: () => {
        setChunkLoading(false);
        setRegionReady(region || 'national');
      },
      onUnknown: (kode) => {
        setNotices((n) => [...n, { param: 'region', value: kode }]);
        select(kode.length === 10 ? kode.slice(0, 7) : kode.slice(0, 4));
      },
      onError: (e) => {
        setChunkLoading(false);
        setStatus({ kind: 'error', message: e.message });
      },
    });
    drilled.current = true;
    return cancel;
  }, [data, state?.region]);

  // URL mirrors the state: push for navigation, replace for camera moves.
  useEffect(() => {
    if (!data || !state) return;
    const query = serialiseUrlState(state, urlContext(data).defaults);
    const url = `${location.pathname}${query}${location.hash}`;
    if (skipPush.current) {
      skipPush.current = false;
      history.replaceState(null, '', url);
    } else if (url !== `${location.pathname}${location.search}${location.hash}`) {
      sameExceptView(query, location.search) ? history.replaceState(null, '', url) : history.pushState(null, '', url);
    }
    document.documentElement.lang = state.lang;
    document.title = t.appTitle;
  }, [state, data]);

  const searchIndex = useMemo(() => {
    if (!data) return createSearchIndex([]);
    const entries: SearchEntry[] = [];
    for (const level of ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const) {
      for (const r of data.regions.ofLevel(level)) entries.push({ kode: r.kode, kemendagri: r.kemendagri, level, name: r.name, parentName: r.parent ? (data.regions.get(r.parent)?.name ?? '') : '' });
    }
    return createSearchIndex(entries);
  }, [data, regionsVersion]);

  const loadSearchLevels = () => {
    if (!data) return;
    setSearchMoreLoading(true);
    loadLevels(source, data.regions, ['kecamatan', 'desa'])
      .then(() => setRegionsVersion((v) => v + 1))
      .catch(() => undefined)
      .finally(() => setSearchMoreLoading(false));
  };

  const selectedRow = data && state?.region ? data.regions.get(state.region) : undefined;
  const showsSubLevels = (state?.region.length ?? 0) >= 4;
  const sources = useMemo(() => {
    if (!data || !state) return [];
    const ids = new Set(Object.values(data.bundle.values[state.indicator]?.[String(state.year)] ?? {}).map(([, s]) => s));
    return [...ids].map((id) => data.bundle.sources[id] ?? { id, title: id, publisher: '' });
  }, [data, state?.indicator, state?.year]);

  return (
    <div class={`app${state?.embed ? ' embed' : ''}`} lang={lang}>
      <a class="skip-link" href="#search-input">{t.skipToSearch}</a>
      <header class="topbar">
        <div class="brand">
          <h1>Lokus</h1>
          <p>{t.appSubtitle}</p>
        </div>
        {data && state && <SearchBox t={t} index={searchIndex} loadingMore={searchMoreLoading} onFirstInput={loadSearchLevels} onSelect={select} />}
        {data && state && (
          <Controls
            t={t}
            lang={lang}
            catalogue={data.bundle.catalogue.filter((d) => data.years.has(d.id))}
            indicator={state.indicator}
            years={data.years.get(state.indicator) ?? []}
            year={state.year}
            classes={state.classes}
            mode={mode}
            onMode={setMode}
            onChange={(patch) =>
              setState((s) => {
                if (!s) return s;
                const next = { ...s, ...patch };
                if (patch.indicator && !(data.years.get(patch.indicator) ?? []).includes(next.year)) next.year = data.defaultYears.get(patch.indicator)!;
                return next;
              })
            }
          />
        )}
        <button type="button" class="lang-toggle" aria-label={t.langToggleLabel} lang={lang === 'id' ? 'en' : 'id'} onClick={() => setState((s) => (s ? { ...s, lang: s.lang === 'id' ? 'en' : 'id' } : s))}>
          {t.langToggle}
        </button>
      </header>
      {notices.length > 0 && (
        <div class="notice" role="status">
          <span>{t.urlNotice(notices.map((n) => `${n.param}=${n.value}`).join(', '))}</span>
          <button type="button" class="icon" aria-label={t.dismiss} onClick={() => setNotices([])}>×</button>
        </div>
      )}
      {status.kind === 'error' && (
        <div class="error" role="alert">
          <strong>{t.errorTitle}</strong> <span class="error-message">{status.message}</span>{' '}
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>{t.retry}</button>
        </div>
      )}
      <main class="layout">
        <div class="map-wrap">
          <div
            ref={mapEl}
            id="map"
            class="map"
            role="region"
            aria-label={t.mapLabel}
            data-ready={ready ? 'true' : undefined}
            data-region-ready={regionReady ?? undefined}
          />
          {data && state && <Tooltip t={t} lang={lang} programs={pv.lociById} def={def} year={state.year} values={allValues} regions={data.regions} subscribe={(set) => (hoverSet.current = set)} />}
          {data && state && def && (
            <Legend t={t} lang={lang} def={def} year={state.year} classes={classes} colours={colours} noDataColour={NO_DATA_COLOUR} noDataCount={data.kabupatenCodes.filter((k) => !kabValues.has(k)).length} sources={sources} showsSubLevels={showsSubLevels} bivariate={mode === 'bivariate' ? <BivariateLegend t={t} /> : undefined} bivariateTitle={def ? t.bivariateTitle(def.label[lang], state.year) : ''} extra={programs.set ? <ProgramLegend t={t} lang={lang} count={pv.activeCount} source={[programs.set.includesDefault ? t.legendDefaultSource : '', ...programs.set.files.filter((f) => f !== 'programs.geojson')].filter(Boolean).join(' + ')} onLoadOwn={() => setTab('programs')} /> : undefined} />
          )}
          {(status.kind === 'loading' || (status.kind === 'ready' && !ready)) && (
            <div class="loading" role="status">
              <span class="spinner" aria-hidden="true" /> {t.loading}
            </div>
          )}
          {chunkLoading && ready && (
            <div class="loading loading-small" role="status">
              <span class="spinner" aria-hidden="true" /> {t.loadingChunk}
            </div>
          )}
        </div>
        <aside class={tab === 'gaps' ? 'side side-wide' : 'side'} aria-label={selectedRow?.name ?? t.breadcrumbRoot}>
          <SideTabs t={t} tab={tab} onTab={setTab} />
          <div role="tabpanel" id={`tab-panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-panel">
            {tab === 'region' && (
              <>
                {data && state && <Breadcrumb t={t} region={state.region} regions={data.regions} onSelect={select} />}
                {data && state && selectedRow ? (
                  <RegionPanel t={t} lang={lang} region={selectedRow} regions={data.regions} bundle={data.bundle} indicator={state.indicator} year={state.year} hotspotYear={hotspotYear ?? state.year} onSelect={select} onClose={() => select('')}>
                    <RegionPrograms t={t} lang={lang} {...pv.regionPrograms(selectedRow.kode)} />
                  </RegionPanel>
                ) : (
                  <p class="hint">{state?.region ? t.loadingChunk : t.panelHint}</p>
                )}
              </>
            )}
            {tab === 'programs' && (
              <ProgramsPanel
                t={t}
                lang={lang}
                set={programs.set}
                loadError={programs.loadError}
                activeCount={pv.activeCount}
                filter={pv.filter}
                onFilter={pv.setFilter}
                recomputeMs={analysis?.ms}
                importStatus={pv.importStatus}
                onFile={pv.onProgramFile}
                onReset={pv.resetPrograms}
                onExport={pv.exportPrograms}
              />
            )}
            {tab === 'gaps' && (
              <GapTable
                t={t}
                lang={lang}
                result={analysis?.gaps}
                options={pv.gapOptions}
                onOptions={pv.setGapOptions}
                withinName={selectedRow && selectedRow.level !== 'desa' ? selectedRow.name : undefined}
                withinKode={selectedRow?.kode ?? ''}
                levelLoading={pv.gapLevelLoading}
                onOpen={(kode) => {
                  select(kode);
                  setTab('region');
                }}
                onExport={pv.exportGaps}
              />
            )}
          </div>
          <footer class="side-foot">
            <ShareLink t={t} />
            <a href={source.url('regions.csv')} download>{t.openData}</a>
          </footer>
        </aside>
      </main>
    </div>
  );
}
