import { useEffect, useRef, useState } from 'preact/hooks';
import { noPolygonIn } from '../lib/regions/desa-no-polygon.ts';
import type { SheetSize } from '../lib/view/sheet-snap.ts';
import { SheetHandle } from './SheetHandle.tsx';
import { GAP_DEFAULTS } from '../lib/programs/gaps/gap-options.ts';
import { DATA_FILES } from '../load/data-source.ts';
import { Breadcrumb } from './Breadcrumb.tsx';
import { downloadText } from './download.ts';
import { gapsCsvName } from '../lib/programs/gaps/gaps-csv-name.ts';
import { ImageDownload } from './export/ImageDownload.tsx';
import { PrintButton } from './export/PrintButton.tsx';
import type { useGaps } from './programs/use-gaps.ts';
import type { ProgramAnalysis } from './programs/use-program-analysis.ts';
import { registerNote } from './ProgramCoverage.tsx';
import { ShareLink } from './ShareLink.tsx';
import { Downloads } from './Downloads.tsx';
import { StatsImport } from './StatsImport.tsx';
import { EmbedDialog } from './embed/EmbedDialog.tsx';
import { SideTabs } from './SideTabs.tsx';
import { NationalPanel } from './NationalPanel.tsx';
import { lazyComponent } from './lazy-component.tsx';
import { PartLoading } from './PartLoading.tsx';
import { useI18n, useStore } from './store/store.ts';
import { yearsAtLevel } from '../lib/view/year-coverage.ts';
import type { Derived } from './store/use-derived.ts';

// Not in the first view (no region selected, region tab): their code loads when first shown. The gap
// table's code loads with the gap finder's, when its tab opens (both are small; the finder also
// waits for the program records), saying "Memuat…" meanwhile.
// The selected region's program section loads with the region panel (in parallel, not after it).
const SelectedRegionPrograms = lazyComponent(() => import('./SelectedRegionPrograms.tsx').then((m) => m.SelectedRegionPrograms));
const RegionPanel = lazyComponent(() => Promise.all([import('./RegionPanel.tsx'), SelectedRegionPrograms.preload()]).then(([m]) => m.RegionPanel));
const ProgramsPanel = lazyComponent(() => import('./ProgramsPanel.tsx').then((m) => m.ProgramsPanel));
const GapTable = lazyComponent(() => import('./GapTable.tsx').then((m) => m.GapTable), PartLoading);

/** The side panel: region, program and gap tabs, and the share and open-data links. */
export function SidePanel({ derived: d, analysis, gaps }: { derived: Derived; analysis: ProgramAnalysis | null; gaps: ReturnType<typeof useGaps> }) {
  const { state: s, dispatch, loader } = useStore();
  const { t, lang } = useI18n();
  const { base, url, tab } = s;
  const select = (kode: string) => dispatch({ type: 'selectRegion', kode });
  const selected = d.selected;
  const exportPrograms = () => {
    if (!analysis) return;
    // The CSV writer loads on first use, not with the first view.
    void import('../lib/programs/codec/loci-to-csv.ts').then(({ lociToCsv }) => downloadText(lociToCsv(analysis.loci.filter((_, k) => analysis.mask[k])), lang === 'id' ? 'lokus-program.csv' : 'lokus-programs.csv'));
  };
  const exportGaps = () => {
    const csv = gaps.csv();
    if (csv !== undefined) downloadText(csv, gapsCsvName(gaps.options, lang));
  };
  const gapLevel = s.gapOptions.level;
  const provinceName = (kode: string) => {
    const r = s.regions.byBps.provinsi.get(kode);
    return r === undefined ? undefined : s.regions.levels.provinsi.name[r];
  };
  // On every change of region after the first view (a map click, search, a ranking row, the gap
  // list, back/forward) the panel goes back to its top and the keyboard focus to its heading, once
  // the heading of the new region shows (its level or the panel's code may still be loading).
  const focusPanel = useRef<string | null>(null);
  // On a phone the panel is a bottom sheet: folded, half (the first view) or full, by its handle.
  const sheet = useRef<HTMLElement>(null);
  const [sheetSize, setSheetSize] = useState<SheetSize>('half');
  const lastRegion = useRef<string | null>(null);
  // A row opened from the gap list shows the region panel: its code is there by then.
  if (tab === 'gaps') void RegionPanel.preload().catch(() => undefined);
  useEffect(() => {
    if (!base) return;
    if (lastRegion.current !== null && lastRegion.current !== url.region) focusPanel.current = url.region;
    lastRegion.current = url.region;
  }, [base, url.region]);
  useEffect(() => {
    const kode = focusPanel.current;
    if (kode === null || tab !== 'region') return;
    const heading = document.querySelector<HTMLElement>(kode ? `.panel[data-region="${kode}"] #panel-title` : '#national-title');
    if (!heading) return;
    focusPanel.current = null;
    document.getElementById('side-panel')?.scrollTo({ top: 0 });
    heading.focus({ preventScroll: true });
  });
  return (
    <aside
      ref={sheet}
      id="side-panel"
      tabIndex={-1}
      class={tab === 'gaps' ? 'side side-wide' : 'side'}
      data-sheet={sheetSize}
      aria-label={selected?.name ?? t.breadcrumbRoot}
      // Focus moving into a folded sheet's content (Tab, a region chosen on the map) opens it to half, so the focus is seen.
      onFocusIn={(e) => {
        if (sheetSize === 'peek' && e.target instanceof Element && !e.target.closest('.sheet-handle, .side-tabs')) setSheetSize('half');
      }}
    >
      <SheetHandle size={sheetSize} onSize={setSheetSize} sheet={sheet} />
      <SideTabs tab={tab} onTab={(next) => dispatch({ type: 'setTab', tab: next })} />
      <div role="tabpanel" id={`tab-panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-panel">
        {tab === 'region' && base && (
          <>
            <Breadcrumb region={url.region} regions={s.regions} onSelect={select} />
            {selected ? (
              <RegionPanel region={selected} regions={s.regions} bundle={base.bundle} indicator={url.indicator} year={url.year} hotspotYear={d.hotspotYear ?? url.year} onSelect={select} onClose={() => select('')} years={yearsAtLevel(base.bundle, url.indicator, base.years.get(url.indicator) ?? [], selected.level === 'provinsi' ? 'provinsi' : 'kabupaten')} hasIdm={base.years.has('idm')} classes={{ bounds: d.classes.bounds, colours: d.colours }} values={d.values} change={d.change} unmapped={selected.level === 'kecamatan' && s.noPolygon ? noPolygonIn(s.noPolygon, selected.kode) : undefined}>
                <SelectedRegionPrograms analysis={analysis} kode={selected.kode} level={selected.level} countAreaWide={s.gapOptions.countAreaWide ?? GAP_DEFAULTS.countAreaWide} />
              </RegionPanel>
            ) : url.region ? (
              <p class="hint">{t.loadingChunk}</p>
            ) : (
              <NationalPanel derived={d} />
            )}
            <StatsImport />
          </>
        )}
        {tab === 'programs' && (
          <ProgramsPanel
            set={s.programs}
            loadError={s.programsError}
            activeCount={analysis?.active ?? s.programs?.loci.length ?? 0}
            filter={s.filter}
            onFilter={(filter) => dispatch({ type: 'setFilter', filter })}
            recomputeMs={analysis?.ms}
            importStatus={s.importStatus}
            onFile={loader.importFile}
            onReset={() => loader.loadPrograms(true)}
            onRemoveList={loader.removeList}
            onExport={exportPrograms}
            provinceName={provinceName}
          />
        )}
        {tab === 'gaps' && (
          <GapTable
            result={gaps.result}
            year={d.hotspotYear}
            options={gaps.options}
            onOptions={(options, national) => dispatch({ type: 'setGapOptions', options, ...(national ? { national } : {}) })}
            withinName={selected && selected.level !== 'desa' ? selected.name : undefined}
            withinKode={selected?.kode ?? ''}
            hotspots={gaps.hotspots}
            levelLoading={gapLevel !== undefined && gapLevel !== 'kabupaten' && !s.regions.loaded.has(gapLevel)}
            idmLoading={gaps.needLoading}
            {...(gaps.points ? { mapPoints: gaps.points.length } : {})}
            onOpen={(kode) => {
              // The region already shown: the panel still takes the focus.
              if (kode === url.region) focusPanel.current = kode;
              select(kode);
              dispatch({ type: 'setTab', tab: 'region' });
            }}
            onExport={exportGaps}
            coverageNote={registerNote(s.programs?.includesDefault ? s.programs.metadata : undefined, provinceName, lang, t.coverageRegisterGap)}
            {...(s.programs?.includesDefault && s.programs.metadata ? { metadata: s.programs.metadata, provinceName } : {})}
          />
        )}
      </div>
      <footer class="side-foot">
        <ShareLink />
        <EmbedDialog derived={d} />
        <div class="export-actions">
          <ImageDownload />
          <PrintButton />
        </div>
        {base && <Downloads />}
        <a href={loader.source.url(DATA_FILES.regionsCsv)} download="regions.csv">{t.openData}</a>
      </footer>
    </aside>
  );
}
