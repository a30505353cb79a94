import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { chunkId, focusOf } from '../lib/view/drill.ts';
import { parentsIn } from '../lib/regions/parents-in.ts';
import { NO_DATA_COLOUR } from '../lib/colour/palette.ts';
import type { HoverChannel } from './effects/hover-channel.ts';
import { Legend } from './Legend.tsx';
import { showsPrograms } from '../lib/embed/embed-options.ts';
import { BivariateLegend, ProgramLegend } from './MapLegendExtras.tsx';
import type { ProgramAnalysis } from './programs/use-program-analysis.ts';
import { useI18n, useStore } from './store/store.ts';
import type { Derived } from './store/use-derived.ts';
import { Tooltip } from './Tooltip.tsx';
import { nameOf } from '../lib/regions/region-views.ts';
import { mapWarnings } from './map-warnings.ts';
import { lociCache } from './programs/loci-cache.ts';
import { MAP_DESCRIPTION_ID, MapDescription } from './MapDescription.tsx';
import { LocusCard } from './programs/LocusCard.tsx';
import { countPointsAndAreas } from './programs/program-points.ts';
import { desaView } from './store/desa-view.ts';
import { desaFillOf } from '../lib/view/desa-fill-of.ts';
import { idmStatusLookup } from '../lib/indicators/idm-status-lookup.ts';
import { idmStatusCounts } from '../lib/indicators/idm-status-counts.ts';
import { DesaIdmLegend } from './DesaIdmLegend.tsx';

/** First and last year of an indicator (the span its pooled classes cover). */
const pooledSpan = (years: readonly number[] | undefined): [number, number] | undefined => (years?.length ? [years[0], years[years.length - 1]] : undefined);

/** The map with what floats on it: tooltip, legend (not in embeds: theirs sits above the map) and loading states; `alt` describes it. */
export function MapPane({ mapEl, derived: d, analysis, hover, alt }: { mapEl: RefObject<HTMLDivElement | null>; derived: Derived; analysis: ProgramAnalysis | null; hover: HoverChannel; alt: string }) {
  const { state: s, dispatch } = useStore();
  const { t, lang } = useI18n();
  const { base, url, programs } = s;
  // Loci by id for the tooltip, made when it first names a point (not with each new set of loci).
  const lociById = useMemo(() => ({ get: (id: string) => (programs ? lociCache.byId(programs.loci).get(id) : undefined) }), [programs]);
  // The legend counts points and area-wide programs apart: an area is never counted as a point.
  const counts = useMemo(() => (analysis ? countPointsAndAreas(analysis.loci, analysis.mask) : programs ? countPointsAndAreas(programs.loci, undefined) : s.points ? countPointsAndAreas(s.points, undefined) : null), [analysis?.loci, analysis?.mask, programs, s.points]);
  // Desa drawn for whatever is in view (store/desa-view.ts): counted by IDM status for the legend while an IDM figure is shown.
  const inViewKeys = desaView(s).filter((key) => s.chunks.has(chunkId({ level: 'desa', key })));
  const inView = inViewKeys.flatMap((key) => s.chunks.get(chunkId({ level: 'desa', key })) ?? []);
  const idmValues = base?.bundle.values.idm_status;
  const desaIdm = useMemo(() => {
    if (!inView.length || desaFillOf(url.indicator, url.region) !== 'idm' || !idmValues) return null;
    const codes = inView.flatMap((fc) => fc.features.map((f) => f.properties.kode));
    return { counts: idmStatusCounts(codes, idmStatusLookup(idmValues)), total: codes.length };
  }, [inViewKeys.join(','), url.indicator, url.region, idmValues]);
  const chunkLoading = s.firstDrawn && s.regionDrawn === null && !s.fatal;
  // A chunk of the selected region that failed: the map shows the region without it and says so.
  const chunkFailed = focusOf(url.region, parentsIn(s.regions)).chunks.find((c) => s.failedChunks.has(chunkId(c)));
  // Said by screen readers once the selected region is drawn ("Kabupaten Kupang dimuat").
  const loaded = d.selected && s.regionDrawn === url.region ? t.regionLoaded(d.selected.name) : '';
  return (
    <div class="map-wrap">
      <div
        ref={mapEl}
        id="map"
        class="map"
        role="region"
        aria-label={t.mapLabel}
        aria-describedby={MAP_DESCRIPTION_ID}
        data-ready={s.firstDrawn ? 'true' : undefined}
        data-region-ready={s.regionDrawn ?? undefined}
        data-desa-drawn={s.desaDrawn || undefined}
      />
      {base && <Tooltip programs={lociById} def={d.def} year={url.year} values={d.values} change={d.change} regions={s.regions} subscribe={hover.subscribe} idmStatus={base.bundle.values.idm_status} idmScore={base.bundle.values.idm} />}
      <LocusCard />
      <MapDescription text={alt} />
      {base && d.def && !url.embed && (
        <Legend
          def={d.def}
          year={url.year}
          classes={d.classes}
          colours={d.colours}
          noDataColour={NO_DATA_COLOUR}
          noDataCount={d.classCodes.filter((k) => !d.classValues.has(k)).length}
          sources={d.sources}
          sourceYears={d.sourceYears}
          warnings={mapWarnings({ years: d.change ? [d.change.from, url.year] : [url.year], coverage: d.yearCoverage, total: d.fillCodes.length, level: d.fillLevel, breaks: d.change?.fillBreaks }, t, lang)}
          showsSubLevels={url.region.length >= 4 || (inView.length > 0 && !desaIdm)}
          desa={desaIdm ? <DesaIdmLegend counts={desaIdm.counts} total={desaIdm.total} /> : undefined}
          bivariate={url.mode === 'bivariate' ? <BivariateLegend label={d.def.label[lang]} /> : undefined}
          bivariateTitle={t.bivariateTitle(d.def.label[lang], url.year)}
          change={d.change}
          pooled={{ on: d.pooled, set: (pooled) => dispatch({ type: 'setPooled', pooled }) }}
          scope={url.region !== '' && url.mode !== 'bivariate' ? { on: url.scope === 'region', set: (region) => dispatch({ type: 'setScope', region }), note: d.scope ? t.scopeNote(d.classCodes.length, nameOf(s.regions, d.scope) || d.scope) : undefined } : undefined}
          level={url.region === '' && url.mode !== 'bivariate' ? { value: url.level, set: (level) => dispatch({ type: 'setLevel', level }) } : undefined}
          pooledYears={d.pooled ? pooledSpan(d.mapYears) : undefined}
          extra={counts || showsPrograms(url) ? <ProgramLegend points={counts?.points ?? null} areas={counts?.areas ?? null} source={programs ? [programs.includesDefault ? t.legendDefaultSource : '', ...programs.files.filter((f) => f !== 'programs.geojson')].filter(Boolean).join(' + ') : t.legendDefaultSource} onLoadOwn={() => dispatch({ type: 'setTab', tab: 'programs' })} shipped={programs ? programs.includesDefault : true} /> : undefined}
        />
      )}
      <p id="region-announce" class="visually-hidden" aria-live="polite">{loaded}</p>
      {!s.firstDrawn && !s.fatal && (
        <div class="loading" role="status">
          <span class="spinner" aria-hidden="true" /> {t.loading}
        </div>
      )}
      {chunkFailed && !chunkLoading && (
        <div class="loading map-problem" role="status">
          {t.chunkFailed(chunkFailed.level)}{' '}
          <button type="button" onClick={() => dispatch({ type: 'retry' })}>{t.retry}</button>
        </div>
      )}
      {chunkLoading && (
        <div class="loading loading-small" role="status">
          <span class="spinner" aria-hidden="true" /> {t.loadingChunk}
        </div>
      )}
    </div>
  );
}
