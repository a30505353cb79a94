import { useI18n } from './store/store.ts';
import { useState } from 'preact/hooks';
import type { LociFilter } from '../lib/programs/coverage/filter-loci.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import { INTERVENTION_TYPES, type InterventionType } from '../lib/programs/types.ts';
import { ImportReport } from './programs/ImportReport.tsx';
import { formatNumber } from '../lib/format/format.ts';
import { INTERVENTION_COLOURS } from '../lib/colour/program-palette.ts';
import type { ImportStatus, ProgramSet } from './store/page-state.ts';
import type { PageProblem } from '../load/load-error.ts';
import { ProgramCoverage } from './ProgramCoverage.tsx';
import { IMPORT_STAGES } from '../protocol/program-import.ts';
import { lociCache } from './programs/loci-cache.ts';

/** The import format page and the CSV templates (public/, copied into the site). */
export const FORMAT_PAGE = './program-format.html';
export const TEMPLATES = { id: './templates/lokus-program-template.csv', en: './templates/lokus-program-template-en.csv' };

export interface ProgramsPanelProps {
  set: ProgramSet | null;
  loadError: PageProblem | null;
  activeCount: number;
  filter: LociFilter;
  onFilter: (f: LociFilter) => void;
  recomputeMs: number | undefined;
  importStatus: ImportStatus;
  onFile: (file: File, mode: 'merge' | 'replace') => void;
  onReset: () => void;
  /** Remove one imported list (by file name). */
  onRemoveList: (file: string) => void;
  onExport: () => void;
  /** Name of a province (BPS code), for the coverage statement. */
  provinceName: (kode: string) => string | undefined;
}

/** The Program tab: how many loci from where, load your own (drop or pick; nothing uploaded), the validation report, filters. */
export function ProgramsPanel(p: ProgramsPanelProps) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [over, setOver] = useState(false);
  const n = (v: number) => formatNumber(v, lang, 0);
  const loci = p.set?.loci ?? [];
  // Once per set of loci, not on every render (100,000 imported loci took 0.4 s a render); an import prepares them in slices.
  const { agencies, years } = lociCache.facets(loci);
  const types = p.filter.interventions ?? INTERVENTION_TYPES;
  const userFiles = p.set?.files.filter((f) => f !== 'programs.geojson') ?? [];
  const toggleType = (type: InterventionType, on: boolean) => {
    const next = INTERVENTION_TYPES.filter((x) => (x === type ? on : types.includes(x)));
    p.onFilter({ ...p.filter, interventions: next.length === INTERVENTION_TYPES.length ? undefined : next });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) p.onFile(file, mode);
  };
  const status = p.importStatus;
  return (
    <section class="programs-panel" aria-labelledby="programs-title">
      <h2 id="programs-title">{t.programsTitle}</h2>
      {p.loadError && <p class="error-inline" role="alert">{t.programsLoadError(t.problem(p.loadError))}</p>}
      {!p.set && !p.loadError && <p class="muted">{t.programsLoading}</p>}
      {p.set && (
        <div class="programs-summary">
          <p class="programs-count" data-count={loci.length}>
            <strong>{t.programsLoaded(n(loci.length))}</strong>
          </p>
          <p class="programs-source">
            {t.programsFrom}: {[p.set.includesDefault ? t.programsDefaultSource : '', userFiles.length ? t.programsUserSource(userFiles.join(', ')) : ''].filter(Boolean).join(' · ')}
          </p>
          {p.set.includesDefault && p.set.metadata && <ProgramCoverage metadata={p.set.metadata} provinceName={p.provinceName} />}
          <p class="programs-invite">{t.programsInvite}</p>
        </div>
      )}
      <div class={over ? 'dropzone over' : 'dropzone'} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        <h3>{t.importTitle}</h3>
        <p>
          {t.importDrop}{' '}
          <label class="file-button">
            {t.importChoose}
            <input
              id="program-file"
              type="file"
              accept=".csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                if (file) p.onFile(file, mode);
                input.value = '';
              }}
            />
          </label>
        </p>
        <fieldset class="import-mode">
          <legend>{t.importMode}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {m === 'merge' ? t.importModeMerge : t.importModeReplace}
            </label>
          ))}
        </fieldset>
        <p class="privacy-note">{t.importPrivacy}</p>
        <p class="muted small">
          {t.importFormat}{' '}
          <a id="format-link" href={`${FORMAT_PAGE}${lang === 'en' ? '#en' : ''}`} target="_blank" rel="noopener">{t.formatLink}</a>
        </p>
        <p class="templates small">
          {t.templateTitle}:{' '}
          <a id="template-id" href={TEMPLATES.id} download="lokus-program-template.csv">{t.templateId}</a>
          {' · '}
          <a id="template-en" href={TEMPLATES.en} download="lokus-program-template-en.csv">{t.templateEn}</a>
        </p>
      </div>
      {status && (
        <div class="import-report" role="status" aria-live="polite">
          {status.kind === 'checking' && (
            <div class="import-progress" data-stage={status.stage ?? 'start'}>
              <p>{status.stage === 'restore' ? t.importRestoring(status.file) : t.importChecking(status.file)}</p>
              {status.stage === 'restore' ? (
                <progress aria-label={t.importRestoring(status.file)} />
              ) : (
                <progress max={IMPORT_STAGES.length} value={status.stage ? IMPORT_STAGES.indexOf(status.stage) + 1 : 0} aria-label={t.importChecking(status.file)} />
              )}
              {status.stage && <p class="muted small">{t.importStages[status.stage]}</p>}
            </div>
          )}
          {status.kind === 'failed' && (
            <>
              <p class="error-inline">{t.importFailed(status.problem.kind === 'invalid' ? `${status.file}: ${lang === 'id' && status.problem.detailId ? status.problem.detailId : status.problem.detail}` : t.problem(status.problem))}</p>
              {!['worker', 'kept', 'store'].includes(status.problem.kind) && <p class="muted small">
                {t.importFailedHint}{' '}
                <a href={`${FORMAT_PAGE}${lang === 'en' ? '#en' : ''}`} target="_blank" rel="noopener">{t.formatLink}</a>
              </p>}
            </>
          )}
          {status.kind === 'done' && <ImportReport result={status.result} replacedIds={status.replacedIds} />}
          {status.kind === 'done' && <p class="muted small import-kept" data-saved={String(!!status.saved)}>{status.restored ? t.importRestored : status.saved ? t.importSaved : t.importNotSaved}</p>}
        </div>
      )}
      {userFiles.length > 0 && (
        <div class="import-lists">
          <p class="filter-group-title">{t.importListsTitle}</p>
          <ul>
            {userFiles.map((f) => (
              <li key={f} data-file={f}>
                {f}{' '}
                <button type="button" class="link remove-list" aria-label={t.importRemoveList(f)} onClick={() => p.onRemoveList(f)}>{t.importRemoveList(f)}</button>
              </li>
            ))}
          </ul>
          <button type="button" class="link" onClick={p.onReset}>
            {t.importReset}
          </button>
        </div>
      )}
      {p.set && (
        <fieldset class="filters">
          <legend>{t.filtersTitle}</legend>
          <p class="filter-group-title">{t.filterTypes}</p>
          <ul class="filter-types">
            {INTERVENTION_TYPES.map((type) => (
              <li key={type}>
                <label>
                  <input type="checkbox" data-type={type} checked={types.includes(type)} onChange={(e) => toggleType(type, (e.target as HTMLInputElement).checked)} />
                  <span class="swatch-dot" style={{ background: INTERVENTION_COLOURS[type] }} aria-hidden="true" /> {INTERVENTION_LABELS[type][lang]}
                </label>
              </li>
            ))}
          </ul>
          <label class="filter-select">
            <span>{t.filterAgency}</span>
            <select id="filter-agency" value={p.filter.agencies?.[0] ?? ''} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; p.onFilter({ ...p.filter, agencies: v ? [v] : undefined }); }}>
              <option value="">{t.filterAllAgencies}</option>
              {agencies.map((a) => (
                <option key={a} value={a}>{a}</option>
              ))}
            </select>
          </label>
          <label class="filter-select">
            <span>{t.filterYear}</span>
            <select id="filter-year" value={p.filter.years ? String(p.filter.years.from) : ''} onChange={(e) => { const v = Number((e.target as HTMLSelectElement).value); p.onFilter({ ...p.filter, years: v ? { from: v, to: v } : undefined }); }}>
              <option value="">{t.filterAllYears}</option>
              {years.map((y) => (
                <option key={y} value={String(y)}>{y}</option>
              ))}
            </select>
          </label>
          <p class="filter-active">{t.filterActive(n(p.activeCount), n(loci.length))}</p>
          {(p.filter.interventions || p.filter.agencies || p.filter.years) && (
            <button type="button" class="link" onClick={() => p.onFilter({})}>{t.filterReset}</button>
          )}
          {p.recomputeMs !== undefined && <p class="muted small recompute" data-ms={p.recomputeMs.toFixed(1)}>{t.recomputed(formatNumber(p.recomputeMs, lang, 1))}</p>}
        </fieldset>
      )}
      {p.set && (
        <button type="button" class="secondary" onClick={p.onExport}>{t.exportPrograms}</button>
      )}
    </section>
  );
}
