import { useState } from 'preact/hooks';
import type { DroppedTable } from '../lib/indicators/dropped-table.ts';
import type { PageProblem } from '../load/load-error.ts';
import { useI18n, useStore } from './store/store.ts';

/** The join report of a dropped table: matched N/514, rows used, unmatched rows, ambiguous names, bad cells, notes. */
function TableReport({ table }: { table: DroppedTable }) {
  const { t } = useI18n();
  const r = table.report;
  const sample = (xs: string[], n: number) => xs.join(', ') + (n > xs.length ? ` … (+${n - xs.length})` : '');
  return (
    <div class="stats-import-report" data-table={table.id} data-matched={r.targetsMatched} data-targets={r.targets}>
      <p class="stats-import-summary">
        <strong>{t.statsImportResult(table.file, r.targetsMatched, r.targets, r.sourceRows, r.matched + r.mergedRows.length)}</strong> {table.years.join(', ')}
      </p>
      <ul>
        {r.unmatchedSourceCount > 0 && <li>{t.statsImportUnmatched(r.unmatchedSourceCount, sample(r.unmatchedSource.map((u) => `"${u.key}" (${u.line})`), r.unmatchedSourceCount))}</li>}
        {r.ambiguous.length > 0 && <li>{t.statsImportAmbiguous(r.ambiguous.length, sample(r.ambiguous.slice(0, 5).map((a) => `"${a.name}" (${a.line}): ${a.candidates.join(' / ')}`), r.ambiguous.length))}</li>}
        {r.badCells.length > 0 && <li>{t.statsImportBad(r.badCells.length, sample(r.badCells.slice(0, 5).map((b) => `"${b.value}" (${b.cell ?? `${b.line}, ${b.column}`})`), r.badCells.length))}</li>}
        {[...r.notes, ...r.warnings.slice(0, 3), ...table.notes].map((n, i) => (
          <li key={i} class="muted">{n}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Add your own BPS table": drop or pick a CSV/.xlsx as downloaded from BPS; it is read in the
 * browser, joined to the kabupaten/kota, shown as an indicator with its join report, and kept in
 * IndexedDB until removed.
 */
export function StatsImport() {
  const { state: s, dispatch, loader } = useStore();
  const { t, lang } = useI18n();
  // In the page's language: a refusal (over a limit, an unreadable workbook) from its data, a bad
  // table from its Bahasa detail when it has one; exceljs' and the browser's own words only as technical detail.
  const failure = (file: string, p: PageProblem) =>
    p.refusal ? t.statsImportRefused(p.refusal)
    : p.kind === 'worker' ? t.statsImportWorker(p.detail)
    : p.kind === 'invalid' ? t.statsImportFailed(file, lang === 'id' && p.detailId ? p.detailId : p.detail)
    : t.statsImportFailed(file, t.problem(p));
  const [over, setOver] = useState(false);
  const take = (file: File | undefined) => file && loader.importTable(file, s.url.year);
  const status = s.tableStatus;
  return (
    <section class={over ? 'stats-import dragging' : 'stats-import'} aria-labelledby="stats-import-title" onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={(e) => { e.preventDefault(); setOver(false); take(e.dataTransfer?.files?.[0]); }}>
      <h3 id="stats-import-title">{t.statsImportTitle}</h3>
      <p>
        {t.statsImportDrop}{' '}
        <label class="file-button">
          {t.statsImportChoose}
          <input id="table-file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => { const input = e.target as HTMLInputElement; take(input.files?.[0]); input.value = ''; }} />
        </label>
      </p>
      <p class="muted">{t.statsImportPrivacy}</p>
      {status?.kind === 'checking' && <p role="status">{t.statsImportChecking(status.file)}</p>}
      {status?.kind === 'failed' && <p class="error-inline" role="alert" data-refusal={status.problem.refusal?.kind}>{failure(status.file, status.problem)}</p>}
      {s.tables.map((table) => (
        <div key={table.id} class="stats-import-table">
          <TableReport table={table} />
          <button type="button" class="link" disabled={s.url.indicator === table.id} onClick={() => dispatch({ type: 'setIndicator', indicator: table.id })}>{t.statsImportShow}</button>{' '}
          <button type="button" class="link stats-import-remove" onClick={() => loader.removeTable(table.id)}>{t.statsImportRemove}</button>
        </div>
      ))}
    </section>
  );
}
